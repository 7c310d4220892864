import type { ContextValue } from '../../model';
import { compileWildcard, splitArn } from '../../engine';

/**
 * Probe resources for `*` ("what could this principal do somewhere"). The engine decides one
 * request at a time, so an Allow statement's `Resource` patterns are asked about as resources
 * themselves: the engine matches policy patterns against the request's resource as text, and a
 * pattern read as text is matched by every policy pattern that covers all of it. So:
 *
 * - an Allow on `arn:aws:s3:::bucket/*` is found allowed on the probe `arn:aws:s3:::bucket/*`;
 * - a Deny on `arn:aws:s3:::*` (covering the whole probe) removes it, while a Deny on
 *   `arn:aws:s3:::bucket/secret/*` (covering only part) does not: the action is still allowed
 *   somewhere under the pattern, which is the question asked.
 *
 * Before asking, a pattern is made to look like a resource the principal could reach: policy
 * variables are resolved for this principal (`${aws:username}` → its name), a wildcard account
 * becomes the principal's own account (or the engine would see a cross-account request), a
 * wildcard partition becomes `aws`, and a region of `*` is left empty, so conditions on
 * aws:RequestedRegion see an open request key rather than the text `*`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */

const VARIABLE = /\$\{([^}]*)\}/g;
const NAMED = /^\s*([A-Za-z0-9:/._@+=,-]+?)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

function scalar(value: ContextValue | undefined): string | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : null;
  return String(value);
}

/** Resolves policy variables; a variable with neither a value nor a default leaves the text as is. */
export function resolveVariables(pattern: string, lookup: (key: string) => ContextValue | undefined): string {
  if (!pattern.includes('${')) return pattern;
  let unresolved = false;
  const out = pattern.replace(VARIABLE, (whole, inner: string) => {
    const t = inner.trim();
    if (t === '*' || t === '?' || t === '$') return t;
    const m = NAMED.exec(inner);
    if (!m) return whole;
    const value = scalar(lookup(m[1]!)) ?? (m[2] === undefined ? null : m[2].replace(/''/g, "'"));
    if (value === null) unresolved = true;
    return value ?? whole;
  });
  return unresolved ? pattern : out;
}

/** A resource pattern made into the probe the engine is asked about (see above). */
export function probeFor(pattern: string, principalAccount: string | undefined): string {
  if (/^\*+$/.test(pattern)) return '*';
  const fields = splitArn(pattern);
  if (!fields) return pattern;
  const [, partition, service, region, account, resource] = fields as [string, string, string, string, string, string];
  const wild = (s: string) => /[*?]/.test(s);
  const p = wild(partition) ? 'aws' : partition;
  const r = region === '*' ? '' : region;
  const a =
    wild(account) && principalAccount !== undefined && compileWildcard(account, false)(principalAccount) ? principalAccount : account;
  return `arn:${p}:${service}:${r}:${a}:${resource}`;
}

/** Case-insensitive lookup over a context record. */
export function recordLookup(record: Record<string, ContextValue>): (key: string) => ContextValue | undefined {
  const lower = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  return (key) => lower.get(key.toLowerCase());
}
