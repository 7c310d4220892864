import { pointer, type ScenarioIssue } from './issues';
import { MAX_JSON_DEPTH, TOO_DEEP_MESSAGE } from './jsonDepth';

/** Keys that could reach an object's prototype when a later step assigns them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What in untrusted input is not plain JSON: functions, class instances, cycles, non-finite numbers,
 * nesting deeper than MAX_JSON_DEPTH, and every prototype-polluting key, each at its JSON path. The
 * input is only read: whatever reads it next (the schema) builds its own copy, and any issue here
 * refuses the input, so nothing downstream can be tricked into touching `Object.prototype`.
 *
 * One walk over every value of a 10 MB scenario: the path is one shared stack, written out as a
 * pointer only for an issue, and a cycle is an ancestor on that walk.
 */
export function jsonValueIssues(input: unknown): ScenarioIssue[] {
  // What JSON.parse returns is almost always clean: a walk that keeps no path says so at a third
  // of the cost, and only input that is not clean is walked again to say what and where.
  if (isCleanJson(input, 0)) return [];
  const issues: ScenarioIssue[] = [];
  const path: (string | number)[] = [];
  const ancestors: object[] = [];
  const report = (message: string) => issues.push({ path: pointer(path), message, severity: 'error' });
  const walk = (value: unknown): void => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) report('numbers must be finite');
      return;
    }
    if (typeof value !== 'object') return void report(`a ${typeof value} is not a JSON value`);
    if (path.length >= MAX_JSON_DEPTH) return void report(TOO_DEEP_MESSAGE);
    if (ancestors.includes(value)) return void report('the value refers to itself');
    ancestors.push(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        // A hole is not a value (the schema refuses it where it matters).
        if (!(i in value)) continue;
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) report('expected a plain JSON object');
      else {
        for (const key of Object.keys(value)) {
          path.push(key);
          if (FORBIDDEN_KEYS.has(key)) report(`the key \`${key}\` is not allowed`);
          else walk((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    }
    ancestors.pop();
  };
  walk(input);
  return issues;
}

/**
 * Whether `jsonValueIssues` would find nothing: the same checks, without a path to write or
 * ancestors to scan. A cycle nests without end, so it fails the depth check here.
 */
function isCleanJson(value: unknown, depth: number): boolean {
  if (typeof value !== 'object') return typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
  if (value === null) return true;
  if (depth >= MAX_JSON_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isCleanJson(value[i], depth + 1)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || !isCleanJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** Whether a value is a JSON object (not an array, not a class instance) at its top. */
export function isPlainJsonObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
