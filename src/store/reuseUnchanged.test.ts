import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from './reuseUnchanged';

describe('reuseUnchanged', () => {
  const previous = { users: [{ name: 'a', groups: ['g'] }, { name: 'b' }], queries: [{ name: 'q', principal: 'user/a' }], title: 't' };

  it('returns the previous document itself when nothing changed', () => {
    expect(reuseUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('keeps a reordering of keys as a change, sharing the parts whose order did not move', () => {
    const reordered = { title: 't', queries: [{ principal: 'user/a', name: 'q' }], users: structuredClone(previous.users) };
    const shared = reuseUnchanged(previous, reordered);
    expect(shared).not.toBe(previous);
    expect(Object.keys(shared)).toEqual(['title', 'queries', 'users']);
    expect(Object.keys(shared.queries[0]!)).toEqual(['principal', 'name']);
    expect(shared.users).toBe(previous.users);
  });

  it('keeps unchanged parts by identity and takes the changed ones', () => {
    const next = structuredClone(previous);
    next.queries[0]!.principal = 'user/b';
    const shared = reuseUnchanged(previous, next);
    expect(shared).not.toBe(previous);
    expect(shared).toEqual(next);
    expect(shared.users).toBe(previous.users);
    expect(shared.queries).not.toBe(previous.queries);
  });

  it('notices removed keys, shorter arrays and type changes', () => {
    const { title: _title, ...withoutTitle } = structuredClone(previous);
    expect(reuseUnchanged(previous, withoutTitle)).not.toBe(previous);
    const shorter = { ...structuredClone(previous), users: [{ name: 'a', groups: ['g'] }] };
    const shared = reuseUnchanged(previous, shorter);
    expect(shared.users).toEqual([{ name: 'a', groups: ['g'] }]);
    expect(shared.users[0]).toBe(previous.users[0]);
    expect(reuseUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(reuseUnchanged({ a: null }, { a: {} })).toEqual({ a: {} });
  });
});

describe('reuseUnchanged, property', () => {
  it('always equals `next` and shares every unchanged element', () => {
    const base = { a: [{ x: 1 }, { y: [2, 3] }, { z: 'q' }], b: { c: { d: 1 }, e: [1] } };
    const variants: ((d: typeof base) => void)[] = [
      (d) => void (d.a[1]!.y![0] = 9),
      (d) => void d.a.splice(1, 1),
      (d) => void d.a.push({ x: 4 }),
      (d) => void (d.b.c.d = 2),
      (d) => void delete (d.b as Partial<typeof d.b>).e,
    ];
    for (const change of variants) {
      const next = structuredClone(base);
      change(next);
      const shared = reuseUnchanged(base, next);
      expect(shared).toEqual(next);
      expect(JSON.stringify(shared)).toBe(JSON.stringify(next));
      if (JSON.stringify(next.a[0]) === JSON.stringify(base.a[0])) expect(shared.a[0]).toBe(base.a[0]);
    }
  });
});

describe('the world revision', () => {
  it('moves with the world only: not with a query, the title or the layout', async () => {
    const { useScenarioStore } = await import('./scenarioStore');
    const store = useScenarioStore.getState();
    store.open(null, { format: 'iam-playground/scenario', version: 1, users: [{ name: 'a' }] });
    const opened = useScenarioStore.getState().worldRevision;
    store.update('add query', (d) => void (d.queries = [{ principal: 'a', action: 's3:GetObject', resource: '*' }]));
    store.update('retitle', (d) => void (d.title = 'T'));
    store.update('move', (d) => void (d.layout = { positions: { x: { x: 1, y: 2 } } }));
    expect(useScenarioStore.getState().worldRevision).toBe(opened);
    store.update('add user', (d) => void d.users!.push({ name: 'b' }));
    expect(useScenarioStore.getState().worldRevision).toBe(opened + 1);
    useScenarioStore.getState().undo();
    expect(useScenarioStore.getState().worldRevision).toBe(opened + 2);
  });
});
