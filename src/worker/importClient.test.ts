import { describe, expect, it } from 'vitest';
import { ACCOUNT_A, BUNDLE, sample } from '../../test/interop/samples';
import { ImportClient } from './importClient';

describe('the import worker, run in-thread', () => {
  it('imports AWS outputs into one scenario, with the shipped AWS managed policy catalog', async () => {
    const result = await new ImportClient(null).importAws([sample(ACCOUNT_A), sample(BUNDLE)]);
    if (!result?.ok) throw new Error(JSON.stringify(result));
    expect(result.scenario.users?.map((u) => u.name)).toEqual(['alice', 'bob']);
    expect(result.report.accounts.map((a) => a.id)).toEqual(['111122223333']);
    // ReadOnlyAccess is in the real catalog: attached, not reported as unknown.
    expect(result.scenario.users?.[0]?.managedPolicies).toContain('arn:aws:iam::aws:policy/ReadOnlyAccess');
  });

  it('answers a broken file with the errors, each naming the file, line and path, and no scenario', async () => {
    const result = await new ImportClient(null).importAws([{ file: 'prod.json', text: '{\n  "UserDetailList": {}\n}\n' }]);
    expect(result).toMatchObject({ ok: false, errors: [{ file: 'prod.json', path: '/UserDetailList', line: 2 }] });
    expect(result).not.toHaveProperty('scenario');
  });

  it('lets a newer import make an older one stale', async () => {
    const client = new ImportClient(null);
    const first = client.importAws([sample(ACCOUNT_A)]);
    const second = client.importAws([sample(ACCOUNT_A)]);
    expect(await first).toBeNull();
    expect((await second)?.ok).toBe(true);
  });
});
