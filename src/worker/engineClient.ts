import type { ScenarioEvaluation } from '../engine';
import type { EngineResponse, EvaluateRequest } from './protocol';

export type EngineMode = 'worker' | 'inline';

/** The answer to an evaluation, or word that a newer request made it irrelevant. */
export type EvaluationOutcome = { status: 'done'; evaluation: ScenarioEvaluation } | { status: 'stale' };

export class EngineTimeoutError extends Error {
  constructor(ms: number) {
    super(`the engine did not answer within ${ms} ms; it was restarted`);
  }
}

/**
 * The page's only way to the engine. Runs it in a Web Worker so typing never waits on evaluation;
 * each request supersedes the previous one and stale answers are dropped; a worker that crashes
 * or hangs is replaced. Where no Worker exists (tests, old browsers) the engine runs in-thread.
 */
export class EngineClient {
  readonly mode: EngineMode;
  private worker: Worker | null = null;
  private nextId = 1;
  private latestId = 0;
  private readonly pending = new Map<
    number,
    { resolve: (r: EvaluationOutcome) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }
  >();

  constructor(
    private readonly createWorker: (() => Worker) | null = defaultWorkerFactory(),
    private readonly timeoutMs = 15_000,
  ) {
    this.mode = createWorker ? 'worker' : 'inline';
  }

  evaluate(scenario: unknown): Promise<EvaluationOutcome> {
    const request: EvaluateRequest = { id: this.nextId++, type: 'evaluate', scenario };
    this.latestId = request.id;
    // Anything still waiting is now stale: tell its caller at once instead of after the answer.
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.resolve({ status: 'stale' });
      this.pending.delete(id);
    }
    if (this.mode === 'inline') {
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
      this.ensureWorker().postMessage(request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private outcome(response: EngineResponse): EvaluationOutcome {
    if (response.id !== this.latestId) return { status: 'stale' };
    if (response.type === 'failed') throw new Error(response.message);
    return { status: 'done', evaluation: response.evaluation };
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker!();
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const p = this.pending.get(event.data.id);
      if (!p) return; // stale: its caller already heard so
      clearTimeout(p.timer);
      this.pending.delete(event.data.id);
      try {
        p.resolve(this.outcome(event.data));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(`the engine worker crashed: ${event.message || 'unknown error'}; it was restarted`);
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(error);
      }
      this.pending.clear();
      this.restart();
    };
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
