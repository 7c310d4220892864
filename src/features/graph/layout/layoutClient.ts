import type { LayoutInput, Positions } from './autoLayout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutResponse = { id: number; positions: Positions } | { id: number; error: string };

/**
 * Runs the automatic layout in a Web Worker. Only the newest request matters: an older one
 * resolves `null` as soon as a newer one is sent. Where no Worker can be started, dagre runs
 * in-thread (loaded on demand, so the main bundle does not carry it).
 */
export class LayoutClient {
  private worker: Worker | null = null;
  private failed = typeof Worker === 'undefined';
  private nextId = 1;
  private waiting: { id: number; resolve: (p: Positions | null) => void; reject: (e: Error) => void } | null = null;

  layout(input: LayoutInput): Promise<Positions | null> {
    const id = this.nextId++;
    this.waiting?.resolve(null);
    this.waiting = null;
    const worker = this.ensureWorker();
    if (!worker) {
      return import('./autoLayout').then(({ computeLayout }) => (id === this.nextId - 1 ? computeLayout(input) : null));
    }
    return new Promise((resolve, reject) => {
      this.waiting = { id, resolve, reject };
      worker.postMessage({ id, input } satisfies LayoutRequest);
    });
  }

  dispose(): void {
    this.waiting?.resolve(null);
    this.waiting = null;
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      this.worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.failed = true;
      return null;
    }
    this.worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const waiting = this.waiting;
      if (!waiting || waiting.id !== event.data.id) return; // superseded
      this.waiting = null;
      if ('error' in event.data) waiting.reject(new Error(event.data.error));
      else waiting.resolve(event.data.positions);
    };
    this.worker.onerror = (event) => {
      // A worker that cannot load (a CSP, a broken build) falls back to the page, once.
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.failed = true;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.reject(new Error(event.message || 'the layout worker failed'));
    };
    return this.worker;
  }
}
