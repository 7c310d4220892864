import { performance } from 'node:perf_hooks';
import { effectivePermissions, type EffectivePermissions } from '../src/analysis/effectivePermissions';
import { summarizePolicy } from '../src/analysis/policySummary';
import { loadAwsManagedPolicyCatalog } from '../src/data/awsManagedPolicies';
import { loadServiceCatalog } from '../src/data/serviceCatalog';
import { restoreScenario } from '../src/model';
import { effectivePermissionsScenario } from './workload';

/**
 * Time of effectivePermissions over the whole service catalog, for a user with the AWS managed
 * ReadOnlyAccess policy plus three customer managed policies (a grant on one bucket and Lambda
 * functions, explicit denies, and MFA- and tag-conditioned EC2 grants). Prints numbers; asserts
 * nothing about time.
 *
 *   npm run bench                                       bundled as shipped (bench/index.ts), with the rest
 *   npx tsx bench/effectivePermissions.bench.ts         through tsx's transform (slower: see index.ts)
 *   BENCH_RUNS=9 npx tsx bench/effectivePermissions.bench.ts
 */

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const TARGET_MS = 300;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time<T>(fn: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

function describe(r: EffectivePermissions): string {
  const t = r.totals;
  return (
    `${fmt(t.allowed)} allowed (${fmt(t.conditional)} conditional) in ${fmt(t.services)} services, ${fmt(t.denied)} denied; ` +
    `${fmt(t.candidates)} candidates of ${fmt(t.catalogActions)} catalog actions, ${fmt(t.evaluations)} evaluations`
  );
}

async function main(): Promise<void> {
  console.log(`\neffective permissions benchmark — node ${process.version}`);
  const loaded = time(() => Promise.all([loadServiceCatalog(), loadAwsManagedPolicyCatalog()]));
  const [catalog, managed] = await loaded.value;
  const restored = restoreScenario(effectivePermissionsScenario, managed);
  if (!restored.ok) throw new Error(`invalid bench scenario: ${JSON.stringify(restored.errors.slice(0, 3))}`);
  const input = { scenario: restored.scenario, world: restored.world };
  console.log(`catalog: ${fmt(catalog.actionCount)} actions in ${fmt(catalog.services.length)} services`);
  console.log('principal: user/analyst — ReadOnlyAccess (through a group) + DeployApp, DenySecrets, Ec2Operator\n');

  const rows: string[] = [];
  for (const resource of ['*', 'arn:aws:s3:::app-bucket/reports/q1.csv']) {
    // Each call compiles the scenario afresh, as the worker does after an edit.
    const cold = time(() => effectivePermissions(input, 'user/analyst', resource, catalog));
    const runs: number[] = [];
    let last = cold.value;
    for (let i = 0; i < RUNS; i++) {
      const r = time(() => effectivePermissions(input, 'user/analyst', resource, catalog));
      runs.push(r.ms);
      last = r.value;
    }
    const med = median(runs);
    rows.push(
      `resource ${resource}\n  first (cold) ${fmt(cold.ms, 1)} ms · median of ${RUNS} ${fmt(med, 1)} ms [target ≤ ${TARGET_MS} ms: ${med <= TARGET_MS ? 'met' : 'missed'}]\n  ${describe(last)}`,
    );
  }
  console.log(rows.join('\n'));

  const ro = managed.get('arn:aws:iam::aws:policy/ReadOnlyAccess')!;
  const summaryRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) summaryRuns.push(time(() => summarizePolicy(ro.document, catalog)).ms);
  const summary = summarizePolicy(ro.document, catalog);
  console.log(
    `\npolicy summary of ReadOnlyAccess: median of ${RUNS} ${fmt(median(summaryRuns), 1)} ms; ` +
      `${fmt(summary.allow.length)} services allowed, ${fmt(summary.unrecognized.length)} unrecognised patterns`,
  );
}

await main();
