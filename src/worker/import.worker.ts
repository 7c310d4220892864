/// <reference lib="webworker" />
import { handleImport } from './handleImport';
import type { ImportRequest } from './importProtocol';

/** The import worker: nothing but dispatch. */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void handleImport(event.data).then((response) => self.postMessage(response));
};
