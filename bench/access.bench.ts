import { performance } from 'node:perf_hooks';
import { accessDiff, accessInputOf, whoCan } from '../src/analysis/access';
import { escalationPaths } from '../src/analysis/escalation';
import { compileScenario } from '../src/engine';
import { permissiveCatalog, restoreScenario, type Scenario } from '../src/model';
import { benchScenario } from './workload';

/**
 * The access analyses on the bench scenario (users in groups, one role per ten users): who-can on
 * 2,000 principals (target ≤ 100 ms), escalation of all of them (≤ 2 s) and of one (≤ 100 ms), and
 * the diff of one edit on 200 principals (≤ 50 ms, to follow typing). Prints numbers; asserts nothing.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function restored(s: unknown) {
  const r = restoreScenario(s, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r;
}

function timed<T>(runs: number, f: () => T): { ms: number; value: T } {
  const samples: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    samples.push(performance.now() - t);
  }
  return { ms: median(samples), value };
}

console.log('\nAccess analyses — who can, escalation, diff (Node, explain off)\n');

const big = restored(benchScenario(2000, 50));
let t = performance.now();
const input = accessInputOf(big.scenario, big.world);
console.log(
  `2,000 principals: compile + can-assume edges (definite and conditional): ${(performance.now() - t).toFixed(0)} ms (once per world revision)`,
);
const who = timed(5, () => whoCan(input, 's3:GetObject', 'arn:aws:s3:::team-7/report.csv'));
console.log(
  `who-can s3:GetObject on one object, 2,000 principals: median ${who.ms.toFixed(1)} ms, ${who.value.principals.length} allowed, ${who.value.evaluations} evaluations  [target ≤ 100 ms]`,
);
const one = timed(5, () => escalationPaths({ ...input, catalog: permissiveCatalog }, 'arn:aws:iam::111111111111:user/user7'));
console.log(
  `escalation of one principal of 2,000: median ${one.ms.toFixed(1)} ms, ${one.value.evaluations} evaluations  [target ≤ 100 ms]`,
);
const all = timed(1, () => escalationPaths({ ...input, catalog: permissiveCatalog }));
console.log(
  `escalation of all 2,200 principals: ${(all.ms / 1000).toFixed(2)} s, ${all.value.paths.length} paths, ${all.value.evaluations} evaluations  [target ≤ 2 s]`,
);

const before = restored(benchScenario(200, 20));
const edited = JSON.parse(JSON.stringify(benchScenario(200, 20))) as Scenario;
edited.policies![3]!.document.Statement = [
  { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: ['arn:aws:s3:::team-3/*'] },
];
const after = restored(edited);
const side = (r: ReturnType<typeof restored>) => ({ scenario: r.scenario, world: r.world, compiled: compileScenario(r.scenario, r.world) });
const diff = timed(10, () => accessDiff(side(before), side(after)));
console.log(
  `diff of one policy edit, 200 principals: median ${diff.ms.toFixed(1)} ms, ${diff.value.gained.length} gained, ${diff.value.lost.length} lost, ${diff.value.evaluations} evaluations  [target ≤ 50 ms]`,
);
