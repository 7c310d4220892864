import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastParser } from '../../src/model/fastParse';
import { querySchema, scenarioSchema } from '../../src/model/scenarioSchema';
import { mutate, mutationArb } from './mutateJson';

const examples = readdirSync(join(import.meta.dirname, '../../src/examples/library'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(import.meta.dirname, '../../src/examples/library', f), 'utf8')) as unknown);

/** The fast parse must agree with zod on every input: accept what it accepts, output what it outputs, key order included. */
function agrees<T>(schema: z.ZodType<T>, input: unknown): void {
  const fast = fastParser(schema)(input);
  const slow = schema.safeParse(input);
  expect(fast.ok).toBe(slow.success);
  if (fast.ok && slow.success) expect(JSON.stringify(fast.value)).toBe(JSON.stringify(slow.data));
}

describe('fastParser', () => {
  it('agrees with zod on every example', () => {
    for (const doc of examples) agrees(scenarioSchema, doc);
  });

  it('agrees with zod on mutated examples', () => {
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (i, mutations) => {
        agrees(scenarioSchema, mutate(examples[i], mutations));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with zod on arbitrary JSON, and on queries', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        agrees(scenarioSchema, v);
        agrees(querySchema, v);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on the corners: defaults, nullables, unions, strict objects, integers, prototypes', () => {
    const schema = z.object({
      list: z.array(z.string()).default([]),
      maybe: z.string().nullable().optional(),
      either: z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).optional(),
      strict: z.object({ a: z.number().int() }).strict().optional(),
      tags: z.record(z.string(), z.string()).optional(),
      name: z.string().min(2),
    });
    const cases: unknown[] = [
      { name: 'ab' },
      { name: 'a' },
      { name: 'ab', list: undefined, maybe: null },
      { name: 'ab', either: ['x', 1, 2.5] },
      { name: 'ab', either: [true] },
      { name: 'ab', strict: { a: 1 } },
      { name: 'ab', strict: { a: 1.5 } },
      { name: 'ab', strict: { a: 2 ** 60 } },
      { name: 'ab', strict: { a: 1, b: 2 } },
      { name: 'ab', tags: Object.create(null) as unknown },
      { name: 'ab', tags: { constructor: 'x' } },
      { name: 'ab', tags: new Date() },
      { name: 'ab', tags: JSON.parse('{"__proto__": "x", "k": "v"}') as unknown },
      { name: 'ab', extra: 1 },
      [],
      null,
    ];
    for (const c of cases) agrees(schema, c);
  });
});
