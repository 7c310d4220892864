import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkload } from './workload';

/** Context keys the engine derives from the model itself: a file written by hand leaves them out. */
const DERIVED =
  /^aws:(PrincipalArn|PrincipalAccount|PrincipalType|username|userid|PrincipalTag\/.*|PrincipalOrgID|PrincipalOrgPaths|ResourceAccount|ResourceTag\/.*|CurrentTime|EpochTime)$/;

/**
 * The benchmark world (workload.ts) as a scenario file a person or a generator would write: 20,000
 * queries that let the engine derive the request context (autoContext), each with its time and the
 * keys the model cannot know (source IP, TLS, region…), pretty-printed: about 10 MB. Written with a
 * one-query twin (the same world, its first query) so the evaluations can be told from the rest.
 */
export function writeCliWorkload(dir: string, queries = 20_000): { full: string; one: string; bytes: number; queries: number } {
  const { scenario } = buildWorkload({ seed: 20260101, queries });
  const asWritten = (scenario.queries as Record<string, unknown>[]).map(({ context, autoContext: _auto, ...q }) => {
    const given: Record<string, unknown> = {};
    const ctx = (context ?? {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(ctx)) if (!DERIVED.test(k)) given[k] = v;
    return { ...q, ...(typeof ctx['aws:CurrentTime'] === 'string' ? { time: ctx['aws:CurrentTime'] } : {}), context: given };
  });
  mkdirSync(dir, { recursive: true });
  const full = join(dir, 'scenario-20000.json');
  const one = join(dir, 'scenario-1.json');
  const text = JSON.stringify({ ...scenario, queries: asWritten }, null, 2);
  writeFileSync(full, text);
  writeFileSync(one, JSON.stringify({ ...scenario, queries: asWritten.slice(0, 1) }, null, 2));
  return { full, one, bytes: text.length, queries: asWritten.length };
}
