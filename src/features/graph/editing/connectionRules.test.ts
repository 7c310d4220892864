import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model';
import { connectionRule } from './connectionRules';
import type { GraphNode } from '../elements/graphModel';
import { examples, graphOf, scenario } from '../elements/testScenarios';

const world = scenario({
  accounts: [{ id: '111111111111', unit: 'ou-a' }, { id: '222222222222' }],
  defaultAccount: '111111111111',
  organization: {
    managementAccount: '999999999999',
    units: [{ id: 'root' }, { id: 'ou-a', parent: 'root' }],
    policies: [{ name: 'FullAWSAccess', type: 'scp', targets: ['root'] }],
  },
  policies: [
    { name: 'Read', document: { Statement: [] } },
    { name: 'Other', account: '222222222222', document: { Statement: [] } },
  ],
  users: [{ name: 'alice', groups: ['Devs'], managedPolicies: ['Read'] }, { name: 'bob' }, { name: 'carol', account: '222222222222' }],
  groups: [{ name: 'Devs' }, { name: 'Ops' }],
  roles: [{ name: 'Deploy', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
  resources: [{ arn: 'arn:aws:s3:::bucket' }],
});
const model = graphOf(world, null);
const node = (name: string): GraphNode => {
  const n = model.nodes.find((x) => ('name' in x.data && x.data.name === name) || x.id === name);
  if (!n) throw new Error(`no node ${name}`);
  return n;
};
const apply = (recipe: (d: Scenario) => void): Scenario => {
  const draft = structuredClone(world);
  recipe(draft);
  return draft;
};

describe('connectionRule', () => {
  it('user → group adds the membership', () => {
    const verdict = connectionRule(node('bob'), node('Ops'), world);
    expect(verdict).toMatchObject({ ok: true, label: 'Add bob to group Ops' });
    if (verdict.ok) expect(apply(verdict.recipe).users?.[1]?.groups).toEqual(['Ops']);
  });

  it('user/group/role → managed policy attaches it, by name for customer managed and by ARN for AWS managed', () => {
    const byName = connectionRule(node('Ops'), node('Read'), world);
    expect(byName).toMatchObject({ ok: true, label: 'Attach Read to group Ops' });
    if (byName.ok) expect(apply(byName.recipe).groups?.[1]?.managedPolicies).toEqual(['Read']);
    const byArn = connectionRule(node('bob'), node('ReadOnlyAccess'), world);
    if (!byArn.ok) throw new Error(byArn.reason);
    expect(apply(byArn.recipe).users?.[1]?.managedPolicies).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(connectionRule(node('Deploy'), node('Read'), world)).toMatchObject({ ok: true });
  });

  it('refuses what IAM does not allow, with the rule as the reason', () => {
    const reason = (a: string, b: string) => {
      const v = connectionRule(node(a), node(b), world);
      return v.ok ? 'accepted' : v.reason;
    };
    expect(reason('Devs', 'Ops')).toBe('groups contain users only: a group cannot be a member of another group');
    expect(reason('Deploy', 'Devs')).toBe('groups contain users only: a role cannot join a group');
    expect(reason('Read', 'alice')).toBe('policies are attached to identities: drag from the user, group or role to the policy');
    expect(reason('alice', 'bob')).toMatch(/^users cannot contain users/);
    expect(reason('Devs', 'bob')).toBe('membership goes from user to group: drag from bob to Devs');
    expect(reason('alice', 'Deploy')).toMatch(/trust policy and the caller's permissions/);
    expect(reason('alice', 'bucket')).toMatch(/resource-based policy/);
    expect(reason('alice', 'alice')).toBe('a node cannot be connected to itself');
  });

  it('keeps accounts apart: groups and customer managed policies belong to one account', () => {
    expect(connectionRule(node('carol'), node('Ops'), world)).toEqual({
      ok: false,
      reason: 'a user can join only groups of its own account: carol is in 222222222222, Ops in 111111111111',
    });
    expect(connectionRule(node('carol'), node('Read'), world)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/within its own account/),
    });
    // AWS managed policies are attachable everywhere.
    expect(connectionRule(node('carol'), node('ReadOnlyAccess'), world)).toMatchObject({ ok: true });
  });

  it('refuses duplicates', () => {
    expect(connectionRule(node('alice'), node('Devs'), world)).toEqual({ ok: false, reason: 'alice is already a member of Devs' });
    expect(connectionRule(node('alice'), node('Read'), world)).toEqual({ ok: false, reason: 'Read is already attached to alice' });
    expect(connectionRule(node('Deploy'), node('ReadOnlyAccess'), world)).toMatchObject({ ok: false });
  });

  it('SCP → OU or member account adds a target; other accounts are outside the organization', () => {
    const scp = node('orgpolicy:scp:FullAWSAccess');
    const verdict = connectionRule(scp, node('ou:ou-a'), world);
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(apply(verdict.recipe).organization?.policies[0]?.targets).toEqual(['root', 'ou-a']);
    expect(connectionRule(scp, node('account:111111111111'), world)).toMatchObject({ ok: true });
    expect(connectionRule(scp, node('ou:root'), world)).toMatchObject({ ok: false, reason: expect.stringMatching(/already attached/) });
    expect(connectionRule(scp, node('account:222222222222'), world)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not in the organization/),
    });
    expect(connectionRule(scp, node('alice'), world)).toMatchObject({ ok: false });
  });

  it('works on the examples without a scenario to check duplicates against', () => {
    const m = graphOf(examples.starter, null);
    const sam = m.nodes.find((n) => n.id.endsWith(':user/sam'))!;
    const devs = m.nodes.find((n) => n.id.endsWith(':group/Developers'))!;
    expect(connectionRule(sam, devs)).toMatchObject({ ok: true });
  });
});
