import { pointer, type ScenarioIssue } from './issues';
import { MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from './jsonDepth';

/** Keys that could reach an object's prototype when a later step assigns them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Copies untrusted input into plain JSON values. Anything that is not JSON (functions, class
 * instances, cycles, non-finite numbers) and every prototype-polluting key is reported and left out,
 * so nothing downstream can be tricked into touching `Object.prototype`.
 */
export function sanitizeJson(input: unknown, issues: ScenarioIssue[]): unknown {
  const seen = new Set<object>();
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return value;
      issues.push({ path: pointer(path), message: 'numbers must be finite', severity: 'error' });
      return undefined;
    }
    if (typeof value !== 'object') {
      issues.push({ path: pointer(path), message: `a ${typeof value} is not a JSON value`, severity: 'error' });
      return undefined;
    }
    if (path.length >= MAX_JSON_DEPTH) {
      issues.push({ path: pointer(path), message: TOO_DEEP_MESSAGE, severity: 'error' });
      return undefined;
    }
    if (seen.has(value)) {
      issues.push({ path: pointer(path), message: 'the value refers to itself', severity: 'error' });
      return undefined;
    }
    seen.add(value);
    try {
      if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        issues.push({ path: pointer(path), message: 'expected a plain JSON object', severity: 'error' });
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ path: pointer([...path, key]), message: `the key \`${key}\` is not allowed`, severity: 'error' });
          continue;
        }
        const item = walk((value as Record<string, unknown>)[key], [...path, key]);
        if (item !== undefined) out[key] = item;
      }
      return out;
    } finally {
      seen.delete(value);
    }
  };
  return walk(input, []);
}
