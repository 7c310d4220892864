import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_LEVELS, type AccessLevel, type ServiceCatalog } from '../catalog';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled data; src/analysis itself is only ever handed it
import { loadAwsManagedPolicyCatalog } from '../data/awsManagedPolicies';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled data; src/analysis itself is only ever handed it
import { loadServiceCatalog } from '../data/serviceCatalog';
import type { ManagedPolicyCatalog } from '../model';
import { describeAccess, type LevelCount } from './accessLevels';
import { expandActionPattern } from './expandActions';
import { summarizePolicy, type PolicySummary, type ServiceSummary } from './policySummary';

let catalog: ServiceCatalog;
let managed: ManagedPolicyCatalog;
beforeAll(async () => {
  [catalog, managed] = await Promise.all([loadServiceCatalog(), loadAwsManagedPolicyCatalog()]);
});

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
const service = (s: PolicySummary, effect: 'allow' | 'deny', prefix: string): ServiceSummary | undefined =>
  s[effect].find((x) => x.service === prefix);

/** Per level, how many of a service's actions the patterns match: computed from the catalog, not copied. */
function expectedLevels(prefix: string, patterns: string[]): Map<AccessLevel, { granted: number; total: number }> {
  const hit = new Set(patterns.flatMap((p) => expandActionPattern(p, catalog).actions.map((a) => a.id)));
  const out = new Map<AccessLevel, { granted: number; total: number }>();
  for (const a of catalog.service(prefix)!.actions) {
    const e = out.get(a.accessLevel) ?? { granted: 0, total: 0 };
    e.total++;
    if (hit.has(a.id)) e.granted++;
    out.set(a.accessLevel, e);
  }
  return out;
}

describe('describeAccess', () => {
  const lv = (level: AccessLevel, granted: number, total: number): LevelCount => ({ level, granted, total });
  it('says Full access only when every level is complete', () => {
    expect(describeAccess([lv('List', 3, 3), lv('Read', 5, 5)])).toBe('Full access');
    expect(describeAccess([lv('List', 3, 3), lv('Read', 4, 5)])).toBe('Full: List · Limited: Read');
  });
  it('lists Full and Limited levels in the console order, and None when nothing is covered', () => {
    expect(describeAccess([lv('List', 1, 3), lv('Read', 5, 5), lv('Write', 2, 9), lv('Tagging', 0, 2)])).toBe(
      'Full: Read · Limited: List, Write',
    );
    expect(describeAccess([lv('List', 0, 3)])).toBe('None');
    expect(describeAccess([])).toBe('None');
  });
});

describe('summarizePolicy', () => {
  it('counts granted against total per access level, from the catalog', () => {
    const patterns = ['s3:Get*', 's3:List*'];
    const s = summarizePolicy(doc({ Effect: 'Allow', Action: patterns, Resource: '*' }), catalog);
    const s3 = service(s, 'allow', 's3')!;
    const expected = expectedLevels('s3', patterns);
    expect(s3.levels.map((l) => l.level)).toEqual(ACCESS_LEVELS.filter((l) => expected.has(l)));
    for (const l of s3.levels) expect({ granted: l.granted, total: l.total }).toEqual(expected.get(l.level));
    expect(s3.granted).toBe(s3.actions.length);
    expect(s3.total).toBe(catalog.service('s3')!.actions.length);
    expect(s3.fullAccess).toBe(false);
    expect(s3.access).toBe(describeAccess(s3.levels));
    expect(s3.name).toBe(catalog.service('s3')!.name);
    expect(s.deny).toEqual([]);
  });

  it('shows Full access for `service:*`, and lists services by name', () => {
    const s = summarizePolicy(doc({ Effect: 'Allow', Action: ['s3:*', 'iam:*', 'ec2:DescribeInstances'], Resource: '*' }), catalog);
    expect(service(s, 'allow', 's3')!.fullAccess).toBe(true);
    expect(service(s, 'allow', 's3')!.access).toBe('Full access');
    expect(service(s, 'allow', 'ec2')!.access).toMatch(/^Limited: /);
    const names = s.allow.map((x) => x.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('reads NotAction as every catalog action except those listed', () => {
    const s = summarizePolicy(doc({ Effect: 'Allow', NotAction: ['iam:*', 's3:Delete*'], Resource: '*' }), catalog);
    expect(service(s, 'allow', 'iam')).toBeUndefined();
    const s3 = service(s, 'allow', 's3')!;
    const deletes = expandActionPattern('s3:Delete*', catalog).actions.length;
    expect(s3.granted).toBe(catalog.service('s3')!.actions.length - deletes);
    expect(s3.actions.some((a) => a.startsWith('s3:Delete'))).toBe(false);
    expect(s.allow).toHaveLength(catalog.services.filter((x) => x.actions.length > 0 && x.prefix !== 'iam').length);
    expect(service(s, 'allow', 'ec2')!.fullAccess).toBe(true);
  });

  it('keeps explicit Deny in its own section, not subtracted from Allow', () => {
    const s = summarizePolicy(
      doc(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Sid: 'NoDeletes', Effect: 'Deny', Action: ['s3:DeleteObject', 's3:DeleteBucket'], Resource: '*' },
      ),
      catalog,
    );
    expect(service(s, 'allow', 's3')!.fullAccess).toBe(true);
    const deny = service(s, 'deny', 's3')!;
    expect([...deny.actions].sort()).toEqual(['s3:DeleteBucket', 's3:DeleteObject']);
    expect(deny.granted).toBe(2);
    expect(deny.fullAccess).toBe(false);
    expect(deny.statements).toEqual([1]);
    expect(s.deny).toHaveLength(1);
  });

  it('says whether a request condition applies, and which keys', () => {
    const s = summarizePolicy(
      doc(
        { Effect: 'Allow', Action: 'ec2:StartInstances', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
        { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } },
      ),
      catalog,
    );
    expect(service(s, 'allow', 'ec2')!.condition).toBe('some');
    expect(service(s, 'allow', 'ec2')!.conditions).toEqual([{ operator: 'Bool', key: 'aws:MultiFactorAuthPresent' }]);
    expect(service(s, 'allow', 's3')!.condition).toBe('all');
    expect(service(s, 'allow', 's3')!.conditions).toEqual([{ operator: 'IpAddress', key: 'aws:SourceIp' }]);
    expect(summarizePolicy(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), catalog).allow[0]!.condition).toBe('none');
  });

  it('gives the resource scope: all resources, patterns, or NotResource', () => {
    const all = summarizePolicy(doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), catalog).allow[0]!.scope;
    expect(all).toEqual({ allResources: true, resources: ['*'], notResources: [] });
    const some = summarizePolicy(
      doc(
        { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::a' },
      ),
      catalog,
    ).allow[0]!.scope;
    expect(some.allResources).toBe(false);
    expect(some.resources.sort()).toEqual(['arn:aws:s3:::a', 'arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']);
    const mixed = summarizePolicy(
      doc(
        { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::a/*' },
      ),
      catalog,
    ).allow[0]!.scope;
    expect(mixed.allResources).toBe(false);
    expect(mixed.resources).toContain('*');
    const not = summarizePolicy(doc({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::keep/*' }), catalog).deny[0]!.scope;
    expect(not).toEqual({ allResources: false, resources: [], notResources: ['arn:aws:s3:::keep/*'] });
  });

  it('reports unrecognised services, unknown actions and invalid patterns, and still summarises the rest', () => {
    const s = summarizePolicy(
      doc(
        { Effect: 'Allow', Action: ['nosuchservice:Get*', 's3:GetObjet', 's3', 's3:GetObject', 'zz*:Get*'], Resource: '*' },
        { Effect: 'Deny', NotAction: 'codedeployy:*', Resource: '*' },
      ),
      catalog,
    );
    expect(s.unrecognizedServices).toEqual(['codedeployy', 'nosuchservice']);
    const byPattern = Object.fromEntries(s.unrecognized.map((u) => [u.pattern, u]));
    expect(byPattern['nosuchservice:Get*']).toMatchObject({ reason: 'unknownService', effect: 'Allow', statement: 0, element: 'Action' });
    expect(byPattern['s3:GetObjet']!.reason).toBe('unknownAction');
    expect(byPattern['s3']!.reason).toBe('invalidPattern');
    expect(byPattern['zz*:Get*']!.reason).toBe('unknownAction');
    expect(byPattern['codedeployy:*']).toMatchObject({ reason: 'unknownService', effect: 'Deny', element: 'NotAction' });
    expect(byPattern['s3:GetObject']).toBeUndefined();
    expect(service(s, 'allow', 's3')!.actions).toEqual(['s3:GetObject']);
  });

  it('reads Statement as one object the same as a list of one', () => {
    const st = { Effect: 'Allow', Action: ['s3:Get*', 'sqs:SendMessage'], Resource: '*' };
    expect(summarizePolicy({ Version: '2012-10-17', Statement: st }, catalog)).toEqual(summarizePolicy(doc(st), catalog));
  });

  it('never throws on malformed input, and says what it skipped', () => {
    const inputs: unknown[] = [null, undefined, 'policy', 42, [], {}, { Statement: 5 }, { Statement: [null, 'x', 7] }];
    for (const input of inputs) {
      const s = summarizePolicy(input, catalog);
      expect(s.allow).toEqual([]);
      expect(s.deny).toEqual([]);
      expect(s.problems.length).toBeGreaterThan(0);
    }
    const hostile = {
      get Statement(): unknown {
        throw new Error('boom');
      },
    };
    expect(summarizePolicy(hostile, catalog).problems[0]!.message).toMatch(/boom/);
  });

  it('skips only the broken statements and entries', () => {
    const s = summarizePolicy(
      doc(
        { Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Permit', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:GetObject', NotAction: 's3:PutObject', Resource: '*' },
        { Effect: 'Allow', Resource: '*' },
        { Effect: 'Allow', Action: ['sqs:SendMessage', 17, { a: 1 }], Resource: '*', Condition: 'yes' },
      ),
      catalog,
    );
    expect(s.problems.map((p) => p.statement)).toEqual([0, 1, 2, 3, 4, 4, 4]);
    expect(s.allow.map((x) => x.actions)).toEqual([['sqs:SendMessage']]);
    expect(s.statements).toBe(5);
  });

  it('is plain JSON data', () => {
    const s = summarizePolicy(
      doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      catalog,
    );
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('summarises ReadOnlyAccess as allow-only, reading the conditional statement as conditional', () => {
    const ro = managed.get('arn:aws:iam::aws:policy/ReadOnlyAccess')!;
    const s = summarizePolicy(ro.document, catalog);
    expect(s.deny).toEqual([]);
    expect(s.problems).toEqual([]);
    expect(s.allow.length).toBeGreaterThan(100);
    // Every allowed action is one the document's patterns name.
    const statements = Array.isArray(ro.document.Statement) ? ro.document.Statement : [ro.document.Statement];
    const named = new Set(
      statements.flatMap((st) => [st.Action ?? []].flat().flatMap((p) => expandActionPattern(p, catalog).actions.map((a) => a.id))),
    );
    expect(s.allow.flatMap((x) => x.actions).every((id) => named.has(id))).toBe(true);
    expect(s.allow.reduce((n, x) => n + x.granted, 0)).toBe(named.size);
    const conditioned = statements.findIndex((st) => st.Condition !== undefined);
    if (conditioned >= 0) {
      const touched = s.allow.filter((x) => x.statements.includes(conditioned));
      expect(touched.length).toBeGreaterThan(0);
      for (const x of touched) expect(x.condition).not.toBe('none');
    }
  });
});
