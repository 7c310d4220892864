import { performance } from 'node:perf_hooks';
import { completePolicy, hoverPolicy } from '../src/analysis/completion';
import { cursor, policyWith } from '../src/analysis/completion/testing';
import { scenarioFindings } from '../src/analysis/findings';
import type { ServiceDocs } from '../src/catalog';
import { loadServiceCatalog } from '../src/data/serviceCatalog';
import { loadServiceDocs } from '../src/data/serviceDocs';
import { benchScenario } from './workload';

/**
 * The editor's analysis, as the worker runs it on every keystroke: completion and hover on a 5 KB
 * policy (target ≤ 10 ms a call) and the findings of a whole 200-principal scenario. Prints
 * numbers; asserts nothing about time.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

console.log('\nEditor analysis — completion, hover, findings (Node)\n');
let t = performance.now();
const catalog = await loadServiceCatalog();
console.log(
  `service catalog loaded and indexed: ${(performance.now() - t).toFixed(0)} ms (${catalog.services.length} services, ${catalog.actionCount} actions)`,
);
const loaded = new Map<string, ServiceDocs>();
for (const prefix of ['s3', 'ec2', 'kms']) loaded.set(prefix, await loadServiceDocs(prefix));
const docs = (prefix: string) => loaded.get(prefix);

function time(label: string, run: (i: number) => number): void {
  const first = performance.now();
  const count = run(0);
  const cold = performance.now() - first;
  const samples: number[] = [];
  for (let i = 1; i <= 100; i++) {
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  console.log(
    `${label.padEnd(34)} ${String(count).padStart(5)} items · median ${median(samples).toFixed(2)} ms, p95 ${p95(samples).toFixed(2)} ms, first ${cold.toFixed(1)} ms  [target ≤ 10 ms]`,
  );
}

for (const [label, insert] of [
  ['complete EC2 actions (with docs)', '"Action": "ec2:|",'],
  ['complete condition keys', '"Condition": {"StringLike": {"|"}},'],
  ['complete service prefixes', '"NotAction": "e|",'],
  ['complete resource ARNs', '"NotResource": "|",'],
] as const) {
  const { text, offset } = cursor(policyWith(insert));
  // The text changes on every call, as it does while typing: nothing may be cached by text.
  time(label, (i) => completePolicy(`${text}${' '.repeat(i % 2)}`, offset, 'identity', catalog, docs).length);
}
{
  const { text, offset } = cursor(policyWith('"NotAction": "ec2:Desc|ribe*",'));
  time('hover a wildcard action', (i) => (hoverPolicy(`${text}${' '.repeat(i % 2)}`, offset, 'identity', catalog, docs) ? 1 : 0));
}

const scenario = benchScenario(200, 20);
const findingTimes: number[] = [];
let findings = 0;
for (let i = 0; i < 30; i++) {
  t = performance.now();
  findings = scenarioFindings(scenario, catalog).length;
  findingTimes.push(performance.now() - t);
}
console.log(
  `findings of a 200-principal scenario: median ${median(findingTimes).toFixed(1)} ms, p95 ${p95(findingTimes).toFixed(1)} ms (${findings} findings)  [runs on every edit, in the worker]`,
);
