import { describe, expect, it } from 'vitest';
import { globsIntersect, resourceTokens, templateTokens } from './arnFit';
import { arnPatternProblem } from './resourceChecks';
import { expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

const on = (action: string | string[], resource: string | string[], extra: object = {}) =>
  policy({ Effect: 'Allow', Action: action, Resource: resource, ...extra });

const triggers: Triggers[] = [
  { name: 'not an ARN', code: 'malformed-arn', severity: 'error', path: `${st()}/Resource`, doc: on('s3:GetObject', 'my-bucket/*') },
  {
    name: 'too few parts',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/Resource/1`,
    doc: on('s3:GetObject', ['*', 'arn:aws:s3::my-bucket']),
  },
  {
    name: 'unknown partition',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/Resource`,
    doc: on('s3:GetObject', 'arn:amazon:s3:::b/*'),
  },
  {
    name: 'upper-case service',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/Resource`,
    doc: on('s3:GetObject', 'arn:aws:S3:::b/*'),
  },
  {
    name: 'short account',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/Resource`,
    doc: on('iam:GetRole', 'arn:aws:iam::1234:role/x'),
  },
  {
    name: 'empty resource part',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/Resource`,
    doc: on('iam:GetRole', 'arn:aws:iam::123456789012:'),
  },
  {
    name: 'malformed NotResource',
    code: 'malformed-arn',
    severity: 'error',
    path: `${st()}/NotResource/0`,
    doc: policy({ Effect: 'Deny', Action: 's3:*', NotResource: ['bucket'] }),
  },
  {
    name: 'object action on a bucket ARN',
    code: 'resource-type-mismatch',
    severity: 'warning',
    path: `${st()}/Resource`,
    doc: on('s3:GetObject', 'arn:aws:s3:::my-bucket'),
    message: '`arn:aws:s3:::my-bucket` is not a resource type that `s3:GetObject` applies to',
  },
  {
    name: 'bucket action on object ARNs',
    code: 'resource-type-mismatch',
    severity: 'warning',
    path: `${st()}/Resource/0`,
    doc: on('s3:ListBucket', ['arn:aws:s3:::my-bucket/*']),
  },
  {
    name: 'an action that takes only *',
    code: 'resource-type-mismatch',
    severity: 'warning',
    path: `${st()}/Resource`,
    doc: on('ec2:DescribeInstances', 'arn:aws:ec2:us-east-1:111122223333:instance/*'),
    message: 'takes no resource ARN',
  },
  {
    name: 'role ARN for an S3 statement',
    code: 'resource-type-mismatch',
    severity: 'warning',
    path: `${st()}/Resource`,
    doc: on(['s3:GetObject', 's3:PutObject'], 'arn:aws:iam::111122223333:role/app'),
  },
  {
    name: 'the ARN page’s own example',
    code: 'wildcard-in-resource-type',
    severity: 'warning',
    path: `${st()}/Resource`,
    doc: on('iam:GetUser', 'arn:aws:iam::123456789012:u*'),
    message: '`arn:aws:iam::123456789012:u*` puts a wildcard in the resource type (`u*`)',
  },
  {
    name: 'a wildcard type before a name',
    code: 'wildcard-in-resource-type',
    severity: 'warning',
    path: `${st()}/Resource/1`,
    doc: on('lambda:InvokeFunction', ['arn:aws:lambda:eu-west-1:111122223333:function:a', 'arn:aws:lambda:eu-west-1:111122223333:*:a']),
  },
  {
    name: 'in NotResource, of a Deny',
    code: 'wildcard-in-resource-type',
    severity: 'warning',
    path: `${st()}/NotResource`,
    doc: policy({ Effect: 'Deny', Action: 'iam:*', NotResource: 'arn:aws:iam::111122223333:?ole/admin' }),
  },
];

const passes: Passes[] = [
  { name: 'a wildcard after the type', code: 'wildcard-in-resource-type', doc: on('iam:GetUser', 'arn:aws:iam::123456789012:user/*') },
  { name: 'every resource of the service', code: 'wildcard-in-resource-type', doc: on('iam:GetUser', 'arn:aws:iam::123456789012:*') },
  { name: 'S3 has no type part: a bucket pattern', code: 'wildcard-in-resource-type', doc: on('s3:GetObject', 'arn:aws:s3:::my*/*') },
  { name: 'a policy variable', code: 'wildcard-in-resource-type', doc: on('iam:GetUser', 'arn:aws:iam::1:${aws:username}*') },
  { name: 'an unknown service', code: 'wildcard-in-resource-type', doc: on('s3:GetObject', 'arn:aws:nosuch:::x*/y') },
  { name: 'star', code: 'malformed-arn', doc: on('s3:GetObject', '*') },
  { name: 'wildcards in every part', code: 'malformed-arn', doc: on('s3:GetObject', 'arn:*:s3:*:*:*') },
  { name: 'variable in the account', code: 'malformed-arn', doc: on('iam:GetRole', 'arn:aws:iam::${aws:PrincipalAccount}:role/x') },
  { name: 'AWS managed policy ARN', code: 'malformed-arn', doc: on('iam:GetPolicy', 'arn:aws:iam::aws:policy/ReadOnlyAccess') },
  { name: 'object action on objects', code: 'resource-type-mismatch', doc: on('s3:GetObject', 'arn:aws:s3:::my-bucket/*') },
  {
    name: 'bucket and object actions on both',
    code: 'resource-type-mismatch',
    doc: on(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::b', 'arn:aws:s3:::b/*']),
  },
  { name: 'object action on a wildcard bucket', code: 'resource-type-mismatch', doc: on('s3:GetObject', 'arn:aws:s3:::*') },
  { name: 'object path from a variable', code: 'resource-type-mismatch', doc: on('s3:GetObject', 'arn:aws:s3:::home${aws:username}') },
  { name: 'wildcard action set', code: 'resource-type-mismatch', doc: on('s3:*', 'arn:aws:s3:::my-bucket') },
  { name: 'every action', code: 'resource-type-mismatch', doc: on('*', 'arn:aws:s3:::my-bucket') },
  {
    name: 'NotAction',
    code: 'resource-type-mismatch',
    doc: policy({ Effect: 'Deny', NotAction: 's3:GetObject', Resource: 'arn:aws:s3:::b' }),
  },
  { name: 'unknown action (reported as such)', code: 'resource-type-mismatch', doc: on(['s3:GetObjects'], 'arn:aws:s3:::b') },
  {
    name: 'role path in a PassRole ARN',
    code: 'resource-type-mismatch',
    doc: on('iam:PassRole', 'arn:aws:iam::111122223333:role/service/app-*'),
  },
  {
    name: 'KMS key',
    code: 'resource-type-mismatch',
    doc: on('kms:Decrypt', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
  },
  { name: 'star with an ARN-less action', code: 'resource-type-mismatch', doc: on('ec2:DescribeInstances', '*') },
];

describe('resource findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('explains the resource types the statement expects', () => {
    const [f] = findings(on('s3:GetObject', 'arn:aws:s3:::my-bucket')).filter((x) => x.code === 'resource-type-mismatch');
    expect(f!.learnMore).toContain('object (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)');
  });

  it('describes a malformed ARN by its first problem', () => {
    expect(arnPatternProblem('arn:aws:s3::b')).toBe(
      '`arn:aws:s3::b` has 5 of the 6 parts of an ARN (`arn:partition:service:region:account-id:resource`)',
    );
    expect(arnPatternProblem('arn:aws:ec2:US-EAST-1:111122223333:instance/*')).toBe(
      '`US-EAST-1` in `arn:aws:ec2:US-EAST-1:111122223333:instance/*` is not a Region',
    );
    expect(arnPatternProblem('arn:aws-cn:s3:::b')).toBeNull();
  });
});

describe('globsIntersect', () => {
  const fits = (resource: string, template: string) => globsIntersect(resourceTokens(resource), templateTokens(template));
  it.each([
    ['arn:aws:s3:::b/*', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', true],
    ['arn:aws:s3:::b', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', false],
    ['arn:aws:s3:::b/*', 'arn:${Partition}:s3:::${BucketName}', false],
    ['arn:aws:s3:::b*', 'arn:${Partition}:s3:::${BucketName}', true],
    ['arn:aws:s3:::b?', 'arn:${Partition}:s3:::${BucketName}', true],
    ['*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['arn:aws:iam::*:role/*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['arn:aws:iam::111122223333:user/*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
    // Loose on purpose: the `*` could span `:role/x` (IAM lets a segment-ending `*` cross colons),
    // and the template's text is not known to exclude colons, so this is not reported.
    ['arn:aws:iam::*:user/*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['arn:aws:iam::1:role', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
    ['arn:aws:*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['', '', true],
  ])('%s fits %s: %s', (resource, template, expected) => expect(fits(resource, template)).toBe(expected));
});
