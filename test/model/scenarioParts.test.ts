import { describe, expect, it } from 'vitest';
import { outsideWorldOf, restoreOutsideWorld, worldPartOf } from '../../src/model';

const good = { name: 'read', principal: 'user/priya', action: 's3:GetObject', resource: '*' };
const bad = { name: 'half', principal: '' };

describe('a scenario read in two parts', () => {
  it('splits the world from queries, title, description and layout, by identity', () => {
    const queries = [good];
    const doc = { format: 'iam-playground/scenario', version: 1, title: 't', users: [], queries, layout: {} };
    expect(worldPartOf(doc)).toEqual({ format: 'iam-playground/scenario', version: 1, users: [] });
    expect(outsideWorldOf(doc).queries).toBe(queries);
    expect(worldPartOf([1])).toEqual([1]);
    expect(outsideWorldOf('text')).toEqual({});
  });

  it('points each error at the query it is in, also when the same query moves', () => {
    const first = restoreOutsideWorld({ queries: [good, bad] });
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.errors.map((e) => e.path)).toEqual(['/queries/1/principal', '/queries/1/action', '/queries/1/resource']);
    // The same (cached) query object, now first: its errors move with it.
    const moved = restoreOutsideWorld({ queries: [bad, good] });
    if (!moved.ok) expect(moved.errors.map((e) => e.path)).toEqual(['/queries/0/principal', '/queries/0/action', '/queries/0/resource']);
    else expect.fail('a half-typed query must not read');
  });

  it('reads unchanged values once: the same query object gives the same typed value', () => {
    const a = restoreOutsideWorld({ queries: [good], layout: { collapsed: ['x'] } });
    const b = restoreOutsideWorld({ queries: [good], layout: { collapsed: ['x'] }, title: 'new title' });
    if (!a.ok || !b.ok) expect.fail('both read');
    expect(b.value.queries![0]).toBe(a.value.queries![0]);
    expect(b.value.title).toBe('new title');
  });

  it('says what is wrong with a field of the wrong kind', () => {
    const r = restoreOutsideWorld({ queries: {}, title: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['/queries', '/title']);
  });
});
