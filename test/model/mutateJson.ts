import fc from 'fast-check';

/** Edits for a JSON document: at the n-th place (counted over every value in it), do one thing. */
export interface Mutation {
  at: number;
  kind: 'replace' | 'delete' | 'addKey' | 'wrap';
  value: unknown;
  key: string;
}

/** Values that are almost right somewhere in a scenario, and hostile keys. */
const NEAR_MISSES: unknown[] = ['', 'x', '*', 0, 1.5, -1, 2 ** 53, null, true, [], {}, [''], { Effect: 'Allow' }, '2012-10-17'];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'Effect', 'name', 'queries', '', 'a/b~c'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'addKey', 'wrap'),
  value: fc.oneof(fc.constantFrom(...NEAR_MISSES), fc.jsonValue({ maxDepth: 2 })),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
});

/** Applies the mutations to a deep copy (parsed from JSON text, so hostile keys become own keys). */
export function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const root = { doc: JSON.parse(JSON.stringify(doc)) as unknown };
  for (const m of mutations) {
    const places: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (parent: Record<string, unknown> | unknown[], key: string | number) => {
      places.push({ parent, key });
      const v = (parent as Record<string | number, unknown>)[key];
      if (Array.isArray(v)) v.forEach((_, i) => walk(v, i));
      else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) walk(v as Record<string, unknown>, k);
    };
    walk(root, 'doc');
    const { parent, key } = places[m.at % places.length]!;
    const target = parent as Record<string | number, unknown>;
    const current = target[key];
    // A copy: the near misses are shared constants, and a later edit inside one must not reach them.
    if (m.kind === 'replace') target[key] = structuredClone(m.value);
    else if (m.kind === 'wrap') target[key] = [current];
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else if (parent !== root) delete target[key];
    } else if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
      // Through JSON so that `__proto__` becomes an own key, as in a parsed file.
      target[key] = JSON.parse(
        `{${JSON.stringify(m.key)}: ${JSON.stringify(m.value ?? null)}, ${JSON.stringify(current).slice(1)}`.replace(/, }$/, '}'),
      ) as unknown;
    }
  }
  return root.doc;
}
