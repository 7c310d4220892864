import type { ScenarioEvaluation } from '../engine';
import { outsideWorldOf, worldPartOf } from '../model';
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
  /** The world revision last sent with its world: the worker holds it unless it was restarted. */
  private sentWorld: number | null = null;

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
    if (response.type === 'needWorld') throw new Error('the engine worker asked for a world it was not sent');
    return { status: 'done', evaluation: response.evaluation };
  }

  /**
   * Evaluates the store's document of `worldRevision`: its world goes to the worker once per
   * revision, its queries every time. A worker that lost the world (restarted) asks for it again.
   */
  async evaluateDocument(document: unknown, worldRevision: number): Promise<EvaluationOutcome> {
    if (typeof document !== 'object' || document === null || Array.isArray(document)) return this.evaluate(document);
    const outside = outsideWorldOf(document);
    for (let attempt = 0; attempt < 2; attempt++) {
      const world = this.sentWorld === worldRevision ? undefined : (worldPartOf(document) as Record<string, unknown>);
      this.sentWorld = worldRevision;
      const outcome = await this.rpc.call('evaluate', (id) => ({ id, type: 'evaluateParts', worldRevision, world, outside }));
      if (outcome.status === 'stale') return outcome;
      const { response } = outcome;
      if (response.type === 'failed') throw new Error(response.message);
      if (response.type === 'evaluated') return { status: 'done', evaluation: response.evaluation };
      this.sentWorld = null;
    }
    throw new Error('the engine worker did not keep the scenario it was sent');
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
