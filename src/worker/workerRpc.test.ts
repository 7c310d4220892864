import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkerRpc } from './workerRpc';

type Req = { id: number; n: number };
type Res = { id: number; doubled: number };

/** A stand-in Worker that answers only when told, so timing can be staged exactly. */
class FakeWorker extends EventTarget {
  readonly received: Req[] = [];
  terminated = false;
  postMessage(request: Req): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(request: Req): void {
    this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, doubled: request.n * 2 } }));
  }
}

function setup(timeoutMs = 1000) {
  const made: FakeWorker[] = [];
  const rpc = new WorkerRpc<Req, Res>(
    () => {
      const w = new FakeWorker();
      made.push(w);
      return w as unknown as Worker;
    },
    () => Promise.reject(new Error('never inline here')),
    { timeout: (ms) => new Error(`timeout ${ms}`), crash: (d) => new Error(`crash ${d}`) },
    timeoutMs,
  );
  return { rpc, made };
}

describe('WorkerRpc with several channels', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets a request supersede only its own channel', async () => {
    const { rpc, made } = setup();
    const a1 = rpc.call('a', (id) => ({ id, n: 1 }));
    const b = rpc.call('b', (id) => ({ id, n: 2 }));
    const a2 = rpc.call('a', (id) => ({ id, n: 3 }));
    expect(await a1).toEqual({ status: 'stale' });
    const [w] = made;
    w!.answer(w!.received[2]!);
    w!.answer(w!.received[1]!);
    expect(await a2).toMatchObject({ status: 'done', response: { doubled: 6 } });
    expect(await b).toMatchObject({ status: 'done', response: { doubled: 4 } });
  });

  it('fails every request of a hung worker together, and the next worker is not killed by their timers', async () => {
    const { rpc, made } = setup(1000);
    const a = rpc.call('a', (id) => ({ id, n: 1 }));
    vi.advanceTimersByTime(500);
    const b = rpc.call('b', (id) => ({ id, n: 2 }));
    const aFailed = expect(a).rejects.toThrow('timeout 1000');
    const bFailed = expect(b).rejects.toThrow('timeout 1000');
    vi.advanceTimersByTime(500); // a's timer fires: the worker is replaced, b goes with it
    await aFailed;
    await bFailed;
    expect(made[0]!.terminated).toBe(true);

    const c = rpc.call('c', (id) => ({ id, n: 5 }));
    expect(made).toHaveLength(2);
    vi.advanceTimersByTime(700); // when b's old timer would have fired
    expect(made[1]!.terminated).toBe(false);
    made[1]!.answer(made[1]!.received[0]!);
    expect(await c).toMatchObject({ status: 'done', response: { doubled: 10 } });
  });
});
