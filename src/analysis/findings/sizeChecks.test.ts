import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, policy, useCatalog, type Passes, type Triggers, sized } from './testing';

const { findings } = useCatalog();

const sizeOf = (doc: unknown) => JSON.stringify(doc).length;

const USER_INLINE = '/users/3/inlinePolicies/0/document';
const SCP = '/organization/policies/0/document';
const RESOURCE = '/resources/0/policy';

const triggers: Triggers[] = [
  { name: 'managed policy over 6,144', code: 'policy-too-large', severity: 'error', path: '/policies/0/document', doc: sized(70) },
  {
    name: 'user inline policy over 2,048',
    code: 'policy-too-large',
    severity: 'error',
    path: USER_INLINE,
    basePath: USER_INLINE,
    doc: sized(25),
  },
  {
    name: 'trust policy over 2,048',
    code: 'policy-too-large',
    severity: 'error',
    path: '/roles/0/trustPolicy',
    kind: 'trust',
    basePath: '/roles/0/trustPolicy',
    doc: sized(25),
  },
  { name: 'SCP over 5,120', code: 'policy-too-large', severity: 'error', path: SCP, kind: 'scp', basePath: SCP, doc: sized(60) },
  {
    name: 'bucket policy over 20 KB',
    code: 'policy-too-large',
    severity: 'error',
    path: RESOURCE,
    kind: 'resource',
    basePath: RESOURCE,
    options: { resourceArn: 'arn:aws:s3:::bucket' },
    doc: sized(240),
  },
  {
    name: 'session policy over 2,048',
    code: 'policy-too-large',
    severity: 'error',
    path: '/queries/0/sessionPolicy',
    kind: 'session',
    basePath: '/queries/0/sessionPolicy',
    doc: sized(25),
  },
];

const passes: Passes[] = [
  { name: 'managed policy under the quota', code: 'policy-too-large', doc: sized(25) },
  {
    name: 'group inline policy (5,120) of 2,500 characters',
    code: 'policy-too-large',
    basePath: '/groups/0/inlinePolicies/0/document',
    doc: sized(25),
  },
  {
    name: 'bucket policy of 6 KB',
    code: 'policy-too-large',
    kind: 'resource',
    basePath: RESOURCE,
    options: { resourceArn: 'arn:aws:s3:::bucket' },
    doc: sized(70),
  },
  { name: 'resource policy of an unknown quota', code: 'policy-too-large', kind: 'resource', basePath: RESOURCE, doc: sized(240) },
];

describe('size findings', () => {
  it('builds documents of the intended sizes', () => {
    expect(sizeOf(sized(25))).toBeGreaterThan(2048);
    expect(sizeOf(sized(25))).toBeLessThan(5120);
    expect(sizeOf(sized(70))).toBeGreaterThan(6144);
    expect(sizeOf(sized(240))).toBeGreaterThan(20480);
  });
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath, c.options), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath, c.options), c.code));

  it('does not count white space in IAM policies', () => {
    const doc = policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'a'.repeat(1850)}/*`, Sid: 'A' });
    const spaced = { ...doc, Id: ' '.repeat(200) };
    expect(JSON.stringify(spaced).length).toBeGreaterThan(2048);
    expectNoFinding(findings(spaced, 'identity', USER_INLINE), 'policy-too-large');
  });

  it('links the quota page of the policy kind', () => {
    const [scp] = findings(sized(60), 'scp', SCP).filter((f) => f.code === 'policy-too-large');
    expect(scp!.docUrl).toContain('orgs_reference_limits');
    expect(scp!.message).toMatch(/^the policy is [\d,]+ characters \(even without white space\); AWS allows 5,120 for an SCP$/);
  });
});
