/// <reference lib="webworker" />
import { handleRequest } from './handleRequest';
import type { EvaluateRequest } from './protocol';

/** The engine's worker: nothing but dispatch. */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<EvaluateRequest>) => {
  void handleRequest(event.data).then((response) => self.postMessage(response));
};
