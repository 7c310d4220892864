import { describe, expect, it } from 'vitest';
import { isKnownOperator } from '../../engine';
import { allOperatorNames, unknownOperatorMessage } from './operatorNames';
import { expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

/** A statement on S3 objects with one condition. */
const when = (operator: string, key: string, value: unknown, action: string | string[] = 's3:GetObject', resource = 'arn:aws:s3:::b/*') =>
  policy({ Effect: 'Allow', Action: action, Resource: resource, Condition: { [operator]: { [key]: value } } });
const C = `${st()}/Condition`;

const triggers: Triggers[] = [
  // operators
  {
    name: 'typo',
    code: 'unknown-condition-operator',
    severity: 'error',
    path: `${C}/StringEqual`,
    doc: when('StringEqual', 'aws:username', 'alice'),
    message: 'did you mean `StringEquals`?',
  },
  {
    name: 'wrong case',
    code: 'unknown-condition-operator',
    severity: 'error',
    path: `${C}/stringEquals`,
    doc: when('stringEquals', 'aws:username', 'alice'),
    message: 'did you mean `StringEquals`?',
  },
  {
    name: 'Null with IfExists',
    code: 'unknown-condition-operator',
    severity: 'error',
    path: `${C}/NullIfExists`,
    doc: when('NullIfExists', 'aws:username', 'true'),
  },
  {
    name: 'qualifier typo',
    code: 'unknown-condition-operator',
    severity: 'error',
    path: `${C}/ForAnyValues:StringLike`,
    doc: when('ForAnyValues:StringLike', 'aws:TagKeys', 'a*'),
  },
  // values
  {
    name: 'a word for a date',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/DateLessThan/aws:CurrentTime`,
    doc: when('DateLessThan', 'aws:CurrentTime', 'tomorrow'),
  },
  {
    name: 'an impossible CIDR',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/IpAddress/aws:SourceIp/1`,
    doc: when('IpAddress', 'aws:SourceIp', ['10.0.0.0/8', '10.0.0.0/33']),
  },
  {
    name: 'a word for a number',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/NumericLessThan/aws:MultiFactorAuthAge`,
    doc: when('NumericLessThan', 'aws:MultiFactorAuthAge', 'ten'),
  },
  {
    name: 'yes for a boolean',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/Bool/aws:SecureTransport`,
    doc: when('Bool', 'aws:SecureTransport', 'yes'),
  },
  {
    name: 'not base-64',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/BinaryEquals/aws:username`,
    doc: when('BinaryEquals', 'aws:username', 'not base64!'),
  },
  {
    name: 'a name for an ARN',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/ArnLike/aws:SourceArn`,
    doc: when('ArnLike', 'aws:SourceArn', 'my-bucket'),
  },
  {
    name: 'Null with a word',
    code: 'invalid-condition-value',
    severity: 'error',
    path: `${C}/Null/aws:username`,
    doc: when('Null', 'aws:username', 'absent'),
  },
  {
    name: 'variable in a date',
    code: 'unsupported-policy-variable',
    severity: 'error',
    path: `${C}/DateGreaterThan/aws:CurrentTime`,
    doc: when('DateGreaterThan', 'aws:CurrentTime', '${aws:TokenIssueTime}'),
  },
  {
    name: 'wildcard with StringEquals',
    code: 'wildcard-without-like',
    severity: 'warning',
    path: `${C}/StringEquals/aws:PrincipalTag~1team/0`,
    doc: when('StringEquals', 'aws:PrincipalTag/team', ['web-*']),
    message: 'use `StringLike`',
  },
  {
    name: 'wildcard with ForAnyValue:StringNotEquals',
    code: 'wildcard-without-like',
    severity: 'warning',
    path: `${C}/ForAnyValue:StringNotEquals/aws:TagKeys`,
    doc: when('ForAnyValue:StringNotEquals', 'aws:TagKeys', 'temp-?'),
    message: 'use `ForAnyValue:StringNotLike`',
  },
  // keys
  {
    name: 'misspelt global key',
    code: 'unknown-condition-key',
    severity: 'warning',
    path: `${C}/IpAddress/aws:SourceIps`,
    doc: when('IpAddress', 'aws:SourceIps', '10.0.0.0/8'),
    message: 'did you mean `aws:SourceIp`?',
  },
  {
    name: 'misspelt service key',
    code: 'unknown-condition-key',
    severity: 'warning',
    path: `${C}/StringLike/s3:prefx`,
    doc: when('StringLike', 's3:prefx', 'home/*', 's3:ListBucket', 'arn:aws:s3:::b'),
    message: 'did you mean `s3:prefix`?',
  },
  {
    name: 'key of no service',
    code: 'unknown-condition-key',
    severity: 'warning',
    path: `${C}/StringEquals/acme:team`,
    doc: when('StringEquals', 'acme:team', 'web'),
  },
  {
    name: 'bucket key on an object action',
    code: 'condition-key-not-applicable',
    severity: 'warning',
    path: `${C}/StringLike/s3:prefix`,
    doc: when('StringLike', 's3:prefix', 'home/*'),
    message: '`s3:prefix` is not a condition key of `s3:GetObject`',
  },
  {
    name: 'EC2 key on an S3 statement',
    code: 'condition-key-not-applicable',
    severity: 'warning',
    path: `${C}/StringEquals/ec2:InstanceType`,
    doc: when('StringEquals', 'ec2:InstanceType', 't3.micro', ['s3:GetObject', 's3:PutObject']),
  },
  // types
  {
    name: 'Numeric on a String key',
    code: 'operator-type-mismatch',
    severity: 'warning',
    path: `${C}/NumericEquals/aws:username`,
    doc: when('NumericEquals', 'aws:username', 5),
  },
  {
    name: 'String on a Date key',
    code: 'operator-type-mismatch',
    severity: 'warning',
    path: `${C}/StringLike/aws:CurrentTime`,
    doc: when('StringLike', 'aws:CurrentTime', '2026-*'),
    message: 'as text',
  },
  {
    name: 'Bool on a String key',
    code: 'operator-type-mismatch',
    severity: 'warning',
    path: `${C}/Bool/aws:PrincipalAccount`,
    doc: when('Bool', 'aws:PrincipalAccount', 'true'),
  },
  {
    name: 'IpAddress on a String key',
    code: 'operator-type-mismatch',
    severity: 'warning',
    path: `${C}/IpAddress/aws:SourceVpce`,
    doc: when('IpAddress', 'aws:SourceVpce', '10.0.0.0/8'),
  },
  {
    name: 'ARN on a String key',
    code: 'operator-type-mismatch',
    severity: 'warning',
    path: `${C}/ArnEquals/aws:PrincipalAccount`,
    doc: when('ArnEquals', 'aws:PrincipalAccount', 'arn:aws:iam::1:root'),
  },
  {
    name: 'ForAnyValue on a single-valued key',
    code: 'set-operator-on-single-valued-key',
    severity: 'warning',
    path: `${C}/ForAnyValue:StringEquals/aws:PrincipalOrgID`,
    doc: when('ForAnyValue:StringEquals', 'aws:PrincipalOrgID', 'o-123'),
    message: 'use `StringEquals`',
  },
  {
    name: 'ForAllValues…IfExists on a single-valued key',
    code: 'set-operator-on-single-valued-key',
    severity: 'warning',
    path: `${C}/ForAllValues:StringEqualsIfExists/aws:username`,
    doc: when('ForAllValues:StringEqualsIfExists', 'aws:username', 'alice'),
    message: 'use `StringEqualsIfExists`',
  },
  {
    name: 'multivalued key without a qualifier',
    code: 'missing-set-operator',
    severity: 'warning',
    path: `${C}/StringEquals/aws:TagKeys`,
    doc: when('StringEquals', 'aws:TagKeys', 'team'),
  },
];

const passes: Passes[] = [
  { name: 'known operator', code: 'unknown-condition-operator', doc: when('ForAnyValue:StringLikeIfExists', 'aws:TagKeys', 'a*') },
  {
    name: 'dates in ISO and epoch form',
    code: 'invalid-condition-value',
    doc: when('DateLessThan', 'aws:CurrentTime', ['2026-01-01T00:00:00Z', '2026-01-01', 1767225600]),
  },
  {
    name: 'IPv4 and IPv6 ranges',
    code: 'invalid-condition-value',
    doc: when('NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:DB8:1234:5678::/64', '10.1.2.3']),
  },
  {
    name: 'numbers as text and JSON',
    code: 'invalid-condition-value',
    doc: when('NumericLessThan', 'aws:MultiFactorAuthAge', ['3600', 60, '1.5']),
  },
  { name: 'booleans as text and JSON', code: 'invalid-condition-value', doc: when('Bool', 'aws:SecureTransport', ['True', false]) },
  { name: 'base-64', code: 'invalid-condition-value', doc: when('BinaryEquals', 'aws:username', 'QmluYXJ5VmFsdWU=') },
  {
    name: 'ARN pattern',
    code: 'invalid-condition-value',
    doc: when('ArnLike', 'aws:SourceArn', ['arn:aws:s3:::b', 'arn:aws:sns:*:111122223333:*', '*']),
  },
  {
    name: 'ARN with a variable',
    code: 'invalid-condition-value',
    doc: when('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::111122223333:user/${aws:username}'),
  },
  { name: 'Null true', code: 'invalid-condition-value', doc: when('Null', 'aws:username', 'true') },
  {
    name: 'variable in a string',
    code: 'unsupported-policy-variable',
    doc: when('StringEquals', 'aws:PrincipalTag/team', '${aws:username}'),
  },
  {
    name: 'variable in a boolean',
    code: 'unsupported-policy-variable',
    doc: when('Bool', 'aws:SecureTransport', '${aws:MultiFactorAuthPresent}'),
  },
  { name: 'wildcard with StringLike', code: 'wildcard-without-like', doc: when('StringLike', 'aws:PrincipalTag/team', 'web-*') },
  { name: 'escaped wildcard in a variable', code: 'wildcard-without-like', doc: when('StringEquals', 'aws:PrincipalTag/team', 'web-${*}') },
  { name: 'global key in any case', code: 'unknown-condition-key', doc: when('IpAddress', 'AWS:SOURCEIP', '10.0.0.0/8') },
  { name: 'tag key template', code: 'unknown-condition-key', doc: when('StringEquals', 'aws:ResourceTag/cost-center', 'x') },
  {
    name: 'S3 object tag key (a <key> template)',
    code: 'unknown-condition-key',
    doc: when('StringEquals', 's3:ExistingObjectTag/classification', 'public'),
  },
  {
    name: 'OIDC provider keys',
    code: 'unknown-condition-key',
    kind: 'trust',
    basePath: '/policies/0/document',
    doc: policy({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:app:web' } },
    }),
  },
  {
    name: 'bucket key on a bucket action',
    code: 'condition-key-not-applicable',
    doc: when('StringLike', 's3:prefix', 'home/*', 's3:ListBucket', 'arn:aws:s3:::b'),
  },
  {
    name: 'object tag key on GetObject',
    code: 'condition-key-not-applicable',
    doc: when('StringEquals', 's3:ExistingObjectTag/team', 'web'),
  },
  {
    name: 'resource-type key (EC2 instance type on RunInstances)',
    code: 'condition-key-not-applicable',
    doc: when('StringEquals', 'ec2:InstanceType', 't3.micro', 'ec2:RunInstances', '*'),
  },
  { name: 'global key anywhere', code: 'condition-key-not-applicable', doc: when('StringEquals', 'aws:RequestedRegion', 'eu-west-1') },
  {
    name: 'one action of several applies',
    code: 'condition-key-not-applicable',
    doc: when('StringLike', 's3:prefix', 'a/*', ['s3:GetObject', 's3:ListBucket'], '*'),
  },
  { name: 'every action', code: 'condition-key-not-applicable', doc: when('StringLike', 's3:prefix', 'a/*', '*', '*') },
  {
    name: 'NotAction',
    code: 'condition-key-not-applicable',
    doc: policy({ Effect: 'Deny', NotAction: 's3:ListBucket', Resource: '*', Condition: { StringLike: { 's3:prefix': 'a/*' } } }),
  },
  {
    name: 'String on an ARN key',
    code: 'operator-type-mismatch',
    doc: when('StringLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/admin-*'),
  },
  { name: 'Numeric on aws:EpochTime', code: 'operator-type-mismatch', doc: when('NumericGreaterThan', 'aws:EpochTime', 1767225600) },
  { name: 'Date on a Date key', code: 'operator-type-mismatch', doc: when('DateGreaterThan', 'aws:CurrentTime', '2026-01-01') },
  { name: 'Null on any key', code: 'operator-type-mismatch', doc: when('Null', 'aws:CurrentTime', 'false') },
  {
    name: 'plain operator on a single-valued key',
    code: 'set-operator-on-single-valued-key',
    doc: when('StringEquals', 'aws:PrincipalOrgID', 'o-123'),
  },
  {
    name: 'ForAllValues on a multivalued key',
    code: 'missing-set-operator',
    doc: when('ForAllValues:StringEquals', 'aws:TagKeys', ['team']),
  },
  { name: 'Null on a multivalued key', code: 'missing-set-operator', doc: when('Null', 'aws:TagKeys', 'false') },
];

describe('condition findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('does not judge the values of an unknown operator, but still its keys (two typos, two findings)', () => {
    expect(
      findings(when('StringEqual', 'aws:SourceIps', '*'))
        .map((f) => f.code)
        .sort(),
    ).toEqual(['unknown-condition-key', 'unknown-condition-operator']);
    expect(findings(when('StringEqual', 'aws:SourceIp', '*')).map((f) => f.code)).toEqual(['unknown-condition-operator']);
  });

  it('knows exactly the operator names the engine accepts', () => {
    for (const name of allOperatorNames()) expect(isKnownOperator(name), name).toBe(true);
    expect(allOperatorNames()).toHaveLength(1 + 26 * 6);
    expect(unknownOperatorMessage('DateLesThan')).toBe('`DateLesThan` is not a condition operator (did you mean `DateLessThan`?)');
    expect(unknownOperatorMessage('Frobnicate')).toBe('`Frobnicate` is not a condition operator');
  });
});
