import { classify } from './classify';
import type { Decision } from './convert';
import { ENGINE_BUGS } from './engineBugs';
import { runOurs, runTheirs, withoutKeys } from './engines';
import { generateCase } from './generateCase';
import { KNOWN_DISAGREEMENTS } from './knownDisagreements';
import { OPEN_QUESTIONS } from './openQuestions';

/**
 * A longer differential run than the test's, for hunting rare classes:
 *   npx tsx test/differential/explore.ts [CASES=20000] [FIRST_SEED=100000]
 * Prints the decision distribution and every disagreement class with example seeds.
 */
const cases = Number(process.argv[2] ?? 20_000);
const first = Number(process.argv[3] ?? 100_000);
const classes = [...KNOWN_DISAGREEMENTS, ...ENGINE_BUGS, ...OPEN_QUESTIONS];
const decisions: Record<Decision, number> = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
const found = new Map<string, number[]>();
let agree = 0;
const started = performance.now();
for (let seed = first; seed < first + cases; seed++) {
  const spec = generateCase(seed);
  const theirs = await runTheirs(spec);
  if ('error' in theirs) {
    console.log(`seed ${seed}: iam-simulate rejected the input: ${theirs.error}`);
    continue;
  }
  const context = withoutKeys(spec.context, theirs.ignoredContextKeys);
  const ours = runOurs(spec, context);
  decisions[ours]++;
  if (ours === theirs.decision) {
    agree++;
    continue;
  }
  const set = await classify({ spec, context, ours, theirs: theirs.decision }, classes);
  const key = set ? set.map((c) => c.id).join(' + ') : `UNCLASSIFIED (ours ${ours}, iam-simulate ${theirs.decision})`;
  found.set(key, [...(found.get(key) ?? []), seed]);
}
console.log(`${cases} cases from seed ${first} in ${((performance.now() - started) / 1000).toFixed(1)} s; agree ${agree}`, decisions);
for (const [key, seeds] of [...found].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${key}: ${seeds.length} (seeds ${seeds.slice(0, 10).join(' ')})`);
}
