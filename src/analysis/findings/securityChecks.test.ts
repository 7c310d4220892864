import { describe, expect, it } from 'vitest';
import { ESCALATION_ACTIONS, PASS_ROLE_ESCALATIONS } from './escalationActions';
import { expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings, catalog } = useCatalog();

const allow = (action: string | string[], resource: string | string[] = '*', extra: object = {}) =>
  policy({ Effect: 'Allow', Action: action, Resource: resource, ...extra });
const TRUST = '/roles/2/trustPolicy';
const BUCKET = '/resources/0/policy';
const grant = (principal: unknown, condition?: object) =>
  policy({
    Effect: 'Allow',
    Principal: principal,
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    ...(condition ? { Condition: condition } : {}),
  });
const trust = (principal: unknown, condition?: object) =>
  policy({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) });

const triggers: Triggers[] = [
  {
    name: 'Allow with NotAction',
    code: 'allow-not-action',
    severity: 'security',
    path: `${st()}/NotAction`,
    doc: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    message: 'every action except `iam:*`',
  },
  {
    name: 'Allow with NotResource',
    code: 'allow-not-resource',
    severity: 'security',
    path: `${st()}/NotResource`,
    doc: policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }),
    message: 'except the 2 listed',
  },
  { name: 'PassRole on *', code: 'pass-role-star', severity: 'security', path: `${st()}/Action`, doc: allow('iam:PassRole') },
  {
    name: 'PassRole through iam:*',
    code: 'pass-role-star',
    severity: 'security',
    path: `${st()}/Action/1`,
    doc: allow(['s3:GetObject', 'iam:*']),
    message: '`iam:*` allows `iam:PassRole`',
  },
  { name: 'PassRole through iam:Pass*', code: 'pass-role-star', severity: 'security', path: `${st()}/Action/0`, doc: allow(['iam:Pass*']) },
  { name: 'PassRole through *', code: 'pass-role-star', severity: 'security', path: `${st()}/Action`, doc: allow('*') },
  {
    name: 'PassRole through NotAction',
    code: 'pass-role-star',
    severity: 'security',
    path: `${st()}/NotAction`,
    doc: policy({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }),
  },
  {
    name: 'public bucket',
    code: 'public-access',
    severity: 'security',
    path: `${BUCKET}/Statement/0/Principal`,
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*'),
  },
  {
    name: 'public bucket through AWS *',
    code: 'public-access',
    severity: 'security',
    path: `${BUCKET}/Statement/0/Principal/AWS/1`,
    kind: 'resource',
    basePath: BUCKET,
    doc: grant({ AWS: ['111122223333', '*'] }),
  },
  {
    name: 'role anyone can assume',
    code: 'public-access',
    severity: 'security',
    path: `${TRUST}/Statement/0/Principal/AWS`,
    kind: 'trust',
    basePath: TRUST,
    doc: trust({ AWS: '*' }),
    message: 'assume this role',
  },
  {
    name: 'only a negated condition',
    code: 'public-access',
    severity: 'security',
    path: `${BUCKET}/Statement/0/Principal`,
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc' } }),
  },
  {
    name: 'only an IfExists condition',
    code: 'public-access',
    severity: 'security',
    path: `${BUCKET}/Statement/0/Principal`,
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' } }),
  },
  {
    name: 'a condition that limits nothing',
    code: 'public-access',
    severity: 'security',
    path: `${BUCKET}/Statement/0/Principal`,
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { Bool: { 'aws:SecureTransport': 'true' }, StringLike: { 'aws:SourceArn': '*' } }),
  },
  {
    name: 'iam:AttachUserPolicy on *',
    code: 'privilege-escalation',
    severity: 'security',
    path: `${st()}/Action`,
    doc: allow('iam:AttachUserPolicy'),
    message: '`iam:AttachUserPolicy` on every resource allows privilege escalation: it can attach any managed policy',
  },
  {
    name: 'iam:Put* on *',
    code: 'privilege-escalation',
    severity: 'security',
    path: `${st()}/Action/0`,
    doc: allow(['iam:Put*']),
    message: 'through `iam:PutUserPolicy` and 4 more actions',
  },
  { name: 'iam:* on *', code: 'privilege-escalation', severity: 'security', path: `${st()}/Action`, doc: allow('iam:*') },
  { name: '* on *', code: 'privilege-escalation', severity: 'security', path: `${st()}/Action`, doc: allow('*') },
  {
    name: 'NotAction on *',
    code: 'privilege-escalation',
    severity: 'security',
    path: `${st()}/NotAction`,
    doc: policy({ Effect: 'Allow', NotAction: ['s3:*'], Resource: '*' }),
  },
  {
    name: 'lambda:CreateFunction with PassRole',
    code: 'privilege-escalation',
    severity: 'security',
    path: `${st(1)}/Action`,
    doc: policy(
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
      { Effect: 'Allow', Action: 'lambda:CreateFunction', Resource: '*' },
    ),
    message: 'with `iam:PassRole`',
  },
  ...ESCALATION_ACTIONS.map((e): Triggers => ({
    name: `${e.action} alone`,
    code: 'privilege-escalation',
    severity: 'security',
    path: `${st()}/Action`,
    doc: allow(e.action),
  })),
];

const passes: Passes[] = [
  { name: 'Deny with NotAction', code: 'allow-not-action', doc: policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }) },
  {
    name: 'Allow with NotAction in an SCP',
    code: 'allow-not-action',
    kind: 'scp',
    doc: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
  },
  {
    name: 'Deny with NotResource',
    code: 'allow-not-resource',
    doc: policy({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::a/*' }),
  },
  { name: 'PassRole on named roles', code: 'pass-role-star', doc: allow('iam:PassRole', 'arn:aws:iam::111122223333:role/app-*') },
  { name: 'iam:Get* on *', code: 'pass-role-star', doc: allow('iam:Get*') },
  { name: 'NotAction that spares PassRole', code: 'pass-role-star', doc: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) },
  {
    name: 'PassRole denied by the same policy',
    code: 'pass-role-star',
    doc: policy({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }),
  },
  { name: 'PassRole in a trust policy', code: 'pass-role-star', kind: 'trust', doc: trust({ Service: 'ec2.amazonaws.com' }) },
  { name: 'bucket grant to an account', code: 'public-access', kind: 'resource', basePath: BUCKET, doc: grant({ AWS: '111122223333' }) },
  {
    name: 'public grant limited to the organization',
    code: 'public-access',
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }),
  },
  {
    name: 'public grant limited to a VPC endpoint',
    code: 'public-access',
    kind: 'resource',
    basePath: BUCKET,
    doc: grant({ AWS: '*' }, { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }),
  },
  {
    name: 'public grant limited to a source ARN',
    code: 'public-access',
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:topic' } }),
  },
  {
    name: 'public grant limited to an IP range',
    code: 'public-access',
    kind: 'resource',
    basePath: BUCKET,
    doc: grant('*', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
  },
  {
    name: 'public Deny',
    code: 'public-access',
    kind: 'resource',
    basePath: BUCKET,
    doc: policy({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }),
  },
  {
    name: 'trust limited to an account',
    code: 'public-access',
    kind: 'trust',
    basePath: TRUST,
    doc: trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalAccount': '111122223333' } }),
  },
  { name: 'trust to a service', code: 'public-access', kind: 'trust', basePath: TRUST, doc: trust({ Service: 'lambda.amazonaws.com' }) },
  {
    name: 'AttachUserPolicy on one user',
    code: 'privilege-escalation',
    doc: allow('iam:AttachUserPolicy', 'arn:aws:iam::111122223333:user/alice'),
  },
  { name: 'iam:Get* on *', code: 'privilege-escalation', doc: allow('iam:Get*') },
  { name: 'lambda:CreateFunction without PassRole', code: 'privilege-escalation', doc: allow('lambda:CreateFunction') },
  {
    name: 'escalation denied by the same policy',
    code: 'privilege-escalation',
    doc: policy({ Effect: 'Allow', Action: 'iam:PutUserPolicy', Resource: '*' }, { Effect: 'Deny', Action: 'iam:Put*', Resource: '*' }),
  },
  { name: 'escalation actions in a Deny', code: 'privilege-escalation', doc: policy({ Effect: 'Deny', Action: 'iam:*', Resource: '*' }) },
  {
    name: 'escalation actions in an SCP',
    code: 'privilege-escalation',
    kind: 'scp',
    doc: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
  },
];

describe('security findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('names every escalation action the catalog knows', () => {
    for (const { action } of [...ESCALATION_ACTIONS, ...PASS_ROLE_ESCALATIONS]) expect(catalog().action(action), action).toBeDefined();
  });

  it('explains a wildcard grant by its first escalation and lists the others', () => {
    const [f] = findings(allow('iam:*')).filter((x) => x.code === 'privilege-escalation');
    expect(f!.message).toBe('`iam:*` on every resource allows privilege escalation through `iam:CreatePolicyVersion` and 16 more actions');
    expect(f!.learnMore).toMatch(
      /^With `iam:CreatePolicyVersion`, it can rewrite any customer managed policy.*It also grants `iam:SetDefaultPolicyVersion`/,
    );
  });

  it('counts escalations through PassRole only where PassRole is allowed on every role', () => {
    const named = policy(
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::1:role/x' },
      { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
    );
    expectNoFinding(findings(named), 'privilege-escalation');
  });
});
