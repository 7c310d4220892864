import { describe, expect, it } from 'vitest';
import { RCP_SERVICES } from '../../engine';
import { expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings, catalog } = useCatalog();

const actions = (...list: string[]) => policy({ Effect: 'Allow', Action: list, Resource: '*' });
const RCP = '/organization/policies/1/document';
const rcp = (action: string) => policy({ Effect: 'Deny', Principal: '*', Action: action, Resource: '*' });

const triggers: Triggers[] = [
  { name: 'no colon', code: 'malformed-action', severity: 'error', path: `${st()}/Action/0`, doc: actions('s3GetObject') },
  {
    name: 'nothing after the colon',
    code: 'malformed-action',
    severity: 'error',
    path: `${st()}/Action/1`,
    doc: actions('s3:GetObject', 's3:'),
  },
  { name: 'a space inside', code: 'malformed-action', severity: 'error', path: `${st()}/Action/0`, doc: actions('s3:Get Object') },
  {
    name: 'unknown prefix',
    code: 'unknown-service',
    severity: 'error',
    path: `${st()}/Action/0`,
    doc: actions('s4:GetObject'),
    message: 'did you mean `s3`?',
  },
  {
    name: 'unknown prefix with a wildcard name',
    code: 'unknown-service',
    severity: 'error',
    path: `${st()}/Action/0`,
    doc: actions('nosuchservice:*'),
  },
  {
    name: 'misspelt action',
    code: 'unknown-action',
    severity: 'error',
    path: `${st()}/Action/0`,
    doc: actions('s3:GetObjects'),
    message: 'did you mean `s3:GetObject`?',
  },
  {
    name: 'action as a single string',
    code: 'unknown-action',
    severity: 'error',
    path: `${st()}/Action`,
    doc: policy({ Effect: 'Allow', Action: 'iam:ListUser', Resource: '*' }),
  },
  {
    name: 'misspelt action in NotAction',
    code: 'unknown-action',
    severity: 'error',
    path: `${st()}/NotAction/0`,
    doc: policy({ Effect: 'Deny', NotAction: ['iam:GetUsr'], Resource: '*' }),
  },
  {
    name: 'pattern without a match',
    code: 'action-matches-nothing',
    severity: 'warning',
    path: `${st()}/Action/0`,
    doc: actions('s3:Gte*'),
  },
  {
    name: 'service pattern without a match',
    code: 'action-matches-nothing',
    severity: 'warning',
    path: `${st()}/Action/0`,
    doc: actions('zz*:Get*'),
  },
  {
    name: 'EC2 in an RCP',
    code: 'rcp-unsupported-service',
    severity: 'error',
    path: `${RCP}/Statement/0/Action`,
    kind: 'rcp',
    basePath: RCP,
    doc: rcp('ec2:RunInstances'),
  },
];

const passes: Passes[] = [
  { name: 'every action', code: 'malformed-action', doc: actions('*') },
  { name: 'well formed', code: 'malformed-action', doc: actions('s3:GetObject') },
  { name: 'known prefix in any case', code: 'unknown-service', doc: actions('S3:GetObject', 'IAM:*') },
  { name: 'exact action in any case', code: 'unknown-action', doc: actions('s3:getobject', 'IAM:LISTUSERS') },
  { name: 'pattern with matches', code: 'action-matches-nothing', doc: actions('s3:Get*', 'iam:?etUser', 's*:List*') },
  { name: 'misspelt exact name is an error, not a warning', code: 'action-matches-nothing', doc: actions('s3:GetObjects') },
  { name: 'S3 in an RCP', code: 'rcp-unsupported-service', kind: 'rcp', basePath: RCP, doc: rcp('s3:GetObject') },
  { name: 'every action in an RCP', code: 'rcp-unsupported-service', kind: 'rcp', basePath: RCP, doc: rcp('*') },
  {
    name: 'EC2 in an SCP',
    code: 'rcp-unsupported-service',
    kind: 'scp',
    basePath: RCP,
    doc: policy({ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }),
  },
];

describe('action findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('reports an unknown action once, not also as matching nothing', () => {
    expect(findings(actions('s3:GetObjects')).map((f) => f.code)).toEqual(['unknown-action']);
  });

  it('knows every service RCPs support', () => {
    for (const prefix of RCP_SERVICES) expect(catalog().service(prefix), prefix).toBeDefined();
  });
});
