import { outsideWorldOf, worldPartOf } from '../model';

/**
 * What the policy checks read: the world, plus each query's session policy (the only policy a
 * query carries). The store shares unchanged parts between revisions, so this is identity checks.
 * Reads the documents defensively: they are what the user typed.
 */
export function worldOrSessionPoliciesChanged(previous: unknown, next: unknown): boolean {
  const a = worldPartOf(previous);
  const b = worldPartOf(next);
  if (!isObject(a) || !isObject(b)) return a !== b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return true;
  const pa = listOf(outsideWorldOf(previous).queries);
  const pb = listOf(outsideWorldOf(next).queries);
  return pa.length !== pb.length || pa.some((q, i) => sessionPolicyOf(q) !== sessionPolicyOf(pb[i]));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function listOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function sessionPolicyOf(query: unknown): unknown {
  return isObject(query) ? query.sessionPolicy : undefined;
}
