import { describe, expect, it } from 'vitest';
import { permissiveCatalog, policyDocumentsOf, restoreScenario } from '../../src/model';

const base = { format: 'iam-playground/scenario', version: 1 };

describe('policyDocumentsOf', () => {
  it('lists every kind of policy document with its role, in reading order', () => {
    const doc = { Version: '2012-10-17', Statement: [] };
    const found = policyDocumentsOf({
      ...base,
      policies: [{ name: 'Read', document: doc }],
      users: [{ name: 'alice', inlinePolicies: [{ name: 'Own', document: doc }] }],
      roles: [{ name: 'App', trustPolicy: doc }],
      resources: [{ arn: 'arn:aws:s3:::b', policy: doc }],
      organization: { policies: [{ name: 'Guard', type: 'rcp', document: doc }] },
      queries: [{ name: 'q', sessionPolicy: doc }],
    });
    expect(found.map((d) => `${d.role} ${d.pointer}`)).toEqual([
      'identity /policies/0/document',
      'identity /users/0/inlinePolicies/0/document',
      'trust /roles/0/trustPolicy',
      'resource /resources/0/policy',
      'rcp /organization/policies/0/document',
      'session /queries/0/sessionPolicy',
    ]);
    expect(found[1]!.owner).toEqual({ collection: 'users', index: 0, name: 'alice' });
    expect(found[3]!.resourceArn).toBe('arn:aws:s3:::b');
  });

  it('walks a half-typed document without throwing', () => {
    for (const input of [
      null,
      7,
      [],
      { users: {} },
      { organization: {} },
      { roles: [null, 3, { trustPolicy: null }] },
      { policies: 'x' },
    ]) {
      expect(() => policyDocumentsOf(input)).not.toThrow();
    }
    expect(policyDocumentsOf({ users: {}, roles: [null, { name: 'R' }] })).toEqual([]);
  });
});

describe('restoreScenario on an inconsistent document', () => {
  it('keeps the well-shaped scenario and world beside the errors, for views to draw', () => {
    const restored = restoreScenario({ ...base, users: [{ name: 'alice', groups: ['Missing'] }] }, permissiveCatalog);
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expect(restored.errors[0]?.path).toBe('/users/0/groups/0');
    expect(restored.partial?.world.users.size).toBe(1);
  });

  it('has no partial world for a malformed document', () => {
    const restored = restoreScenario({ ...base, users: {} }, permissiveCatalog);
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect(restored.partial).toBeUndefined();
  });

  it('records how each managed policy attachment is spelled in the document', () => {
    const restored = restoreScenario(
      {
        ...base,
        policies: [{ name: 'Read', document: { Version: '2012-10-17', Statement: [] } }],
        users: [{ name: 'a', managedPolicies: ['Read'] }],
      },
      permissiveCatalog,
    );
    expect(restored.ok && [...restored.world.users.values()][0]!.policies[0]!.attachment).toEqual({ ref: 'Read', index: 0 });
  });
});
