import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine';
import { restoreScenario } from '../../src/model';
import { caseFilesIn } from './caseFiles';

/** The examples people learn from must be valid, and teach what their expectations say. */
const dirs = [join(import.meta.dirname, '../../src/examples'), join(import.meta.dirname, '../../src/examples/library')];
const files = dirs.flatMap((d) => caseFilesIn(d).map((f) => join(d, f)));

describe.each(files)('%s', (file) => {
  it('is valid, has a title and a description, and every query has an expectation that holds', () => {
    const restored = restoreScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    expect(restored.scenario.title).toBeTruthy();
    expect(restored.scenario.description).toBeTruthy();
    const results = evaluateAll(restored.scenario, restored.world);
    expect(results.length).toBeGreaterThan(2);
    restored.scenario.queries!.forEach((q, i) => {
      expect({ query: q.name, expect: q.expect, decision: results[i]!.decision, pass: results[i]!.pass }).toMatchObject({ pass: true });
    });
  });
});

it('ships the twelve examples of IAM core ideas, the analysis examples after them, and federation', () => {
  expect(caseFilesIn(dirs[1]!)).toHaveLength(16);
});

it('lists the examples in the welcome screen by their real titles', async () => {
  const { EXAMPLE_TITLES } = await import('../../src/examples/titles');
  const titles = caseFilesIn(dirs[1]!).map((f) =>
    (JSON.parse(readFileSync(join(dirs[1]!, f), 'utf8')) as { title: string }).title.replace(/^\d+\. /, ''),
  );
  expect(titles).toEqual(EXAMPLE_TITLES);
});
