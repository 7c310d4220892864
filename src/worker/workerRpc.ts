/**
 * Requests to a Web Worker as promises, for the page's clients of its workers (the engine, the
 * analysis). Requests travel on named channels: a request supersedes the one still waiting on its
 * channel, which resolves at once as `stale` (its answer, should it arrive, is dropped), while
 * other channels are unaffected — a completion request never cancels an evaluation. A worker that
 * crashes or does not answer within `timeoutMs` is terminated; the next request starts a fresh one.
 * Where no Worker exists (Node, tests) or one cannot be started, requests run in-thread.
 */
export type WorkerMode = 'worker' | 'inline';

export type RpcOutcome<Res> = { status: 'done'; response: Res } | { status: 'stale' };

/** A worker that did not answer in time; it was replaced. */
export class WorkerTimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`the ${what} did not answer within ${ms} ms; it was restarted`);
    this.name = 'WorkerTimeoutError';
  }
}

/** A worker that failed (an uncaught error, a message it could not read); it was replaced. */
export class WorkerCrashError extends Error {
  constructor(what: string, detail: string) {
    super(`the ${what} worker crashed: ${detail}; it was restarted`);
    this.name = 'WorkerCrashError';
  }
}

export interface RpcErrors {
  timeout(ms: number): Error;
  crash(detail: string): Error;
}

interface Pending<Res> {
  channel: string;
  /** The worker it was posted to: when that worker is replaced, its requests can never be answered. */
  worker: Worker;
  resolve: (outcome: RpcOutcome<Res>) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class WorkerRpc<Req extends { id: number }, Res extends { id: number }> {
  private currentMode: WorkerMode;
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly latest = new Map<string, number>();
  private readonly pending = new Map<number, Pending<Res>>();

  constructor(
    private readonly createWorker: (() => Worker) | null,
    private readonly runInline: (request: Req) => Promise<Res>,
    private readonly errors: RpcErrors,
    private readonly timeoutMs: number,
  ) {
    this.currentMode = createWorker ? 'worker' : 'inline';
  }

  get mode(): WorkerMode {
    return this.currentMode;
  }

  /** Sends the request `build` makes with a fresh id on `channel`, superseding that channel's last one. */
  call(channel: string, build: (id: number) => Req): Promise<RpcOutcome<Res>> {
    const request = build(this.nextId++);
    this.latest.set(channel, request.id);
    // Anything still waiting on this channel is now stale: tell its caller at once.
    this.settleAsStale((p) => p.channel === channel);
    const worker = this.currentMode === 'worker' ? this.ensureWorker() : null;
    if (!worker) return this.runInline(request).then((response) => this.outcome(channel, response));
    return new Promise<RpcOutcome<Res>>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Every request the hung worker holds fails with it (not only this one): their own timers
        // would otherwise fire later and terminate the fresh worker that replaced it.
        this.failAll(worker, this.errors.timeout(this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(request.id, { channel, worker, resolve, reject, timer });
      worker.postMessage(request);
    });
  }

  /** Stops the worker; calls still waiting resolve as stale. A later call starts a new worker. */
  dispose(): void {
    this.settleAsStale(() => true);
    this.restart();
  }

  private settleAsStale(which: (p: Pending<Res>) => boolean): void {
    for (const [id, p] of this.pending) {
      if (!which(p)) continue;
      clearTimeout(p.timer);
      p.resolve({ status: 'stale' });
      this.pending.delete(id);
    }
  }

  private outcome(channel: string, response: Res): RpcOutcome<Res> {
    return response.id === this.latest.get(channel) ? { status: 'done', response } : { status: 'stale' };
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
    worker.addEventListener('message', (event: MessageEvent<Res>) => {
      if (worker !== this.worker) return; // a replaced worker's last words
      const p = this.pending.get(event.data.id);
      if (!p) return; // stale: its caller already heard so
      clearTimeout(p.timer);
      this.pending.delete(event.data.id);
      p.resolve(this.outcome(p.channel, event.data));
    });
    const crash = (detail: string) => {
      if (worker === this.worker) this.failAll(worker, this.errors.crash(detail));
    };
    worker.addEventListener('error', (event: Event) => {
      event.preventDefault();
      crash((event as ErrorEvent).message || 'unknown error');
    });
    worker.addEventListener('messageerror', () => crash('a message could not be read'));
    this.worker = worker;
    return worker;
  }

  /** Rejects every request posted to `worker` and, if it is the current one, replaces it. */
  private failAll(worker: Worker, error: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(error);
    }
    if (worker === this.worker) this.restart();
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
