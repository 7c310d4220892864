import { WorkerCrashError, WorkerRpc, WorkerTimeoutError } from '../../../worker/workerRpc';
import type { LayoutInput, Positions } from './autoLayout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

/** dagre on a few thousand nodes takes seconds; past this the layout worker is taken for hung. */
const LAYOUT_TIMEOUT_MS = 60_000;

/**
 * Runs the automatic layout in a Web Worker, through the same request client as the engine and
 * the analysis (stale answers dropped, a hung or crashed worker replaced). Only the newest request
 * matters: an older one resolves `null` as soon as a newer one is sent. Where no Worker can be
 * started, dagre runs in-thread (loaded on demand, so the main bundle does not carry it).
 */
export class LayoutClient {
  private readonly rpc = new WorkerRpc<LayoutRequest, LayoutResponse>(
    typeof Worker === 'undefined'
      ? null
      : () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'iam-layout' }),
    (request) => import('./autoLayout').then(({ computeLayout }) => ({ id: request.id, positions: computeLayout(request.input) })),
    { timeout: (ms) => new WorkerTimeoutError('layout', ms), crash: (detail) => new WorkerCrashError('layout', detail) },
    LAYOUT_TIMEOUT_MS,
  );

  async layout(input: LayoutInput): Promise<Positions | null> {
    const outcome = await this.rpc.call('layout', (id) => ({ id, input }));
    if (outcome.status === 'stale') return null;
    if ('error' in outcome.response) throw new Error(outcome.response.error);
    return outcome.response.positions;
  }

  dispose(): void {
    this.rpc.dispose();
  }
}
