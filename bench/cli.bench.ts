import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { compileScenario } from '../src/engine';
import { evaluateApplicablePolicies } from '../src/engine/evaluation/applicablePolicies';
import { runDecisionSteps } from '../src/engine/evaluation/decisionSteps';
import { invalidResult, queryResult } from '../src/engine/evaluation/explanation';
import { allowedByIdentity } from '../src/engine/evaluation/identitySteps';
import { resolvePrincipal } from '../src/engine/evaluation/resolvePrincipal';
import { resolveRequest } from '../src/engine/evaluation/resolveRequest';
import { DECISION_STEPS } from '../src/engine/evaluateQuery';
import { SHORT_RUN_V8_FLAGS } from '../src/cli/v8Tuning';
import { emptyCatalog, parseJson, restoreScenario } from '../src/model';
import { megabyteScenario } from '../test/fuzz/megabyteScenario';
import { writeCliWorkload } from './cliWorkload';

/**
 * The command-line tool end to end, as it ships: built by scripts/build-cli.mjs and run as a
 * process. Start-up to the first answer on a small file; restoring a 10 MB, 20,000-query scenario;
 * evaluations per second counted as (queries − 1) / (time for the full file − time for a one-query
 * file), beside the same count for a twin that does everything but evaluate (noEvalCli.ts); and
 * where the time of one evaluation goes. Prints numbers; asserts nothing about time. Wall times,
 * as a user waits them: on a shared machine they vary with its load, which is printed.
 *
 *   npm run bench                 (run from the repository root)
 *   BENCH_CLI_RUNS=9 npm run bench
 */
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const [mode, modeFile] = [process.argv[2], process.argv[3]];
const root = process.cwd();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]) => Math.min(...xs);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

if (mode !== undefined && modeFile !== undefined) {
  process.stdout.write(JSON.stringify(mode === '--restore' ? restoreTimes(modeFile) : phaseTimes(modeFile, mode === '--phases-warm')));
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'iam-cli-bench-'));

/** Wall time of a process, in seconds, `runs` times. */
function timed(args: string[], runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, NO_COLOR: '1' },
    });
    out.push((performance.now() - t) / 1000);
    if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  }
  return out;
}

// The CLI as `npm run build:cli` builds it, and its no-evaluation twin, bundled the same way.
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--out-dir', join(work, 'dist')], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(built.stderr);
const cli = join(work, 'dist', 'cli.mjs');
const noEval = join(work, 'no-eval.mjs');
await build({
  entryPoints: [join(root, 'bench', 'noEvalCli.ts')],
  outfile: noEval,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

const workload = writeCliWorkload(join(work, 'scenarios'));
console.log(
  `\nCLI end to end — node ${process.version}, dist/cli.mjs ${fmt(statSync(cli).size / 1024)} KB, ` +
    `${cpus().length} cores, load average ${fmt(loadavg()[0]!, 1)}\n` +
    `scenario: ${fmt(workload.bytes / 1e6, 1)} MB, ${fmt(workload.queries)} queries (bench/cliWorkload.ts); its one-query twin: the same world, one query\n`,
);

// Start-up to the first answer.
const starter = join('src', 'examples', 'starter.json');
const bare = timed(['-e', '0'], RUNS * 3);
const startup = timed([cli, 'check', starter], RUNS * 3);
console.log(
  `start-up to first answer (iam-playground check ${starter}): median ${fmt(median(startup) * 1000)} ms, min ${fmt(min(startup) * 1000)} ms ` +
    `(node -e 0 alone: median ${fmt(median(bare) * 1000)} ms); target ≤ 150 ms`,
);

// The megabyte file the hostile-input tests feed the CLI, timed here and not there.
const megabyte = join(work, 'megabyte.json');
writeFileSync(megabyte, JSON.stringify(megabyteScenario()));
const megabyteTimes = ['check', 'lint'].map((command) => `${command} ${fmt(median(timed([cli, command, megabyte], RUNS)) * 1000)} ms`);
console.log(
  `a ${fmt(statSync(megabyte).size / 1e6, 1)} MB scenario, 4,000 queries (test/fuzz/megabyteScenario.ts), process wall time, median: ${megabyteTimes.join(', ')}; target < 1 s each`,
);

// Restore and the breakdown run in a process of their own, each on a clean heap (this one holds
// the generated workload), as the CLI would: this file run again with a mode, and V8 tuned as the
// CLI tunes it (src/cli/v8Tuning.ts).
const child = (mode: string) => {
  const r = spawnSync(process.execPath, [...SHORT_RUN_V8_FLAGS, process.argv[1]!, mode, workload.full], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
};
const restore = child('--restore');
console.log(
  `restore the ${fmt(workload.bytes / 1e6, 1)} MB file (read + parse + validate + resolve), in a fresh process: first ${fmt(restore.first!)} ms, ` +
    `median of the next ${RUNS} ${fmt(restore.median!)} ms; target ≤ 150 ms\n`,
);

// End to end: the full file against its one-query twin.
const rows: string[][] = [['', 'one query (s)', `${fmt(workload.queries)} queries (s)`, 'per second, (N − 1) / (T_full − T_one)']];
const perSecond = (full: number[], one: number[]) => (workload.queries - 1) / (median(full) - median(one));
const measure = (label: string, args: string[]) => {
  const one = timed([...args, workload.one], RUNS);
  const full = timed([...args, workload.full], RUNS);
  rows.push([label, fmt(median(one), 2), fmt(median(full), 2), fmt(perSecond(full, one))]);
  return { one, full };
};
const text = measure('iam-playground check', [cli, 'check']);
measure('iam-playground check --format json', [cli, 'check', '--format', 'json']);
const floor = measure('no evaluation (the floor: read, restore, print)', [noEval]);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
const evalCost = median(text.full) - median(text.one);
const floorCost = median(floor.full) - median(floor.one);
console.log(
  `medians of ${RUNS} runs; check's ${fmt(workload.queries)} queries cost ${fmt(evalCost / floorCost, 1)}× the no-evaluation floor's ` +
    `(target ≥ 50,000/s, within 2× of the floor)\n`,
);

// Where one evaluation's time goes: the phases of evaluateQuery, timed around each call, over every
// query of a fresh compiled scenario in a fresh process (policies compile on first use, inside the
// policy walk, as in the CLI). The clock reads add about 0.1 µs to each phase.
const first = child('--phases');
const warm = child('--phases-warm');
const us = (ms: number) => fmt((ms * 1000) / workload.queries, 1);
console.log('per evaluation (µs)                                           first pass   warm (median)');
for (const [label, key] of [
  ['principal resolution (once per principal, then cached)', 'principal'],
  ['request and context build', 'request'],
  ['policy walk (compiling each policy on first use)', 'policies'],
  ['decision steps and the answer', 'decision'],
  ['all of it', 'total'],
] as const)
  console.log(`  ${label.padEnd(60)} ${us(first[key]!).padStart(9)}   ${us(warm[key]!).padStart(13)}`);

function restoreFile(file: string) {
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
  const restored = restoreScenario(parsed.value, emptyCatalog);
  if (!restored.ok) throw new Error(`the workload does not restore: ${restored.errors[0]!.message}`);
  return restored;
}

function restoreTimes(file: string): Record<string, number> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t = performance.now();
    restoreFile(file);
    runs.push(performance.now() - t);
  }
  return { first: runs[0]!, median: median(runs.slice(1)) };
}

/** evaluateQuery's own steps (evaluateQuery.ts), with the clock read between them; `warm`: the median of RUNS passes after one. */
function phaseTimes(file: string, warm: boolean): Record<string, number> {
  const { scenario, world } = restoreFile(file);
  const queries = scenario.queries ?? [];
  const pass = () => {
    const cs = compileScenario(scenario, world);
    const sum = { principal: 0, request: 0, policies: 0, decision: 0, total: 0 };
    queries.forEach((q, i) => {
      const t0 = performance.now();
      resolvePrincipal(cs, q);
      const t1 = performance.now();
      const request = resolveRequest(cs, q);
      const t2 = performance.now();
      if (typeof request === 'string') return void invalidResult(q, request);
      const policies = evaluateApplicablePolicies(cs, request, q, { explain: false, queryPath: `/queries/${i}` });
      const t3 = performance.now();
      const { verdict, steps } = runDecisionSteps(DECISION_STEPS, allowedByIdentity, request, policies);
      queryResult(q, request, policies, verdict, steps, false);
      const t4 = performance.now();
      sum.principal += t1 - t0;
      sum.request += t2 - t1;
      sum.policies += t3 - t2;
      sum.decision += t4 - t3;
      sum.total += t4 - t0;
    });
    return sum;
  };
  const once = pass();
  if (!warm) return once;
  const runs = Array.from({ length: RUNS }, pass);
  return Object.fromEntries(Object.keys(once).map((k) => [k, median(runs.map((r) => r[k as keyof typeof once]))]));
}
