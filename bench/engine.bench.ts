import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';
import { performance } from 'node:perf_hooks';
import { compileScenario, evaluateQuery, type CompiledScenario } from '../src/engine';
import { compileWildcard } from '../src/engine/wildcard';
import { emptyCatalog, restoreScenario, type Decision, type Query } from '../src/model';
import { fromTheirs } from '../test/differential/convert';
import { buildWorkload } from './workload';

/**
 * Throughput of our engine against @cloud-copilot/iam-simulate (test oracle only) on the same
 * requests. Prints numbers; asserts nothing about time.
 *
 *   npm run bench                        bundled as shipped (bench/index.ts), 20,000 queries
 *   BENCH_QUERIES=50000 npm run bench
 *   npx tsx bench/engine.bench.ts        through tsx's transform instead (slower: see index.ts)
 */

const QUERIES = Number(process.env.BENCH_QUERIES ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** iam-simulate is slow enough that fewer runs keep the whole bench near a minute. */
const THEIR_RUNS = Number(process.env.BENCH_THEIR_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  console.log(`IAM engine benchmark — node ${process.version}, ${QUERIES.toLocaleString('en-US')} queries\n`);

  const workload = buildWorkload({ seed: 20260101, queries: QUERIES });
  console.log(
    'workload:',
    Object.entries(workload.stats)
      .map(([k, v]) => `${fmt(v)} ${k}`)
      .join(', '),
  );

  // Scenario → model → compiled policies. Each step timed on its own (median of RUNS).
  const restoreTimes: number[] = [];
  const compileTimes: number[] = [];
  let compiled: CompiledScenario | undefined;
  let queries: Query[] = [];
  for (let i = 0; i < RUNS; i++) {
    let restored: ReturnType<typeof restoreScenario> | undefined;
    restoreTimes.push(time(() => (restored = restoreScenario(workload.scenario, emptyCatalog))));
    if (!restored?.ok)
      throw new Error(`invalid workload scenario: ${JSON.stringify(restored?.ok === false ? restored.errors.slice(0, 3) : '')}`);
    const { scenario, world } = restored;
    compileTimes.push(time(() => (compiled = compileScenario(scenario, world).warm())));
    queries = scenario.queries ?? [];
  }
  console.log(
    `restore (validate + resolve) the scenario: ${fmt(median(restoreTimes) * 1000, 1)} ms; compile every policy (compileScenario + warm): ${fmt(median(compileTimes) * 1000, 1)} ms\n`,
  );
  const cs = compiled!;

  const ours: Decision[] = Array.from({ length: queries.length }, (): Decision => 'implicitDeny');
  const runOurs = (explain: boolean) => {
    for (let i = 0; i < queries.length; i++) ours[i] = evaluateQuery(cs, queries[i]!, { explain }).decision;
  };
  // Each mode is warmed up, then timed RUNS times in a row.
  const oursPlain: number[] = [];
  const oursExplain: number[] = [];
  runOurs(false);
  for (let i = 0; i < RUNS; i++) oursPlain.push(time(() => runOurs(false)));
  runOurs(true);
  for (let i = 0; i < RUNS; i++) oursExplain.push(time(() => runOurs(true)));

  // iam-simulate: every Simulation is built before timing; only the calls are timed.
  const sims: Simulation[] = workload.simulations;
  const theirs: (Decision | null)[] = Array.from({ length: sims.length }, () => null);
  let rejected = 0;
  const runTheirs = async (count: number) => {
    rejected = 0;
    for (let i = 0; i < count; i++) {
      const r = await runSimulation(sims[i]!, {});
      if (r.resultType === 'error') {
        theirs[i] = null;
        rejected++;
      } else theirs[i] = fromTheirs(r.overallResult);
    }
  };
  await runTheirs(Math.min(2000, sims.length));
  const theirRuns: number[] = [];
  for (let i = 0; i < THEIR_RUNS; i++) theirRuns.push(await timeAsync(() => runTheirs(sims.length)));

  const n = queries.length;
  const theirRate = n / median(theirRuns);
  const row = (name: string, runs: number[]) => [
    name,
    fmt(n),
    fmt(median(runs), 3),
    fmt(n / median(runs)),
    `${fmt(n / median(runs) / theirRate, 1)}×`,
  ];
  console.log(
    table([
      ['engine', 'evaluations', 'seconds (median)', 'evals/s', 'ratio ours/theirs'],
      row(`ours, explain: false (median of ${RUNS})`, oursPlain),
      row(`ours, explain: true (median of ${RUNS})`, oursExplain),
      row(`iam-simulate runSimulation (median of ${THEIR_RUNS})`, theirRuns),
    ]),
  );
  console.log(
    '\niam-simulate: only the runSimulation calls are timed; every Simulation input was built before the clock started.' +
      '\n  runSimulation validates the policies and filters context keys on every call; runUnsafeSimulation, which skips that,' +
      '\n  is not measured: in 0.1.173 it throws on any Simulation with a resource policy (it loads that policy without a name).' +
      '\nOurs: the scenario is compiled once (above); each evaluation resolves the principal, builds the request context and walks the policies.',
  );

  // Agreement on decisions (runSimulation's answers, which validate their input).
  let agree = 0;
  let compared = 0;
  const dist: Record<Decision, number> = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
  runOurs(false);
  for (let i = 0; i < n; i++) {
    dist[ours[i]!]++;
    if (theirs[i] === null) continue;
    compared++;
    if (theirs[i] === ours[i]) agree++;
  }
  console.log(
    `\nagreement: ours and iam-simulate give the same decision on ${fmt(agree)} of ${fmt(compared)} requests (${fmt((100 * agree) / compared, 1)}%)` +
      `${rejected > 0 ? `; iam-simulate rejected ${fmt(rejected)} inputs` : ''}.` +
      `\n  our decisions: allowed ${fmt(dist.allowed)}, explicitDeny ${fmt(dist.explicitDeny)}, implicitDeny ${fmt(dist.implicitDeny)}` +
      '\n  (test/differential classifies every kind of disagreement against AWS documentation.)',
  );

  // Wildcard matcher: a pattern that makes a backtracking matcher exponential.
  const pattern = '*a*a*a*a*a*b';
  const text = 'a'.repeat(10_000);
  const match = compileWildcard(pattern, false);
  const hit = match(text);
  const iterations = 200;
  for (let i = 0; i < 20; i++) match(text);
  const wildcardRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    wildcardRuns.push(
      time(() => {
        for (let i = 0; i < iterations; i++) match(text);
      }) / iterations,
    );
  }
  const withB = `${text}b`;
  const hitB = match(withB);
  const bRuns: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    bRuns.push(
      time(() => {
        for (let i = 0; i < iterations; i++) match(withB);
      }) / iterations,
    );
  }
  console.log(
    `\nwildcard matcher: compileWildcard('${pattern}') against 10,000 × 'a': ${fmt(median(wildcardRuns) * 1e6, 1)} µs per match (${hit ? 'match' : 'no match'}); ` +
      `against the same + 'b': ${fmt(median(bRuns) * 1e6, 1)} µs (${hitB ? 'match' : 'no match'}); median of ${RUNS} × ${iterations}.`,
  );
}

await main();
