import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../model';
import { createEntity } from './createEntity';
import { deleteNode, detachEdge } from './deleteElements';
import type { GraphEdit } from './editProposal';
import { renameNode } from './renameNode';
import { graphOf, scenario } from '../elements/testScenarios';

const world = scenario({
  defaultAccount: '111111111111',
  accounts: [{ id: '111111111111' }, { id: '222222222222' }],
  policies: [
    { name: 'Read', document: { Statement: [] } },
    { name: 'Read', account: '222222222222', document: { Statement: [] } },
  ],
  users: [
    { name: 'alice', groups: ['Devs'], managedPolicies: ['Read'], permissionsBoundary: 'arn:aws:iam::111111111111:policy/Read' },
    { name: 'zed', account: '222222222222', groups: ['Devs'], managedPolicies: ['Read'] },
  ],
  groups: [
    { name: 'Devs', managedPolicies: ['arn:aws:iam::111111111111:policy/Read'] },
    { name: 'Devs', account: '222222222222' },
  ],
  roles: [{ name: 'Deploy', managedPolicies: ['Read'] }],
  resources: [
    {
      arn: 'arn:aws:s3:::data',
      policy: {
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:user/alice' }, Action: 's3:*', Resource: '*' }],
      },
    },
  ],
  queries: [
    { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::data/x' },
    { principal: 'arn:aws:iam::111111111111:user/alice', action: 'sts:AssumeRole', resource: 'arn:aws:iam::111111111111:role/Deploy' },
    { principal: 'role/Deploy', action: 's3:GetObject', resource: 'arn:aws:s3:::data' },
  ],
  layout: {
    positions: {
      'user:arn:aws:iam::111111111111:user/alice': { x: 10, y: 20 },
      'group:arn:aws:iam::111111111111:group/Devs': { x: 5, y: 5 },
    },
  },
});
const model = graphOf(world, null);
const node = (id: string) => model.nodes.find((n) => n.id === id)!;
const run = (edit: GraphEdit): Scenario => {
  if (!edit.ok) throw new Error(edit.reason);
  const draft = structuredClone(world);
  edit.recipe(draft);
  return draft;
};

describe('renameNode', () => {
  it('renaming a group renames the memberships of users in its account only', () => {
    const edit = renameNode(node('group:arn:aws:iam::111111111111:group/Devs'), 'Developers', world);
    expect(edit).toMatchObject({
      ok: true,
      label: 'Rename group Devs to Developers',
      nextId: 'group:arn:aws:iam::111111111111:group/Developers',
    });
    const after = run(edit);
    expect(after.groups?.[0]?.name).toBe('Developers');
    expect(after.users?.[0]?.groups).toEqual(['Developers']);
    expect(after.users?.[1]?.groups).toEqual(['Devs']);
    expect(after.layout?.positions).toEqual({
      'user:arn:aws:iam::111111111111:user/alice': { x: 10, y: 20 },
      'group:arn:aws:iam::111111111111:group/Developers': { x: 5, y: 5 },
    });
  });

  it('renaming a policy rewrites attachments and boundaries by name (same account) and by ARN', () => {
    const after = run(renameNode(node('policy:arn:aws:iam::111111111111:policy/Read'), 'ReadAll', world));
    expect(after.users?.[0]).toMatchObject({
      managedPolicies: ['ReadAll'],
      permissionsBoundary: 'arn:aws:iam::111111111111:policy/ReadAll',
    });
    expect(after.groups?.[0]?.managedPolicies).toEqual(['arn:aws:iam::111111111111:policy/ReadAll']);
    expect(after.roles?.[0]?.managedPolicies).toEqual(['ReadAll']);
    // The other account's policy of the same name is a different policy.
    expect(after.users?.[1]?.managedPolicies).toEqual(['Read']);
    expect(after.policies?.[1]?.name).toBe('Read');
  });

  it('renaming a user or role follows in queries and says which policies still name the old ARN', () => {
    const user = renameNode(node('user:arn:aws:iam::111111111111:user/alice'), 'alicia', world);
    expect(user).toMatchObject({
      ok: true,
      note: expect.stringMatching(/^1 policy document still names arn:aws:iam::111111111111:user\/alice/),
    });
    const after = run(user);
    expect(after.queries?.map((q) => q.principal)).toEqual(['user/alicia', 'arn:aws:iam::111111111111:user/alicia', 'role/Deploy']);
    const role = run(renameNode(node('role:arn:aws:iam::111111111111:role/Deploy'), 'Release', world));
    expect(role.queries?.[1]?.resource).toBe('arn:aws:iam::111111111111:role/Release');
    expect(role.queries?.[2]?.principal).toBe('role/Release');
  });

  it('refuses names IAM refuses', () => {
    const alice = node('user:arn:aws:iam::111111111111:user/alice');
    expect(renameNode(alice, 'ALICE', { ...world, users: [...world.users!, { name: 'Alice' }] })).toMatchObject({ ok: false });
    expect(renameNode(node('group:arn:aws:iam::111111111111:group/Devs'), 'devs', world)).toMatchObject({ ok: true });
    expect(renameNode(alice, 'a b', world)).toEqual({ ok: false, reason: 'a user name uses letters, digits and + = , . @ _ - only' });
    expect(renameNode(alice, 'x'.repeat(65), world)).toMatchObject({ ok: false, reason: 'a user name has at most 64 characters' });
    expect(renameNode(alice, '  ', world)).toMatchObject({ ok: false, reason: 'a user needs a name' });
  });

  it('renames a resource by ARN or bucket name, moving queries on its objects along', () => {
    const after = run(renameNode(node('resource:arn:aws:s3:::data'), 'lake', world));
    expect(after.resources?.[0]?.arn).toBe('arn:aws:s3:::lake');
    expect(after.queries?.[0]?.resource).toBe('arn:aws:s3:::lake/x');
    expect(after.queries?.[2]?.resource).toBe('arn:aws:s3:::lake');
    expect(renameNode(node('resource:arn:aws:s3:::data'), 'arn:aws:iam::111111111111:role/x', world)).toMatchObject({ ok: false });
  });

  it('sets an account alias', () => {
    const after = run(renameNode(node('account:222222222222'), 'analytics', world));
    expect(after.accounts?.[1]).toEqual({ id: '222222222222', alias: 'analytics' });
    expect(renameNode(node('account:222222222222'), 'Bad_Alias', world)).toMatchObject({ ok: false });
  });
});

describe('detachEdge and deleteNode', () => {
  const edgeOf = (kind: string, source: string) => model.edges.find((e) => e.kind === kind && e.source === source)!;
  const alice = 'user:arn:aws:iam::111111111111:user/alice';

  it('detaches memberships, attachments and boundaries', () => {
    expect(run(detachEdge(edgeOf('member', alice), world)).users?.[0]?.groups).toBeUndefined();
    expect(run(detachEdge(edgeOf('attached', alice), world)).users?.[0]?.managedPolicies).toBeUndefined();
    expect(run(detachEdge(edgeOf('boundary', alice), world)).users?.[0]?.permissionsBoundary).toBeUndefined();
  });

  it('refuses to detach what the document does not hold as an edge', () => {
    expect(detachEdge(edgeOf('resourcePolicy', 'resource:arn:aws:s3:::data'), world)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/edit the resource's policy/),
    });
    expect(detachEdge({ ...edgeOf('member', alice), kind: 'assume', detach: null }, world)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/engine's answer/),
    });
  });

  it('deleting a policy detaches it everywhere it is attached in its account', () => {
    const edit = deleteNode(node('policy:arn:aws:iam::111111111111:policy/Read'), world);
    expect(edit).toMatchObject({ ok: true, note: 'detached from 3 identities' });
    const after = run(edit);
    expect(after.policies?.map((p) => p.account)).toEqual(['222222222222']);
    expect(after.users?.[0]?.managedPolicies).toBeUndefined();
    expect(after.users?.[0]?.permissionsBoundary).toBeUndefined();
    expect(after.users?.[1]?.managedPolicies).toEqual(['Read']);
  });

  it('deleting a group empties its memberships; deleting a user drops its saved position', () => {
    const after = run(deleteNode(node('group:arn:aws:iam::111111111111:group/Devs'), world));
    expect(after.users?.[0]?.groups).toBeUndefined();
    expect(after.users?.[1]?.groups).toEqual(['Devs']);
    const edit = deleteNode(node(alice), world);
    expect(edit).toMatchObject({ note: '2 queries ask about alice: edit or remove them' });
    expect(run(edit).layout?.positions?.[alice]).toBeUndefined();
    expect(deleteNode(node('account:111111111111'), world)).toMatchObject({ ok: false });
  });
});

describe('createEntity', () => {
  it('picks a free name in the account and saves the position in the same edit', () => {
    const once = createEntity('user', world, { position: { x: 1.4, y: 2.6 } });
    const draft = structuredClone(world);
    once.recipe(draft);
    expect(once).toMatchObject({ name: 'new-user', id: 'user:arn:aws:iam::111111111111:user/new-user' });
    expect(draft.users?.[2]).toEqual({ name: 'new-user' });
    expect(draft.layout?.positions?.[once.id]).toEqual({ x: 1, y: 3 });
    expect(createEntity('user', draft).name).toBe('new-user-2');
    expect(createEntity('user', draft, { account: '222222222222' }).name).toBe('new-user');
  });

  it('gives a new role a trust policy for its account and a new bucket a secure-transport policy', () => {
    const role = createEntity('role', world, { account: '222222222222' });
    const draft = structuredClone(world);
    role.recipe(draft);
    expect(draft.roles?.[1]).toMatchObject({ name: 'new-role', account: '222222222222' });
    expect(JSON.stringify(draft.roles?.[1]?.trustPolicy)).toContain('arn:aws:iam::222222222222:root');
    const bucket = createEntity('resource', world, { account: '222222222222' });
    bucket.recipe(draft);
    expect(draft.resources?.[1]).toMatchObject({ arn: 'arn:aws:s3:::new-bucket', account: '222222222222' });
  });

  it('starts from an empty scenario', () => {
    const empty = scenario({});
    const c = createEntity('group', empty);
    const draft = structuredClone(empty);
    c.recipe(draft);
    expect(draft.groups).toEqual([{ name: 'new-group' }]);
    expect(draft.layout).toBeUndefined();
  });
});
