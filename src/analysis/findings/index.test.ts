import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ex01 from '../../examples/library/01-developer-user.json';
import ex02 from '../../examples/library/02-developers-group.json';
import ex03 from '../../examples/library/03-ec2-instance-role.json';
import ex04 from '../../examples/library/04-lambda-dynamodb.json';
import ex05 from '../../examples/library/05-cross-account-assume-role.json';
import ex06 from '../../examples/library/06-read-only-bucket.json';
import ex07 from '../../examples/library/07-mfa-required.json';
import ex08 from '../../examples/library/08-single-region.json';
import ex09 from '../../examples/library/09-explicit-deny.json';
import ex10 from '../../examples/library/10-bucket-policy-cross-account.json';
import ex11 from '../../examples/library/11-permissions-boundary.json';
import ex12 from '../../examples/library/12-scp-region-guardrail.json';
import starter from '../../examples/starter.json';
import { generatedScenario } from './generatedScenario';
import { comparePaths, documentFindings, FINDING_CODES, scenarioDocuments, scenarioFindings, type Finding, type PolicyKind } from './index';
import { RULES } from './rules';
import { policy, useCatalog, sized } from './testing';

const { catalog } = useCatalog();

const noResource = policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' });

/** One scenario that holds every kind of problem the module reports, each where it belongs. */
const kitchenSink = {
  format: 'iam-playground/scenario',
  version: 1,
  policies: [
    {
      name: 'Everything',
      document: {
        Version: '2012-10-18',
        Statement: [
          {
            Sid: 'a b',
            Effect: 'Allow',
            Action: ['s3GetObject', 's4:GetObject', 's3:GetObjects', 's3:Gte*', 's3:GetObject', 's3:Get*'],
            Resource: ['my-bucket', 'arn:aws:s3:::b/*'],
          },
          {
            Sid: 'a b',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::b',
            Condition: {
              StringEqual: { 'aws:username': 'x' },
              DateLessThan: { 'aws:CurrentTime': 'tomorrow' },
              DateGreaterThan: { 'aws:CurrentTime': '${aws:TokenIssueTime}' },
              StringEquals: { 'aws:PrincipalTag/team': 'web-*', 'aws:TagKeys': 'x', 'aws:SourceIps': 'x', 's3:prefix': 'x' },
              NumericEquals: { 'aws:username': 5 },
              'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-1' },
              Bool: {},
            },
          },
          { Effect: 'Allow', NotAction: 's3:*', NotResource: 'arn:aws:s3:::x/*' },
          { Effect: 'Allow', Action: ['iam:PassRole', 'iam:AttachUserPolicy'], Resource: '*' },
          { Effect: 'Allow', Action: [] },
          { Effect: 'Allow', Action: ['iam:PassRole', 'iam:AttachUserPolicy'], Resource: '*' },
        ],
      },
    },
    {
      name: 'Variables',
      document: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }] },
    },
    { name: 'NoVersion', document: { Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] } },
    { name: 'Large', document: sized(70) },
  ],
  roles: [
    {
      name: 'open',
      trustPolicy: policy(
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
      ),
    },
    {
      name: 'github',
      trustPolicy: policy(
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringLike: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
        },
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } },
        },
      ),
      inlinePolicies: [
        { name: 'users', document: policy({ Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:u*' }) },
      ],
    },
  ],
  resources: [
    {
      arn: 'arn:aws:s3:::b',
      policy: policy({ Effect: 'Allow', NotPrincipal: { AWS: 'user/alice' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
    },
  ],
  organization: {
    managementAccount: '999999999999',
    policies: [
      { name: 'scp', type: 'scp', document: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }) },
      {
        name: 'rcp',
        type: 'rcp',
        document: policy(
          { Effect: 'Allow', Principal: { AWS: '111122223333' }, NotAction: 'ec2:*', Resource: '*' },
          { Effect: 'Deny', Principal: '*', Action: 'ec2:RunInstances', Resource: '*' },
        ),
      },
    ],
  },
};

describe('scenarioFindings', () => {
  it('reads each policy location as its kind', () => {
    const scenario = {
      policies: [{ name: 'p', document: noResource }],
      users: [{ name: 'u', inlinePolicies: [{ name: 'i', document: noResource }] }],
      groups: [{ name: 'g', inlinePolicies: [{ name: 'i', document: noResource }] }],
      roles: [
        {
          name: 'r',
          inlinePolicies: [{ name: 'i', document: noResource }],
          trustPolicy: policy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }),
        },
      ],
      resources: [
        {
          arn: 'arn:aws:s3:::b',
          policy: policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
        },
      ],
      organization: {
        policies: [
          { name: 's', type: 'scp', document: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }) },
          { name: 'r', type: 'rcp', document: policy({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }) },
          { name: 'FullAWSAccess', type: 'scp' },
        ],
      },
      queries: [
        { principal: 'role/r', action: 's3:GetObject', resource: '*', sessionPolicy: noResource },
        { principal: 'user/u', sessionPolicy: null },
      ],
    };
    const found = scenarioFindings(scenario, catalog()).map((f) => `${f.code} ${f.path}`);
    expect(found).toEqual([
      'missing-resource /groups/0/inlinePolicies/0/document/Statement/0',
      'scp-principal /organization/policies/0/document/Statement/0/Principal',
      'rcp-allow /organization/policies/1/document/Statement/0/Effect',
      'missing-resource /policies/0/document/Statement/0',
      'missing-resource /queries/0/sessionPolicy/Statement/0',
      'public-access /resources/0/policy/Statement/0/Principal',
      'missing-resource /roles/0/inlinePolicies/0/document/Statement/0',
      'not-principal-in-trust /roles/0/trustPolicy/Statement/0/NotPrincipal',
      'missing-resource /users/0/inlinePolicies/0/document/Statement/0',
    ]);
  });

  it('lists the documents it reads, with their kinds', () => {
    const docs = scenarioDocuments({
      roles: [{ trustPolicy: noResource }],
      resources: [{ arn: 'arn:aws:kms:eu-west-1:1:key/k', policy: noResource }],
    });
    expect(docs.map((d) => [d.path, d.kind, d.options])).toEqual([
      ['/roles/0/trustPolicy', 'trust', {}],
      ['/resources/0/policy', 'resource', { resourceArn: 'arn:aws:kms:eu-west-1:1:key/k' }],
    ]);
  });

  it('reports every finding code somewhere in the kitchen-sink scenario', () => {
    const found = scenarioFindings(kitchenSink, catalog());
    const codes = new Set(found.map((f) => f.code));
    expect([...codes].sort()).toEqual(FINDING_CODES.map((c) => c.code).sort());
    for (const f of found) expect(f.severity).toBe(FINDING_CODES.find((c) => c.code === f.code)!.severity);
  });

  it('writes every finding in the house style', () => {
    for (const f of scenarioFindings(kitchenSink, catalog())) {
      expect(f.message, f.code).toMatch(/^[a-z`"]/);
      expect(f.message, f.code).not.toMatch(/[.\n]$/);
      expect(f.message, f.code).not.toContain('\n');
      const sentences = f.learnMore.split(/(?<=[.?!])\s+(?=[A-Z`])/);
      expect(sentences.length, `${f.code}: ${f.learnMore}`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${f.code}: ${f.learnMore}`).toBeLessThanOrEqual(3);
      expect(f.learnMore, f.code).toMatch(/\.$/);
      expect(f.docUrl, f.code).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(f.path, f.code).toMatch(/^\/(policies|users|groups|roles|resources|organization|queries)\//);
    }
  });

  it('explains every rule in one to three sentences, with an AWS page', () => {
    for (const { code } of FINDING_CODES) {
      const rule = RULES[code];
      const sentences = rule.learnMore.split(/(?<=[.?!])\s+(?=[A-Z`])/);
      expect(sentences.length, code).toBeLessThanOrEqual(3);
      expect(rule.learnMore, code).toMatch(/\.$/);
      expect(rule.docUrl, code).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('sorts by path, array indices as numbers, then by severity', () => {
    const statements = Array.from({ length: 12 }, () => ({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' }));
    const found = scenarioFindings({ policies: [{ document: { Version: '2012-10-17', Statement: statements } }] }, catalog());
    const paths = found.map((f) => f.path);
    expect(paths).toEqual([...paths].sort(comparePaths));
    expect(paths.indexOf('/policies/0/document/Statement/2')).toBeLessThan(paths.indexOf('/policies/0/document/Statement/10'));
    const atOnePath = scenarioFindings(kitchenSink, catalog()).filter((f) => f.path === '/policies/0/document/Statement/3/Action/0');
    expect(atOnePath.map((f) => f.severity)).toEqual(['security']);
  });

  it('never throws on a scenario of the wrong shape', () => {
    const odd: unknown[] = [
      null,
      42,
      'text',
      [],
      { policies: 'x', users: 5, organization: [], queries: {} },
      { policies: [null, 1, { document: 'x' }, { document: { Statement: 5 } }, { document: { Statement: [null, 'x', 3, []] } }] },
      { users: [{ inlinePolicies: [{}, null, { document: [] }] }], roles: [{ trustPolicy: 'x' }, null] },
      {
        organization: {
          policies: [
            { type: 'tag', document: noResource },
            { type: 'scp', document: null },
          ],
        },
      },
      {
        policies: [
          {
            document: {
              Version: null,
              Statement: [
                { Effect: 5, Action: 5, Resource: {}, Condition: [] },
                {
                  Effect: 'Allow',
                  Action: [1, null, 's3:*'],
                  NotResource: [{}],
                  Condition: { StringEquals: 'x', Bool: { k: { nested: true } }, Null: { 'aws:x': [] } },
                },
                { Effect: 'Allow', Principal: 5, NotPrincipal: { AWS: [null, 3] }, Action: '', Resource: '' },
              ],
            },
          },
        ],
        resources: [{ arn: 5, policy: { Statement: { Effect: 'Allow', Principal: { AWS: 7, Service: ['*'] }, Action: 's3:*' } } }],
      },
    ];
    for (const input of odd) expect(() => scenarioFindings(input, catalog())).not.toThrow();
  });

  it('never throws on arbitrary documents of any kind (property test)', () => {
    const kinds: PolicyKind[] = ['identity', 'resource', 'trust', 'scp', 'rcp', 'session'];
    const text = fc.constantFrom(
      '*',
      's3:GetObject',
      'iam:*',
      'arn:aws:s3:::b/*',
      'arn:aws',
      '${aws:username}',
      'StringEquals',
      'aws:SourceIp',
      '10.0.0.0/8',
      'x',
    );
    const value = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
    const statement = fc.dictionary(
      fc.constantFrom('Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'),
      fc.oneof(value, fc.constantFrom('Allow', 'Deny'), fc.dictionary(text, fc.oneof(value, fc.dictionary(text, value)))),
    );
    const document = fc.record(
      { Version: fc.oneof(fc.constant('2012-10-17'), value), Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 }), value) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(document, fc.anything()), fc.constantFrom(...kinds), (doc, kind) => {
        const found: Finding[] = documentFindings(doc, kind, '/policies/0/document', catalog());
        for (const f of found) expect(f.path.startsWith('/policies/0/document')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds no errors in the shipped examples', () => {
    for (const example of [ex01, ex02, ex03, ex04, ex05, ex06, ex07, ex08, ex09, ex10, ex11, ex12, starter]) {
      const errors = scenarioFindings(example, catalog()).filter((f) => f.severity === 'error' || f.severity === 'warning');
      expect(errors, (example as { title?: string }).title).toEqual([]);
    }
  });

  it('returns for a generated scenario of 200 users and 20 policies', () => {
    const scenario = generatedScenario(200, 20);
    const found = scenarioFindings(scenario, catalog());
    expect(Array.isArray(found)).toBe(true);
    // The generated policies are clean but for `*:Describe*` patterns of services without Describe actions.
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(['action-matches-nothing']));
  });

  it('gives documentFindings nothing for what is not a document', () => {
    for (const doc of [null, undefined, 'x', 1, []])
      expect(documentFindings(doc, 'identity', '/policies/0/document', catalog())).toEqual([]);
  });
});
