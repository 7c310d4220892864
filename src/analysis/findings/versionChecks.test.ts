import { describe, expect, it } from 'vitest';
import { BASE, expectFinding, expectNoFinding, policy, st, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

const home = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' };
const tagged = {
  Effect: 'Allow',
  Action: 'ec2:StartInstances',
  Resource: '*',
  Condition: { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
};

const triggers: Triggers[] = [
  {
    name: 'variable in Resource without Version',
    code: 'variables-without-version',
    severity: 'warning',
    path: `${BASE}/Statement/0/Resource`,
    doc: { Statement: [home] },
    message: 'no `Version`',
  },
  {
    name: 'variable in a condition with 2008-10-17',
    code: 'variables-without-version',
    severity: 'warning',
    path: `${st()}/Condition/StringEquals/aws:ResourceTag~1owner`,
    doc: { Version: '2008-10-17', Statement: [tagged] },
  },
  {
    name: 'no Version and no variables',
    code: 'missing-version',
    severity: 'suggestion',
    path: BASE,
    doc: { Statement: [{ ...home, Resource: 'arn:aws:s3:::home/*' }] },
  },
];

const passes: Passes[] = [
  { name: 'variables with 2012-10-17', code: 'variables-without-version', doc: policy(home, tagged) },
  {
    name: 'no variables on 2008-10-17',
    code: 'variables-without-version',
    doc: { Version: '2008-10-17', Statement: [{ ...home, Resource: '*' }] },
  },
  { name: 'Version present', code: 'missing-version', doc: policy(home) },
  { name: 'no Version but variables (the warning says it)', code: 'missing-version', doc: { Statement: [home] } },
];

describe('version findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('reports one missing version per document, at the first variable', () => {
    const found = findings({ Statement: [home, tagged] }).filter((f) => f.code === 'variables-without-version');
    expect(found.map((f) => f.path)).toEqual([`${BASE}/Statement/0/Resource`]);
  });
});
