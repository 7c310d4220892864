import type { Scalar, ResolvedValues } from './types';

/** A policy value a family could parse: a test on the parsed request value. */
export interface ParsedValue<T> {
  index: number;
  test: (request: T) => boolean;
}

/**
 * The usual shape of a family's resolved values: parse the request value once, then try each
 * policy value in order. Unparseable request values match nothing.
 */
export function resolvedValues<T>(
  display: (string | null)[],
  parsed: ParsedValue<T>[],
  notes: string[],
  missingVariables: string[],
  parseRequest: (value: Scalar) => T | null,
  describeBadRequest: (value: Scalar) => string,
): ResolvedValues {
  return {
    display,
    notes,
    list: policyList(display),
    suffix: notes.map((n) => `; ${n}`).join(''),
    missingVariables,
    firstMatch(value) {
      const request = parseRequest(value);
      if (request === null) return -1;
      for (const p of parsed) if (p.test(request)) return p.index;
      return -1;
    },
    requestProblem: (value) => (parseRequest(value) === null ? describeBadRequest(value) : null),
  };
}

/** The policy values as reasons name them: `10.0.0.0/8`, or `any of a, b`. */
export function policyList(display: (string | null)[]): string {
  const shown = display.filter((d): d is string => d !== null);
  if (shown.length === 0) return 'no usable policy value';
  return shown.length === 1 ? shown[0]! : `any of ${shown.join(', ')}`;
}

/** A bounded cache for parsing request values that repeat across evaluations (dates, addresses). */
export function memo<T>(fn: (text: string) => T, size = 1024): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= size) cache.clear();
    cache.set(text, value);
    return value;
  };
}

export const quote = (v: Scalar | null): string => `\`${String(v)}\``;
