import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValueIssues } from './sanitizeJson';

const messages = (v: unknown) => jsonValueIssues(v).map((i) => `${i.path} ${i.message}`);
const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

describe('what in untrusted input is not plain JSON', () => {
  it('finds nothing in what JSON.parse returns for JSON without prototype keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v);
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(text));
        expect(jsonValueIssues(JSON.parse(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('says what and where for each kind of value that is not JSON', () => {
    const cycle: Record<string, unknown> = { name: 'x' };
    cycle.self = { back: cycle };
    class Point {
      x = 1;
    }
    expect(messages({ users: [{ name: 'a' }, { n: Number.NaN }] })).toEqual(['/users/1/n numbers must be finite']);
    expect(messages({ a: [1, Infinity] })).toEqual(['/a/1 numbers must be finite']);
    expect(messages({ f: () => 1 })).toEqual(['/f a function is not a JSON value']);
    expect(messages({ u: undefined })).toEqual(['/u a undefined is not a JSON value']);
    expect(messages({ p: new Point() })).toEqual(['/p expected a plain JSON object']);
    expect(messages(cycle)).toEqual(['/self/back the value refers to itself']);
    expect(messages(JSON.parse('{"users":[{"__proto__":{"admin":true}}]}'))).toEqual([
      '/users/0/__proto__ the key `__proto__` is not allowed',
    ]);
    expect(messages({ constructor: 1, ok: [{ prototype: 2 }] })).toEqual([
      '/constructor the key `constructor` is not allowed',
      '/ok/0/prototype the key `prototype` is not allowed',
    ]);
    expect(messages(nested(64))).toEqual([]);
    expect(messages(nested(65))).toEqual([`/${Array(64).fill('a').join('/')} nested deeper than 64 levels`]);
    expect(messages(Object.create(null) as object)).toEqual([]);
  });

  it('finds the one bad value wherever it is put in clean JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 6 }), fc.nat(), (items, at) => {
        const text = JSON.stringify(items);
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(text));
        const clean = JSON.parse(text) as unknown[];
        const i = at % clean.length;
        clean[i] = { deep: [Number.NEGATIVE_INFINITY] };
        expect(messages(clean)).toEqual([`/${i}/deep/0 numbers must be finite`]);
      }),
      { numRuns: 200 },
    );
  });
});
