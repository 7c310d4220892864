import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { largeAccountDetails, largeAccountQueries } from './largeAccount';

/**
 * The CLI on a real account: a 2,000-principal, 3,000-policy get-account-authorization-details
 * file imported with `import`, then 20,000 queries about it checked with `check`. Evaluations per
 * second end to end count everything a CI job waits for — start-up, reading and validating the
 * file, the world's restore, the evaluations, the report — as queries / wall time; the marginal
 * rate ((queries − 1) / (full − one-query file)) is printed beside it. Prints numbers; asserts nothing.
 */
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const QUERIES = 20_000;
const root = process.cwd();
const cli = join(root, 'dist', 'cli.mjs');
const work = mkdtempSync(join(tmpdir(), 'iam-large-account-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

function run(args: string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status === null || r.status > 1) throw new Error(`iam-playground ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return (performance.now() - start) / 1000;
}

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) throw new Error(build.stderr);

const details = largeAccountDetails();
const input = join(work, 'account-111122223333.json');
const inputText = JSON.stringify(details, null, 4);
writeFileSync(input, inputText);
const imported = join(work, 'scenario.json');
const importTimes = Array.from({ length: 3 }, () => run(['import', input, '-o', imported]));
const scenario = JSON.parse(readFileSync(imported, 'utf8')) as Record<string, unknown>;
const queries = largeAccountQueries(details, QUERIES);
const full = join(work, `scenario-${QUERIES}.json`);
const one = join(work, 'scenario-1.json');
writeFileSync(full, JSON.stringify({ ...scenario, queries }, null, 2));
writeFileSync(one, JSON.stringify({ ...scenario, queries: queries.slice(0, 1) }, null, 2));

const fullTimes: number[] = [];
const oneTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  fullTimes.push(run(['check', full]));
  oneTimes.push(run(['check', one]));
}
const tFull = median(fullTimes);
const tOne = median(oneTimes);
console.log('\nCLI on a real account (2,000 principals, 3,000 customer managed policies)\n');
console.log(
  `import of the authorization-details file (${(inputText.length / 1e6).toFixed(1)} MB): median ${median(importTimes).toFixed(2)} s`,
);
console.log(
  `check, ${fmt(QUERIES)} queries: median ${tFull.toFixed(2)} s → ${fmt(QUERIES / tFull)} evaluations/s end to end (file read and validation included)  [target ≥ 20,000]`,
);
console.log(
  `  one-query file: median ${tOne.toFixed(2)} s (start-up, restore of the world); marginal ${fmt((QUERIES - 1) / (tFull - tOne))} evaluations/s`,
);
