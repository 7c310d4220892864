/// <reference lib="webworker" />
import { handleRequest, skipRequest } from './handleRequest';
import type { EvaluateRequest } from './protocol';

/** The engine's worker: nothing but dispatch. */
declare const self: DedicatedWorkerGlobalScope;

/**
 * Only the newest request is evaluated. While one evaluation runs, the page may send several more
 * (a keystroke each); each supersedes the one before it, whose answer the page would drop, so
 * evaluating them all would only delay the answer it waits for — on a real account, by a restore
 * of its world per keystroke.
 */
let next: EvaluateRequest | null = null;
let draining = false;

self.onmessage = (event: MessageEvent<EvaluateRequest>) => {
  if (next) skipRequest(next);
  next = event.data;
  if (!draining) void drain();
};

async function drain(): Promise<void> {
  draining = true;
  try {
    // A task's pause first, so that every message already sent is delivered and only the last is run.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const request = next;
      if (!request) return;
      next = null;
      self.postMessage(await handleRequest(request));
    }
  } finally {
    draining = false;
  }
}
