import { describe, expect, it } from 'vitest';
import { BASE, expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

const allowS3 = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' };
const denyS3 = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' };
const bucketGrant = (principal: unknown, extra: object = {}) => ({
  Effect: 'Allow',
  Principal: principal,
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
  ...extra,
});
const TRUST = '/roles/0/trustPolicy';
const SCP = '/organization/policies/0/document';

const triggers: Triggers[] = [
  {
    name: 'unknown version',
    code: 'invalid-version',
    severity: 'error',
    path: `${BASE}/Version`,
    doc: { Version: '2012-10-18', Statement: [allowS3] },
  },
  {
    name: 'numeric version',
    code: 'invalid-version',
    severity: 'error',
    path: `${BASE}/Version`,
    doc: { Version: 2012, Statement: [allowS3] },
  },
  {
    name: 'SCP on 2008-10-17',
    code: 'invalid-version',
    severity: 'error',
    path: `${SCP}/Version`,
    kind: 'scp',
    basePath: SCP,
    doc: { Version: '2008-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
  },
  {
    name: 'Principal in an SCP',
    code: 'scp-principal',
    severity: 'error',
    path: `${SCP}/Statement/0/Principal`,
    kind: 'scp',
    basePath: SCP,
    doc: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }),
  },
  {
    name: 'NotPrincipal with Allow in a bucket policy',
    code: 'not-principal-with-allow',
    severity: 'error',
    path: `${st()}/NotPrincipal`,
    kind: 'resource',
    doc: policy({ Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
  },
  {
    name: 'NotPrincipal in a trust policy',
    code: 'not-principal-in-trust',
    severity: 'error',
    path: `${TRUST}/Statement/0/NotPrincipal`,
    kind: 'trust',
    basePath: TRUST,
    doc: policy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }),
  },
  {
    name: 'Allow in an RCP',
    code: 'rcp-allow',
    severity: 'error',
    path: `${SCP}/Statement/0/Effect`,
    kind: 'rcp',
    basePath: SCP,
    doc: policy({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }),
  },
  {
    name: 'RCP without Principal',
    code: 'rcp-principal',
    severity: 'error',
    path: `${SCP}/Statement/0`,
    kind: 'rcp',
    basePath: SCP,
    doc: policy({ Effect: 'Deny', Action: 's3:*', Resource: '*' }),
  },
  {
    name: 'RCP naming an account',
    code: 'rcp-principal',
    severity: 'error',
    path: `${SCP}/Statement/0/Principal`,
    kind: 'rcp',
    basePath: SCP,
    doc: policy({ Effect: 'Deny', Principal: { AWS: '111122223333' }, Action: 's3:*', Resource: '*' }),
  },
  {
    name: 'NotAction in an RCP',
    code: 'rcp-not-action',
    severity: 'error',
    path: `${SCP}/Statement/0/NotAction`,
    kind: 'rcp',
    basePath: SCP,
    doc: policy({ Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' }),
  },
  {
    name: 'identity statement without Resource',
    code: 'missing-resource',
    severity: 'error',
    path: st(),
    doc: policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' }),
  },
  {
    name: 'single-object statement without Resource',
    code: 'missing-resource',
    severity: 'error',
    path: `${BASE}/Statement`,
    doc: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:ListAllMyBuckets' } },
  },
  {
    name: 'session policy without Resource',
    code: 'missing-resource',
    severity: 'error',
    path: '/queries/0/sessionPolicy/Statement/0',
    kind: 'session',
    basePath: '/queries/0/sessionPolicy',
    doc: policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets' }),
  },
  {
    name: 'repeated Sid',
    code: 'duplicate-sid',
    severity: 'error',
    path: `${st(1)}/Sid`,
    doc: policy({ Sid: 'Read', ...allowS3 }, { Sid: 'Read', ...allowS3, Action: 's3:PutObject' }),
  },
  {
    name: 'Sid with a space',
    code: 'invalid-sid',
    severity: 'error',
    path: `${st()}/Sid`,
    doc: policy({ Sid: 'Read objects', ...allowS3 }),
  },
  {
    name: 'wildcard in a principal ARN',
    code: 'invalid-principal',
    severity: 'error',
    path: `${st()}/Principal/AWS/1`,
    kind: 'resource',
    doc: policy(bucketGrant({ AWS: ['111122223333', 'arn:aws:iam::111122223333:role/app-*'] })),
    message: 'wildcards',
  },
  {
    name: 'a user name instead of an ARN',
    code: 'invalid-principal',
    severity: 'error',
    path: `${TRUST}/Statement/0/Principal/AWS`,
    kind: 'trust',
    basePath: TRUST,
    doc: policy({ Effect: 'Allow', Principal: { AWS: 'user/alice' }, Action: 'sts:AssumeRole' }),
  },
  {
    name: 'wildcard service principal',
    code: 'invalid-principal',
    severity: 'error',
    path: `${TRUST}/Statement/0/Principal/Service`,
    kind: 'trust',
    basePath: TRUST,
    doc: policy({ Effect: 'Allow', Principal: { Service: '*.amazonaws.com' }, Action: 'sts:AssumeRole' }),
  },
];

const passes: Passes[] = [
  { name: 'current version', code: 'invalid-version', doc: policy(allowS3) },
  { name: 'old version in an identity policy', code: 'invalid-version', doc: { Version: '2008-10-17', Statement: [allowS3] } },
  {
    name: 'SCP without Principal',
    code: 'scp-principal',
    kind: 'scp',
    basePath: SCP,
    doc: policy({ Effect: 'Deny', Action: 's3:*', Resource: '*' }),
  },
  { name: 'Principal in an RCP', code: 'scp-principal', kind: 'rcp', basePath: SCP, doc: policy(denyS3) },
  {
    name: 'NotPrincipal with Deny',
    code: 'not-principal-with-allow',
    kind: 'resource',
    doc: policy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }),
  },
  {
    name: 'NotPrincipal in a resource policy',
    code: 'not-principal-in-trust',
    kind: 'resource',
    doc: policy({ Effect: 'Deny', NotPrincipal: { AWS: '111122223333' }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }),
  },
  { name: 'Deny in an RCP', code: 'rcp-allow', kind: 'rcp', basePath: SCP, doc: policy(denyS3) },
  { name: 'Allow in an SCP', code: 'rcp-allow', kind: 'scp', basePath: SCP, doc: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) },
  { name: 'RCP with Principal *', code: 'rcp-principal', kind: 'rcp', basePath: SCP, doc: policy(denyS3) },
  { name: 'RCP with Action', code: 'rcp-not-action', kind: 'rcp', basePath: SCP, doc: policy(denyS3) },
  {
    name: 'statement with NotResource',
    code: 'missing-resource',
    doc: policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }),
  },
  {
    name: 'trust policy without Resource',
    code: 'missing-resource',
    kind: 'trust',
    basePath: TRUST,
    doc: policy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
  },
  {
    name: 'distinct Sids',
    code: 'duplicate-sid',
    doc: policy({ Sid: 'Read', ...allowS3 }, { Sid: 'Write', ...allowS3, Action: 's3:PutObject' }),
  },
  {
    name: 'repeated Sid in a bucket policy',
    code: 'duplicate-sid',
    kind: 'resource',
    doc: policy(bucketGrant('*', { Sid: 'A' }), bucketGrant('*', { Sid: 'A', Action: 's3:PutObject' })),
  },
  { name: 'alphanumeric Sid', code: 'invalid-sid', doc: policy({ Sid: 'ReadObjects2', ...allowS3 }) },
  {
    name: 'Sid with a space in a bucket policy',
    code: 'invalid-sid',
    kind: 'resource',
    doc: policy(bucketGrant('*', { Sid: 'Public read' })),
  },
  {
    name: 'account, root, role, session and unique-id principals',
    code: 'invalid-principal',
    kind: 'resource',
    doc: policy(
      bucketGrant({
        AWS: [
          '111122223333',
          'arn:aws:iam::111122223333:root',
          'arn:aws:iam::111122223333:role/path/app',
          'arn:aws:sts::111122223333:assumed-role/app/session',
          'AIDAJQABLZS4A3QDU576Q',
          '*',
        ],
        Service: 'cloudtrail.amazonaws.com',
      }),
    ),
  },
];

describe('grammar findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('leaves to the model what it reports itself (NotPrincipal in an SCP, Principal in an identity policy)', () => {
    const scp = findings(policy({ Effect: 'Deny', NotPrincipal: { AWS: '1' }, Action: 's3:*', Resource: '*' }), 'scp', SCP);
    expect(scp.filter((f) => f.severity === 'error')).toEqual([]);
    const identity = findings(policy({ ...allowS3, Principal: '*' }));
    expect(identity.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('suggests the version in its message', () => {
    const [f] = findings({ Version: '2012-10-18', Statement: [allowS3] }).filter((x) => x.code === 'invalid-version');
    expect(f!.message).toBe('`2012-10-18` is not a policy language version; use `2012-10-17`');
  });
});
