import { loadScenarioFile } from '../src/cli/loadScenarioFile';
import { tuneV8ForAShortRun } from '../src/cli/v8Tuning';

/**
 * The floor for `check`: a CLI that does everything `check` does for a file — start, read, parse,
 * restore and validate, print a line per query and the totals — except evaluate. Built and run by
 * cli.bench.ts beside the real one; the difference between the two is the evaluation. Tuned as
 * the real one is (v8Tuning.ts), so the floor is as low as it can be.
 */
tuneV8ForAShortRun();
const out: string[] = [];
for (const file of process.argv.slice(2)) {
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) {
    out.push(...loaded.errors.map((e) => `${e.file}: ${e.message}`));
    continue;
  }
  out.push(file);
  for (const [i, q] of (loaded.scenario.queries ?? []).entries())
    out.push(`  • ${q.name ?? `query ${i}`}: ${q.principal} ${q.action} ${q.resource} → not evaluated`);
  out.push('');
}
out.push(`${out.length} lines`);
process.stdout.write(out.join('\n') + '\n');
