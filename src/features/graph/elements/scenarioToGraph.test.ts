import { describe, expect, it } from 'vitest';
import type { ScenarioEvaluation } from '../../../engine';
import { permissiveCatalog, restoreScenario, type ConditionBlock } from '../../../model';
import { evaluate, examples, graphOf, scenario } from './testScenarios';
import type { GraphModel } from './graphModel';

const ids = (model: GraphModel) => model.nodes.map((n) => n.id);
const edge = (model: GraphModel, kind: string, source: string, target: string) =>
  model.edges.find((e) => e.kind === kind && e.source === source && e.target === target);

describe('scenarioToGraph', () => {
  it('draws users, groups, roles, policies and resources of the starter inside their account', () => {
    const model = graphOf(examples.starter, evaluate(examples.starter));
    const account = 'account:111122223333';
    expect(ids(model)).toEqual(
      expect.arrayContaining([
        account,
        'user:arn:aws:iam::111122223333:user/priya',
        'user:arn:aws:iam::111122223333:user/sam',
        'group:arn:aws:iam::111122223333:group/Developers',
        'role:arn:aws:iam::111122223333:role/EC2S3ReadRole',
        'policy:arn:aws:iam::111122223333:policy/S3ReadAssets',
        'policy:arn:aws:iam::111122223333:policy/DenySecrets',
        'resource:arn:aws:s3:::my-app-assets-2026',
        'service:ec2.amazonaws.com',
      ]),
    );
    for (const n of model.nodes) if (n.data.kind !== 'account' && n.data.kind !== 'service') expect(n.parent).toBe(account);
    expect(model.nodes.find((n) => n.id === 'service:ec2.amazonaws.com')?.parent).toBeNull();
    // Containers first: React Flow needs a parent before its children.
    expect(model.nodes[0]!.id).toBe(account);
  });

  it('draws membership, attachments, the engine’s can-assume edges and the bucket policy’s principals', () => {
    const model = graphOf(examples.starter, evaluate(examples.starter));
    const priya = 'user:arn:aws:iam::111122223333:user/priya';
    const developers = 'group:arn:aws:iam::111122223333:group/Developers';
    const role = 'role:arn:aws:iam::111122223333:role/EC2S3ReadRole';
    expect(edge(model, 'member', priya, developers)).toMatchObject({
      detach: { kind: 'member', userIndex: 0, groupName: 'Developers' },
      label: 'priya is a member of group Developers',
    });
    expect(edge(model, 'attached', developers, 'policy:arn:aws:iam::111122223333:policy/S3ReadAssets')?.detach).toEqual({
      kind: 'managedPolicy',
      collection: 'groups',
      index: 0,
      ref: 'S3ReadAssets',
    });
    expect(edge(model, 'assume', 'service:ec2.amazonaws.com', role)).toMatchObject({ detach: null });
    expect(edge(model, 'resourcePolicy', 'resource:arn:aws:s3:::my-app-assets-2026', role)).toMatchObject({ detach: null });
  });

  it('takes can-assume edges from the evaluation only, and skips answers about roles that are gone', () => {
    const s = scenario({ users: [{ name: 'a' }], roles: [{ name: 'r' }] });
    const stale: ScenarioEvaluation = {
      ok: true,
      queries: [],
      results: [],
      warnings: [],
      assumeEdges: [
        { from: 'arn:aws:iam::123456789012:user/a', to: 'arn:aws:iam::123456789012:role/r' },
        { from: 'arn:aws:iam::123456789012:user/a', to: 'arn:aws:iam::123456789012:role/renamed' },
      ],
    };
    const model = graphOf(s, stale);
    expect(model.edges.filter((e) => e.kind === 'assume').map((e) => e.id)).toEqual([
      'assume:user:arn:aws:iam::123456789012:user/a->role:arn:aws:iam::123456789012:role/r',
    ]);
    expect(graphOf(s, null).edges).toEqual([]);
    expect(graphOf(s, { ok: false }).edges).toEqual([]);
  });

  it('shows AWS managed policies in use as ARN-only nodes outside every account, and boundaries as their own edge', () => {
    const s = scenario({
      policies: [{ name: 'Boundary', document: { Statement: [] } }],
      users: [{ name: 'u', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], permissionsBoundary: 'Boundary' }],
    });
    const model = graphOf(s, null);
    const aws = model.nodes.find((n) => n.id === 'policy:arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(aws).toMatchObject({ parent: null, data: { kind: 'policy', awsManaged: true, name: 'ReadOnlyAccess', documentPath: null } });
    expect(model.edges.find((e) => e.kind === 'boundary')).toMatchObject({
      source: 'user:arn:aws:iam::123456789012:user/u',
      target: 'policy:arn:aws:iam::123456789012:policy/Boundary',
      detach: { kind: 'boundary', collection: 'users', index: 0 },
    });
  });

  it('lists inline policies on their entity with the pointer the editor opens', () => {
    const model = graphOf(examples.bucketPolicy, null);
    const bruno = model.nodes.find((n) => n.id === 'user:arn:aws:iam::222222222222:user/bruno');
    expect(bruno?.data).toMatchObject({ inlinePolicies: [{ name: 'read-shared', documentPath: '/users/1/inlinePolicies/0/document' }] });
  });

  it('makes cross-account relations edges between account boxes', () => {
    const model = graphOf(examples.bucketPolicy, evaluate(examples.bucketPolicy));
    const bucket = model.nodes.find((n) => n.id === 'resource:arn:aws:s3:::shared-data');
    expect(bucket?.parent).toBe('account:111111111111');
    expect(model.nodes.find((n) => n.id === 'user:arn:aws:iam::222222222222:user/bruno')?.parent).toBe('account:222222222222');
    // The bucket policy names account B's root: the edge goes to B's box.
    expect(edge(model, 'resourcePolicy', 'resource:arn:aws:s3:::shared-data', 'account:222222222222')).toBeDefined();
    expect(edge(model, 'resourcePolicy', 'resource:arn:aws:s3:::shared-data', 'user:arn:aws:iam::111111111111:user/anna')).toBeDefined();
  });

  it('nests accounts in OUs in the root, and attaches SCPs to OUs and accounts', () => {
    const model = graphOf(examples.scpGuardrail, null);
    const parent = (id: string) => model.nodes.find((n) => n.id === id)?.parent;
    expect(parent('ou:root')).toBeNull();
    expect(parent('ou:ou-workloads')).toBe('ou:root');
    expect(parent('account:111111111111')).toBe('ou:ou-workloads');
    expect(parent('account:999999999999')).toBe('ou:root');
    expect(model.nodes.find((n) => n.id === 'account:999999999999')?.data).toMatchObject({ management: true, alias: 'management' });
    const order = ids(model);
    expect(order.indexOf('ou:root')).toBeLessThan(order.indexOf('ou:ou-workloads'));
    expect(order.indexOf('ou:ou-workloads')).toBeLessThan(order.indexOf('account:111111111111'));
    const deny = 'orgpolicy:scp:DenyOutsideEU';
    expect(model.nodes.find((n) => n.id === deny)?.data).toMatchObject({ documentPath: '/organization/policies/1/document' });
    expect(edge(model, 'orgPolicy', deny, 'ou:ou-workloads')?.detach).toEqual({
      kind: 'orgPolicyTarget',
      policyIndex: 1,
      target: 'ou-workloads',
    });
    expect(model.edges.filter((e) => e.source === 'orgpolicy:scp:FullAWSAccess').map((e) => e.target)).toEqual([
      'ou:root',
      'ou:ou-workloads',
      'account:111111111111',
      'account:999999999999',
    ]);
  });

  it('gives an account only named in a policy a dashed external box', () => {
    const s = scenario({
      resources: [
        {
          arn: 'arn:aws:s3:::b',
          policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '444455556666' }, Action: 's3:GetObject', Resource: '*' }] },
        },
      ],
    });
    const model = graphOf(s, null);
    expect(model.nodes.find((n) => n.id === 'account:444455556666')?.data).toMatchObject({ external: true });
    expect(model.nodes.find((n) => n.id === 'account:123456789012')?.data).toMatchObject({ external: false });
  });

  it('skips references that resolve to nothing instead of inventing nodes', () => {
    const s = scenario({ users: [{ name: 'u', groups: ['Nope'], managedPolicies: ['Missing', 'arn:aws:iam::123456789012:policy/Gone'] }] });
    const model = graphOf(s, null);
    expect(model.edges).toEqual([]);
    expect(ids(model)).toEqual(['account:123456789012', 'user:arn:aws:iam::123456789012:user/u']);
  });

  it('marks public resource policies and keeps deny-only principals apart', () => {
    const s = scenario({
      users: [{ name: 'eve' }],
      resources: [
        {
          arn: 'arn:aws:s3:::open',
          policy: {
            Statement: [
              { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
              { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::123456789012:user/eve' }, Action: 's3:*', Resource: '*' },
            ],
          },
        },
      ],
    });
    const model = graphOf(s, null);
    expect(model.nodes.find((n) => n.id === 'resource:arn:aws:s3:::open')?.data).toMatchObject({
      publicAccess: true,
      name: 'open',
      service: 's3',
    });
    expect(model.edges.find((e) => e.kind === 'resourcePolicy')).toMatchObject({
      denyOnly: true,
      label: 'the resource policy of open denies eve',
    });
  });
});

describe('conditional can-assume edges', () => {
  it('are drawn with the keys they wait on, and never over a definite edge', async () => {
    const { edgeLook } = await import('../canvas/edgeAppearance');
    const s = examples.crossAccount;
    const evaluation = evaluate(s);
    if (!evaluation.ok) throw new Error('the example must be valid');
    const conditional = [
      {
        from: 'arn:aws:iam::111111111111:user/ana',
        to: 'arn:aws:iam::222222222222:role/ProdReadOnly',
        keys: ['aws:MultiFactorAuthPresent'],
      },
    ];
    const edge = graphOf(s, evaluation, conditional).edges.find((e) => e.kind === 'assume');
    expect(edge).toMatchObject({ requires: ['aws:MultiFactorAuthPresent'] });
    expect(edge!.label).toMatch(/given `aws:MultiFactorAuthPresent`$/);
    expect(edgeLook({ kind: 'assume', denyOnly: false, orgType: null, requires: edge!.requires }).pill).toBe('can assume with MFA');
    // The same pair as a definite edge wins: it holds without any context.
    const both = graphOf(s, { ok: true, assumeEdges: [{ from: conditional[0]!.from, to: conditional[0]!.to }] }, conditional);
    expect(both.edges.find((e) => e.kind === 'assume')?.requires).toBeUndefined();
  });
});

describe('identity providers', () => {
  const A = '111111111111';
  const github = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
  const trust = (federated: string, action: string, condition?: ConditionBlock) => ({
    Version: '2012-10-17' as const,
    Statement: [
      { Effect: 'Allow' as const, Principal: { Federated: federated }, Action: action, ...(condition ? { Condition: condition } : {}) },
    ],
  });
  const s = scenario({
    defaultAccount: A,
    identityProviders: [
      { type: 'oidc', url: 'https://token.actions.githubusercontent.com' },
      { type: 'saml', name: 'Okta' },
    ],
    roles: [
      {
        name: 'Deploy',
        trustPolicy: trust(github, 'sts:AssumeRoleWithWebIdentity', {
          StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' },
        }),
      },
      { name: 'Console', trustPolicy: trust(`arn:aws:iam::${A}:saml-provider/Okta`, 'sts:AssumeRoleWithSAML') },
      { name: 'Mobile', trustPolicy: trust('cognito-identity.amazonaws.com', 'sts:AssumeRoleWithWebIdentity') },
    ],
  });

  it('are nodes in their account, with can-assume edges the engine computes, dashed with the claim a trust waits on', async () => {
    const { conditionalAssumeEdges } = await import('../../../analysis/conditionalAssume');
    const { compileScenario, computeAssumeEdges } = await import('../../../engine');
    const restored = restoreScenario(s, permissiveCatalog);
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const evaluation = evaluate(s);
    if (!evaluation.ok) throw new Error('the scenario must be valid');
    const definite = computeAssumeEdges(compileScenario(restored.scenario, restored.world));
    expect(evaluation.assumeEdges).toEqual(definite);
    const model = graphOf(s, evaluation, conditionalAssumeEdges(restored.scenario, restored.world, definite));

    const okta = `provider:arn:aws:iam::${A}:saml-provider/Okta`;
    expect(model.nodes.find((n) => n.id === `provider:${github}`)).toMatchObject({
      parent: `account:${A}`,
      data: { kind: 'provider', providerType: 'oidc', name: 'token.actions.githubusercontent.com', arn: github, index: 0 },
    });
    expect(model.nodes.find((n) => n.id === 'provider:cognito-identity.amazonaws.com')).toMatchObject({
      parent: null,
      data: { kind: 'provider', providerType: 'builtIn', arn: null },
    });
    expect(edge(model, 'assume', okta, `role:arn:aws:iam::${A}:role/Console`)).toMatchObject({ detach: null });
    expect(edge(model, 'assume', okta, `role:arn:aws:iam::${A}:role/Console`)?.requires).toBeUndefined();
    expect(edge(model, 'assume', 'provider:cognito-identity.amazonaws.com', `role:arn:aws:iam::${A}:role/Mobile`)).toBeDefined();
    expect(edge(model, 'assume', `provider:${github}`, `role:arn:aws:iam::${A}:role/Deploy`)).toMatchObject({
      requires: ['token.actions.githubusercontent.com:sub'],
      label: expect.stringMatching(/can assume role Deploy, given `token\.actions\.githubusercontent\.com:sub`$/),
    });
    // A provider assumes only what trusts it: no edge from GitHub to the SAML role.
    expect(edge(model, 'assume', `provider:${github}`, `role:arn:aws:iam::${A}:role/Console`)).toBeUndefined();
  });
});

it('shortens an identity provider’s claim keys on the can-assume pill', async () => {
  const { edgeLook } = await import('../canvas/edgeAppearance');
  const requires = ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub'];
  expect(edgeLook({ kind: 'assume', denyOnly: false, orgType: null, requires }).pill).toBe('can assume with aud + sub');
});
