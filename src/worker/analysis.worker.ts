/// <reference lib="webworker" />
import type { AnalysisRequest } from './analysisProtocol';
import { handleAnalysis } from './handleAnalysis';

/** The analysis worker: nothing but dispatch. */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  void handleAnalysis(event.data).then((response) => self.postMessage(response));
};
