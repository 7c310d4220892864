import type { z } from 'zod';
import { pointer, type ScenarioIssue } from './issues';

type ZodIssue = z.core.$ZodIssue;

/** Turns zod's issues into messages a person writing IAM JSON understands. */
export function fromZodIssues(issues: readonly ZodIssue[], base: (string | number)[] = []): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest: its issues are the ones the author meant.
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0]!;
      if (best.length > 0 && depth(best) > 0) {
        out.push(...fromZodIssues(best, path));
        continue;
      }
    }
    out.push({ path: pointer(path), message: describe(issue, path), severity: 'error' });
  }
  return dedupe(out);
}

function depth(issues: readonly ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function describe(issue: ZodIssue, path: (string | number)[]): string {
  const field = path.length > 0 ? `\`${String(path[path.length - 1])}\`` : 'the document';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${field} is required`;
      return `${field} must be ${article(issue.expected)}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return issue.keys.map((k) => `\`${k}\` is not a field here`).join('; ');
    case 'invalid_value':
      return `${field} must be ${issue.values.map((v) => `\`${String(v)}\``).join(' or ')}`;
    case 'too_small':
      return `${field} must not be empty`;
    case 'invalid_union':
      return `${field} has the wrong shape (${kindOf(issue.input)})`;
    default:
      return `${field}: ${issue.message}`;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    record: 'an object',
  };
  return names[expected] ?? expected;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}

function dedupe(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
