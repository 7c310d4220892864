import { describe, expect, it } from 'vitest';
import { permissiveCatalog, restoreScenario, type Scenario } from '../model';
import { accountContents, EXPORT_FORMATS, exportableAccounts, exportFileName } from './exportTargets';

function scenario(input: unknown): Scenario {
  const restored = restoreScenario(input, permissiveCatalog);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return restored.scenario;
}

describe('exporting for AWS from the app', () => {
  it('offers the accounts that have IAM entities, the default one for entities without an account', () => {
    const s = scenario({
      format: 'iam-playground/scenario',
      version: 1,
      defaultAccount: '111111111111',
      accounts: [{ id: '111111111111' }, { id: '222222222222', alias: 'prod' }, { id: '333333333333' }],
      users: [{ name: 'ana' }, { name: 'bo', account: '222222222222' }],
      groups: [{ name: 'devs' }],
      roles: [{ name: 'r', account: '222222222222', trustPolicy: { Version: '2012-10-17', Statement: [] } }],
    });
    expect(exportableAccounts(s)).toEqual([
      { id: '111111111111', users: 1, groups: 1, roles: 0, policies: 0 },
      { id: '222222222222', alias: 'prod', users: 1, groups: 0, roles: 1, policies: 0 },
    ]);
  });

  it('says what an account holds, kinds it has none of left out', () => {
    expect(accountContents({ id: '1', users: 2, groups: 0, roles: 1, policies: 1 })).toBe('2 users, 1 role, 1 managed policy');
    expect(accountContents({ id: '1', users: 0, groups: 3, roles: 0, policies: 2 })).toBe('3 groups, 2 managed policies');
  });

  it('has none to offer for a scenario without IAM entities', () => {
    expect(exportableAccounts(scenario({ format: 'iam-playground/scenario', version: 1 }))).toEqual([]);
  });

  it('names each file after the scenario, the account and the format', () => {
    expect(EXPORT_FORMATS.map((f) => exportFileName('Prod', '111122223333', f))).toEqual([
      'Prod-111122223333.sh',
      'Prod-111122223333.yaml',
      'Prod-111122223333.tf',
    ]);
  });
});
