import type { ScenarioEvaluation } from '../engine';
import type { EngineResponse, EvaluateRequest } from './protocol';

export type EngineMode = 'worker' | 'inline';

/** The answer to an evaluation, or word that a newer request made it irrelevant. */
export type EvaluationOutcome = { status: 'done'; evaluation: ScenarioEvaluation } | { status: 'stale' };

export class EngineTimeoutError extends Error {
  constructor(ms: number) {
    super(`the engine did not answer within ${ms} ms; it was restarted`);
    this.name = 'EngineTimeoutError';
  }
}

export class EngineCrashError extends Error {
  constructor(detail: string) {
    super(`the engine worker crashed: ${detail}; it was restarted`);
    this.name = 'EngineCrashError';
  }
}

interface Pending {
  resolve: (outcome: EvaluationOutcome) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The page's only way to the engine. Runs it in a Web Worker so typing never waits on evaluation.
 * Each request supersedes the previous one: the superseded call resolves at once with
 * `{ status: 'stale' }` and its answer, should it still arrive, is dropped. A worker that crashes
 * or does not answer within `timeoutMs` is terminated and a fresh one is started for the next
 * request. Where no Worker exists (Node, tests) or one cannot be started, the engine runs in-thread.
 */
export class EngineClient {
  private currentMode: EngineMode;
  private worker: Worker | null = null;
  private nextId = 1;
  private latestId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly createWorker: (() => Worker) | null = defaultWorkerFactory(),
    private readonly timeoutMs = 15_000,
  ) {
    this.currentMode = createWorker ? 'worker' : 'inline';
  }

  /** Where evaluations run: `inline` when Workers are unavailable or failed to start. */
  get mode(): EngineMode {
    return this.currentMode;
  }

  /** Evaluates every query of a scenario, given as JSON text or as a parsed object. Untrusted input is fine. */
  evaluate(scenario: string | object): Promise<EvaluationOutcome> {
    const request: EvaluateRequest = { id: this.nextId++, type: 'evaluate', scenario };
    this.latestId = request.id;
    // Anything still waiting is now stale: tell its caller at once instead of after the answer.
    this.settlePendingAsStale();
    const worker = this.currentMode === 'worker' ? this.ensureWorker() : null;
    if (!worker) {
      // Loaded on demand so the page's first bundle does not carry the engine.
      return import('./handleRequest').then(({ handleRequest }) => handleRequest(request)).then((response) => this.outcome(response));
    }
    return new Promise<EvaluationOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(request.id);
        this.restart();
        reject(new EngineTimeoutError(this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(request.id, { resolve, reject, timer });
      worker.postMessage(request);
    });
  }

  /** Stops the worker; calls still waiting resolve as stale. A later `evaluate` starts a new worker. */
  dispose(): void {
    this.settlePendingAsStale();
    this.restart();
  }

  private settlePendingAsStale(): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.resolve({ status: 'stale' });
    }
    this.pending.clear();
  }

  private outcome(response: EngineResponse): EvaluationOutcome {
    if (response.id !== this.latestId) return { status: 'stale' };
    if (response.type === 'failed') throw new Error(response.message);
    return { status: 'done', evaluation: response.evaluation };
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      worker = this.createWorker!();
    } catch {
      // e.g. a Content-Security-Policy without worker-src: still answer, on the main thread.
      this.currentMode = 'inline';
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
      if (worker !== this.worker) return; // a replaced worker's last words
      const p = this.pending.get(event.data.id);
      if (!p) return; // stale: its caller already heard so
      clearTimeout(p.timer);
      this.pending.delete(event.data.id);
      try {
        p.resolve(this.outcome(event.data));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    const crash = (detail: string) => {
      if (worker !== this.worker) return;
      const error = new EngineCrashError(detail);
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(error);
      }
      this.pending.clear();
      this.restart();
    };
    worker.addEventListener('error', (event: Event) => {
      event.preventDefault();
      crash((event as ErrorEvent).message || 'unknown error');
    });
    worker.addEventListener('messageerror', () => crash('a message could not be read'));
    this.worker = worker;
    return worker;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'iam-engine' });
}
