import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src/engine';
import { restoreScenario, type Decision, type PolicyStatement } from '../../src/model';

/**
 * Invariants of AWS's evaluation logic (architecture.md): an explicit deny always wins; adding a
 * Deny never turns a denial into an allow; adding an Allow never turns an allow into a denial.
 * Random worlds: one user, one role it may assume, a bucket with a policy, optional boundary.
 */
const ACCOUNT = '111111111111';
const actions = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 'ec2:StartInstances', 'sts:AssumeRole'];
const resources = [
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/k',
  'arn:aws:s3:::c/k',
  `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-1`,
  `arn:aws:iam::${ACCOUNT}:role/R`,
];

const actionPattern = fc.constantFrom('*', 's3:*', 's3:Get*', 's3:GetObject', 's3:PutObject', 'ec2:*', 'sts:AssumeRole', 's3:?istBucket');
const resourcePattern = fc.constantFrom(
  '*',
  'arn:aws:s3:::b',
  'arn:aws:s3:::b/*',
  'arn:aws:s3:::*',
  `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
  `arn:aws:iam::${ACCOUNT}:role/*`,
);
const condition = fc.option(
  fc.constantFrom<Record<string, Record<string, string>>>(
    { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    { StringLike: { 'aws:username': 'a*' } },
    { StringNotEquals: { 'aws:PrincipalTag/team': 'web' } },
  ),
  { nil: undefined },
);

const statement = (effect: 'Allow' | 'Deny') =>
  fc
    .record({
      useNot: fc.boolean(),
      action: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
      resource: fc.array(resourcePattern, { minLength: 1, maxLength: 2 }),
      condition,
    })
    .map(({ useNot, action, resource, condition }): PolicyStatement => ({
      Effect: effect,
      ...(useNot && effect === 'Deny' ? { NotAction: action } : { Action: action }),
      Resource: resource,
      ...(condition ? { Condition: condition } : {}),
    }));
const anyStatement = fc.oneof(statement('Allow'), statement('Deny'));
const principalStatement = (s: PolicyStatement, who: string) => ({ ...s, Principal: { AWS: who } });

type WorldShape = {
  identity: PolicyStatement[];
  bucket: PolicyStatement[];
  bucketPrincipal: string;
  boundary: PolicyStatement[] | undefined;
  action: string;
  resource: string;
  mfa: boolean;
};

const world: fc.Arbitrary<WorldShape> = fc.record({
  identity: fc.array(anyStatement, { minLength: 0, maxLength: 4 }),
  bucket: fc.array(anyStatement, { minLength: 0, maxLength: 2 }),
  bucketPrincipal: fc.constantFrom(`arn:aws:iam::${ACCOUNT}:user/alice`, ACCOUNT, '*'),
  boundary: fc.option(fc.array(statement('Allow'), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  action: fc.constantFrom(...actions),
  resource: fc.constantFrom(...resources),
  mfa: fc.boolean(),
});

function decide(w: WorldShape): Decision {
  const scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    defaultAccount: ACCOUNT,
    policies: w.boundary ? [{ name: 'B', document: { Version: '2012-10-17', Statement: w.boundary } }] : [],
    users: [
      {
        name: 'alice',
        tags: { team: 'web' },
        inlinePolicies: w.identity.length ? [{ name: 'p', document: { Version: '2012-10-17', Statement: w.identity } }] : [],
        ...(w.boundary ? { permissionsBoundary: 'B' } : {}),
      },
    ],
    roles: [
      {
        name: 'R',
        trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'sts:AssumeRole' }] },
      },
    ],
    resources: [
      {
        arn: 'arn:aws:s3:::b',
        policy: w.bucket.length
          ? { Version: '2012-10-17', Statement: w.bucket.map((s: PolicyStatement) => principalStatement(s, w.bucketPrincipal)) }
          : null,
      },
    ],
    queries: [{ principal: 'user/alice', action: w.action, resource: w.resource, context: { 'aws:MultiFactorAuthPresent': w.mfa } }],
  };
  const restored = restoreScenario(scenario);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return evaluateAll(restored.scenario, restored.world)[0]!.decision;
}

const withIdentity = (w: WorldShape, s: PolicyStatement) => ({ ...w, identity: [...w.identity, s] });

describe('evaluation invariants', () => {
  it('an explicit deny of everything always wins', () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(decide(withIdentity(w, { Effect: 'Deny', Action: '*', Resource: '*' }))).toBe('explicitDeny');
      }),
      { numRuns: 300 },
    );
  });

  it('adding a Deny statement never turns a denial into an allow', () => {
    fc.assert(
      fc.property(world, statement('Deny'), (w, deny) => {
        const before = decide(w);
        const after = decide(withIdentity(w, deny));
        if (before !== 'allowed') expect(after).not.toBe('allowed');
        if (before === 'explicitDeny') expect(after).toBe('explicitDeny');
      }),
      { numRuns: 400 },
    );
  });

  it('adding an Allow statement never turns an allow into a denial', () => {
    fc.assert(
      fc.property(world, statement('Allow'), (w, allow) => {
        if (decide(w) === 'allowed') expect(decide(withIdentity(w, allow))).toBe('allowed');
      }),
      { numRuns: 400 },
    );
  });

  it('adding a Deny to the resource policy never turns a denial into an allow', () => {
    fc.assert(
      fc.property(world, statement('Deny'), (w, deny) => {
        const before = decide(w);
        const after = decide({ ...w, bucket: [...w.bucket, deny] });
        if (before !== 'allowed') expect(after).not.toBe('allowed');
      }),
      { numRuns: 300 },
    );
  });
});
