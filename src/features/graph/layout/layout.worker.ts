/// <reference lib="webworker" />
import { computeLayout } from './autoLayout';
import type { LayoutRequest, LayoutResponse } from './layoutClient';

/** Nothing but dispatch: dagre on a 1,000-node graph takes seconds, which must not freeze the page. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, input } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, positions: computeLayout(input) };
  } catch (e) {
    response = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
