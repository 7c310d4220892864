import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model';
import { attachManagedPolicy, identitiesOf } from './attachManagedPolicy';

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: '111122223333',
  users: [{ name: 'ana', managedPolicies: [READ_ONLY] }],
  groups: [{ name: 'Devs' }],
  roles: [{ name: 'App', managedPolicies: Array.from({ length: 20 }, (_, i) => `P${i}`) }],
};

describe('attaching an AWS managed policy', () => {
  it('offers every user, group and role with its account', () => {
    expect(identitiesOf(scenario).map((i) => i.label)).toEqual([
      'user ana (111122223333)',
      'group Devs (111122223333)',
      'role App (111122223333)',
    ]);
  });

  it('stores only the ARN on the chosen identity', () => {
    const edit = attachManagedPolicy(scenario, { collection: 'groups', index: 0 }, READ_ONLY);
    if (!edit.ok) throw new Error(edit.reason);
    const draft = structuredClone(scenario);
    edit.recipe(draft);
    expect(draft.groups![0]!.managedPolicies).toEqual([READ_ONLY]);
    expect(edit.label).toBe('Attach ReadOnlyAccess to group Devs');
  });

  it('refuses a second copy and the 21st managed policy', () => {
    expect(attachManagedPolicy(scenario, { collection: 'users', index: 0 }, READ_ONLY)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/already attached/),
    });
    expect(attachManagedPolicy(scenario, { collection: 'roles', index: 0 }, READ_ONLY)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/at most 20/),
    });
  });
});
