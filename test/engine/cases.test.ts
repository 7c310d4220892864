import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAwsManagedPolicyData } from '../../src/data/awsManagedPolicies';
import { evaluateAll } from '../../src/engine';
import { restoreScenario, type ManagedPolicyCatalog } from '../../src/model';
import { caseFilesIn } from './caseFiles';

/**
 * Engine cases as data: every file in cases/ is a scenario whose queries carry `expect`. One runner
 * here; the same files also run through the CLI (test/cli).
 */
const dir = join(import.meta.dirname, 'cases');
const caseFiles = caseFilesIn(dir);

let catalog: ManagedPolicyCatalog;
beforeAll(async () => {
  catalog = (await loadAwsManagedPolicyData()).catalog;
});

describe.each(caseFiles)('%s', (file) => {
  const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const queries = (raw as { queries: { name: string }[] }).queries;

  it('is a valid scenario', () => {
    const restored = restoreScenario(raw, catalog);
    expect(restored.ok ? [] : restored.errors).toEqual([]);
  });

  it.each(queries.map((q, i) => [q.name, i] as const))('%s', (_name, i) => {
    const restored = restoreScenario(raw, catalog);
    if (!restored.ok) throw new Error('invalid scenario');
    const result = evaluateAll(restored.scenario, restored.world, { explain: true })[i]!;
    const q = restored.scenario.queries![i]!;
    expect({ decision: result.decision, summary: result.explanation.summary }).toMatchObject({
      decision: q.expect === 'denied' ? expect.stringMatching(/Deny$/) : q.expect,
    });
  });
});
