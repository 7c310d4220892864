import type { ScenarioEvaluation } from '../engine';
import type { EngineResponse, EvaluateRequest } from './protocol';
import { WorkerCrashError, WorkerRpc, WorkerTimeoutError, type WorkerMode } from './workerRpc';

export type EngineMode = WorkerMode;

/** The answer to an evaluation, or word that a newer request made it irrelevant. */
export type EvaluationOutcome = { status: 'done'; evaluation: ScenarioEvaluation } | { status: 'stale' };

export class EngineTimeoutError extends WorkerTimeoutError {
  constructor(ms: number) {
    super('engine', ms);
    this.name = 'EngineTimeoutError';
  }
}

export class EngineCrashError extends WorkerCrashError {
  constructor(detail: string) {
    super('engine', detail);
    this.name = 'EngineCrashError';
  }
}

/**
 * The page's only way to the engine. Runs it in a Web Worker so typing never waits on evaluation.
 * Each request supersedes the previous one: the superseded call resolves at once with
 * `{ status: 'stale' }` and its answer, should it still arrive, is dropped. A worker that crashes
 * or does not answer within `timeoutMs` is terminated and a fresh one is started for the next
 * request. Where no Worker exists (Node, tests) or one cannot be started, the engine runs in-thread.
 */
export class EngineClient {
  private readonly rpc: WorkerRpc<EvaluateRequest, EngineResponse>;

  constructor(createWorker: (() => Worker) | null = defaultWorkerFactory(), timeoutMs = 15_000) {
    this.rpc = new WorkerRpc<EvaluateRequest, EngineResponse>(
      createWorker,
      // Loaded on demand so the page's first bundle does not carry the engine.
      (request) => import('./handleRequest').then(({ handleRequest }) => handleRequest(request)),
      { timeout: (ms) => new EngineTimeoutError(ms), crash: (detail) => new EngineCrashError(detail) },
      timeoutMs,
    );
  }

  /** Where evaluations run: `inline` when Workers are unavailable or failed to start. */
  get mode(): EngineMode {
    return this.rpc.mode;
  }

  /** Evaluates every query of a scenario, given as JSON text or as a parsed object. Untrusted input is fine. */
  async evaluate(scenario: unknown): Promise<EvaluationOutcome> {
    const outcome = await this.rpc.call('evaluate', (id) => ({ id, type: 'evaluate', scenario }));
    if (outcome.status === 'stale') return outcome;
    const { response } = outcome;
    if (response.type === 'failed') throw new Error(response.message);
    return { status: 'done', evaluation: response.evaluation };
  }

  /** Stops the worker; calls still waiting resolve as stale. A later `evaluate` starts a new worker. */
  dispose(): void {
    this.rpc.dispose();
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'iam-engine' });
}
