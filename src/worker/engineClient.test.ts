import { describe, expect, it } from 'vitest';
import starter from '../examples/starter.json' with { type: 'json' };
import { EngineClient, EngineCrashError, EngineTimeoutError } from './engineClient';
import { handleRequest } from './handleRequest';
import type { EngineResponse, EvaluateRequest } from './protocol';

/**
 * A stand-in for a Web Worker (Node has none): it records what it is sent and answers only when the
 * test says so, so ordering, timeouts and crashes can be staged exactly.
 */
class FakeWorker extends EventTarget {
  readonly received: EvaluateRequest[] = [];
  terminated = false;

  postMessage(request: EvaluateRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers a request the way engine.worker.ts does. */
  async answer(request: EvaluateRequest): Promise<void> {
    this.reply(await handleRequest(request));
  }

  reply(response: EngineResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }

  crash(message: string): void {
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

function fakeWorkers() {
  const made: FakeWorker[] = [];
  const factory = () => {
    const w = new FakeWorker();
    made.push(w);
    return w as unknown as Worker;
  };
  return { made, factory };
}

const expectations = starter.queries.map((q) => q.expect);

describe('EngineClient', () => {
  it('runs the engine in-thread when there is no Worker, from an object or JSON text', async () => {
    const client = new EngineClient(null);
    expect(client.mode).toBe('inline');
    for (const input of [starter, JSON.stringify(starter)]) {
      const outcome = await client.evaluate(input);
      expect(outcome.status).toBe('done');
      if (outcome.status !== 'done' || !outcome.evaluation.ok) throw new Error('the starter scenario must evaluate');
      expect(outcome.evaluation.results.map((r) => r.expect)).toEqual(expectations);
      expect(outcome.evaluation.results.every((r) => r.pass === true)).toBe(true);
    }
  });

  it('reports an invalid scenario as data, not as an exception', async () => {
    const outcome = await new EngineClient(null).evaluate('{ not json');
    expect(outcome.status === 'done' && outcome.evaluation.ok).toBe(false);
  });

  it("sends a document's world once per world revision, its queries every time, and the world again to a worker that lost it", async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const answered = async (pending: Promise<unknown>) => {
      const worker = made[made.length - 1]!;
      await worker.answer(worker.received[worker.received.length - 1]!);
      return pending;
    };
    const first = await answered(client.evaluateDocument(starter, 7));
    expect(first).toMatchObject({ status: 'done', evaluation: { ok: true } });
    const edited = { ...starter, queries: starter.queries.slice(0, 1) };
    const second = (await answered(client.evaluateDocument(edited, 7))) as Awaited<ReturnType<EngineClient['evaluateDocument']>>;
    const sentFirst = made[0]!.received[0]!;
    const sentSecond = made[0]!.received[1]!;
    expect(sentFirst).toMatchObject({ type: 'evaluateParts', worldRevision: 7 });
    expect(sentFirst.type === 'evaluateParts' && sentFirst.world).toHaveProperty('users');
    expect(sentSecond.type === 'evaluateParts' && sentSecond.world).toBeUndefined();
    expect(sentSecond.type === 'evaluateParts' && (sentSecond.outside.queries as unknown[]).length).toBe(1);
    // Answered as if the whole document had been sent.
    const whole = await new EngineClient(null).evaluate(edited);
    // (Compared without the request time each answer carries: the two ran a moment apart.)
    const answers = (o: typeof whole) =>
      o.status === 'done' && o.evaluation.ok
        ? { queries: o.evaluation.queries, decisions: o.evaluation.results.map((r) => r.decision) }
        : null;
    expect(answers(second)).toEqual(answers(whole));
    expect(answers(second)?.decisions).toHaveLength(1);

    // A worker that does not hold the revision (restarted) says so, and gets the world at once.
    const pending = client.evaluateDocument(edited, 8);
    made[0]!.reply({ id: (made[0]!.received[2] as { id: number }).id, type: 'needWorld' });
    await new Promise((r) => setTimeout(r, 0));
    const resent = made[0]!.received[3]!;
    expect(resent.type === 'evaluateParts' && resent.world).toHaveProperty('users');
    await made[0]!.answer(resent);
    expect(await pending).toMatchObject({ status: 'done', evaluation: { ok: true } });
  });

  it('sends each request with a fresh id to one worker and resolves with its answer', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    expect(client.mode).toBe('worker');
    const first = client.evaluate(starter);
    await made[0]!.answer(made[0]!.received[0]!);
    expect((await first).status).toBe('done');
    const second = client.evaluate(starter);
    await made[0]!.answer(made[0]!.received[1]!);
    expect((await second).status).toBe('done');
    expect(made).toHaveLength(1);
    expect(made[0]!.received.map((r) => r.id)).toEqual([1, 2]);
  });

  it('resolves a superseded request as stale at once and drops its late answer', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const older = client.evaluate({ title: 'older' });
    const newer = client.evaluate(starter);
    expect(await older).toEqual({ status: 'stale' });
    const [olderRequest, newerRequest] = made[0]!.received;
    // The newer answer overtakes the older one; the older one arrives afterwards and is ignored.
    await made[0]!.answer(newerRequest!);
    await made[0]!.answer(olderRequest!);
    const outcome = await newer;
    expect(outcome.status === 'done' && outcome.evaluation.ok).toBe(true);
  });

  it('terminates a worker that does not answer in time and starts a new one for the next request', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory, 20);
    await expect(client.evaluate(starter)).rejects.toBeInstanceOf(EngineTimeoutError);
    expect(made[0]!.terminated).toBe(true);
    const next = client.evaluate(starter);
    expect(made).toHaveLength(2);
    await made[1]!.answer(made[1]!.received[0]!);
    expect((await next).status).toBe('done');
  });

  it('rejects the waiting request when the worker crashes, then recovers with a new worker', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const doomed = client.evaluate(starter);
    made[0]!.crash('out of memory');
    await expect(doomed).rejects.toThrow(EngineCrashError);
    await expect(doomed).rejects.toThrow(/out of memory/);
    expect(made[0]!.terminated).toBe(true);
    const next = client.evaluate(starter);
    await made[1]!.answer(made[1]!.received[0]!);
    expect((await next).status).toBe('done');
  });

  it('ignores what a replaced worker says after it was given up on', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory, 20);
    await expect(client.evaluate(starter)).rejects.toBeInstanceOf(EngineTimeoutError);
    const next = client.evaluate(starter);
    // Whatever the old worker still says (even under the new request's id) must not touch the new one.
    made[0]!.reply({ id: made[1]!.received[0]!.id, type: 'failed', message: 'from the old worker' });
    made[0]!.crash('late crash');
    expect(made[1]!.terminated).toBe(false);
    await made[1]!.answer(made[1]!.received[0]!);
    expect((await next).status).toBe('done');
  });

  it('rejects when the engine itself throws', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const call = client.evaluate(starter);
    made[0]!.reply({ id: made[0]!.received[0]!.id, type: 'failed', message: 'boom' });
    await expect(call).rejects.toThrow('boom');
  });

  it('settles waiting calls as stale on dispose and starts a new worker afterwards', async () => {
    const { made, factory } = fakeWorkers();
    const client = new EngineClient(factory);
    const waiting = client.evaluate(starter);
    client.dispose();
    expect(await waiting).toEqual({ status: 'stale' });
    expect(made[0]!.terminated).toBe(true);
    const next = client.evaluate(starter);
    await made[1]!.answer(made[1]!.received[0]!);
    expect((await next).status).toBe('done');
  });

  it('falls back to the main thread when a worker cannot be started', async () => {
    const client = new EngineClient(() => {
      throw new Error('blocked by CSP');
    });
    const outcome = await client.evaluate(starter);
    expect(outcome.status).toBe('done');
    expect(client.mode).toBe('inline');
  });
});
