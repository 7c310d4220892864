import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

const read = (action: string | string[]) => ({ Effect: 'Allow', Action: action, Resource: 'arn:aws:s3:::b/*' });
const BUCKET = '/resources/0/policy';

const triggers: Triggers[] = [
  {
    name: 'exact beside its wildcard',
    code: 'redundant-action',
    severity: 'suggestion',
    path: `${st()}/Action/0`,
    doc: policy(read(['s3:GetObject', 's3:Get*'])),
    message: 'already covered by `s3:Get*`',
  },
  {
    name: 'pattern inside a wider pattern',
    code: 'redundant-action',
    severity: 'suggestion',
    path: `${st()}/Action/1`,
    doc: policy(read(['s3:*', 's3:Get*'])),
  },
  {
    name: 'anything beside *',
    code: 'redundant-action',
    severity: 'suggestion',
    path: `${st()}/Action/0`,
    doc: policy(read(['iam:ListUsers', '*'])),
  },
  {
    name: 'the same action twice, in another case',
    code: 'redundant-action',
    severity: 'suggestion',
    path: `${st()}/Action/1`,
    doc: policy(read(['s3:GetObject', 's3:getobject'])),
    message: 'listed twice',
  },
  {
    name: 'in NotAction',
    code: 'redundant-action',
    severity: 'suggestion',
    path: `${st()}/NotAction/1`,
    doc: policy({ Effect: 'Deny', NotAction: ['iam:*', 'iam:GetUser'], Resource: '*' }),
  },
  {
    name: 'a repeated statement',
    code: 'duplicate-statement',
    severity: 'suggestion',
    path: st(2),
    doc: policy(read('s3:GetObject'), read('s3:PutObject'), read('s3:GetObject')),
  },
  {
    name: 'a repeated statement with another Sid and key order',
    code: 'duplicate-statement',
    severity: 'suggestion',
    path: st(1),
    doc: policy({ Sid: 'A', ...read('s3:GetObject') }, { Resource: 'arn:aws:s3:::b/*', Action: 's3:GetObject', Effect: 'Allow', Sid: 'B' }),
    message: 'only the `Sid` differs',
  },
  { name: 'empty Action', code: 'empty-array', severity: 'suggestion', path: `${st()}/Action`, doc: policy(read([])) },
  {
    name: 'empty Resource',
    code: 'empty-array',
    severity: 'suggestion',
    path: `${st()}/Resource`,
    doc: policy({ ...read('s3:GetObject'), Resource: [] }),
  },
  {
    name: 'empty principal list',
    code: 'empty-array',
    severity: 'suggestion',
    path: `${BUCKET}/Statement/0/Principal/AWS`,
    kind: 'resource',
    basePath: BUCKET,
    doc: policy({ ...read('s3:GetObject'), Principal: { AWS: [] } }),
  },
  {
    name: 'empty condition values',
    code: 'empty-array',
    severity: 'suggestion',
    path: `${st()}/Condition/StringEquals/aws:username`,
    doc: policy({ ...read('s3:GetObject'), Condition: { StringEquals: { 'aws:username': [] } } }),
  },
  {
    name: 'empty Condition',
    code: 'empty-condition',
    severity: 'suggestion',
    path: `${st()}/Condition`,
    doc: policy({ ...read('s3:GetObject'), Condition: {} }),
  },
  {
    name: 'empty operator block',
    code: 'empty-condition',
    severity: 'suggestion',
    path: `${st()}/Condition/Bool`,
    doc: policy({ ...read('s3:GetObject'), Condition: { Bool: {} } }),
  },
];

const passes: Passes[] = [
  {
    name: 'two patterns that overlap without one covering the other',
    code: 'redundant-action',
    doc: policy(read(['s3:Get*', 's3:*Object'])),
  },
  { name: 'exact actions of two services', code: 'redundant-action', doc: policy(read(['s3:GetObject', 'iam:GetUser'])) },
  {
    name: 'the same action in two statements',
    code: 'redundant-action',
    doc: policy(read('s3:GetObject'), { ...read('s3:GetObject'), Resource: 'arn:aws:s3:::c/*' }),
  },
  {
    name: 'statements that differ in one value',
    code: 'duplicate-statement',
    doc: policy(read('s3:GetObject'), { ...read('s3:GetObject'), Resource: 'arn:aws:s3:::c/*' }),
  },
  { name: 'a single-object statement', code: 'duplicate-statement', doc: { Version: '2012-10-17', Statement: read('s3:GetObject') } },
  {
    name: 'filled lists',
    code: 'empty-array',
    doc: policy({ ...read(['s3:GetObject']), Condition: { StringEquals: { 'aws:username': ['a'] } } }),
  },
  {
    name: 'a filled Condition',
    code: 'empty-condition',
    doc: policy({ ...read('s3:GetObject'), Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
  },
];

describe('suggestion findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('keeps the first of two equal entries', () => {
    const found = findings(policy(read(['s3:GetObject', 's3:GetObject']))).filter((f) => f.code === 'redundant-action');
    expect(found.map((f) => f.path)).toEqual([`${st()}/Action/1`]);
  });
});
