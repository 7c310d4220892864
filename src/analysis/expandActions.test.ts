import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../catalog';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled data; src/analysis itself is only ever handed it
import { loadServiceCatalog } from '../data/serviceCatalog';
import { actionsCoveredBy, expandActionPattern, expandNotAction } from './expandActions';

let catalog: ServiceCatalog;
beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

const allActions = () => catalog.services.flatMap((s) => s.actions);
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('expandActionPattern', () => {
  it('names one action exactly, in any case, with the reference spelling and access level', () => {
    const info = catalog.action('s3:GetObject')!;
    for (const pattern of ['s3:GetObject', 'S3:getobject', 's3:GETOBJECT']) {
      const e = expandActionPattern(pattern, catalog);
      expect(e.pattern).toBe(pattern);
      expect(e.actions).toEqual([{ id: info.id, accessLevel: info.accessLevel }]);
      expect(e.services).toBe(1);
    }
  });

  it('expands a trailing `*` within the service, in catalog order', () => {
    const s3 = catalog.service('s3')!;
    const expected = s3.actions.filter((a) => a.name.toLowerCase().startsWith('get')).map((a) => a.id);
    const e = expandActionPattern('s3:Get*', catalog);
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(e.actions)).toEqual(expected);
    expect(e.services).toBe(1);
  });

  it('treats `?` as exactly one character', () => {
    const e = expandActionPattern('iam:?etUser', catalog);
    expect(ids(e.actions)).toContain('iam:GetUser');
    for (const a of e.actions) expect(a.id).toMatch(/^iam:.etUser$/i);
    expect(ids(expandActionPattern('iam:?User', catalog).actions)).not.toContain('iam:GetUser');
  });

  it('`*` alone is the whole catalog; a service wildcard spans services', () => {
    const all = expandActionPattern('*', catalog);
    expect(all.actions).toHaveLength(catalog.actionCount);
    expect(all.services).toBe(catalog.services.filter((s) => s.actions.length > 0).length);

    const anyGet = expandActionPattern('*:Get*', catalog);
    expect(anyGet.services).toBeGreaterThan(50);
    for (const a of anyGet.actions) expect(a.id.split(':')[1]!.toLowerCase().startsWith('get')).toBe(true);
    const ec2Prefixed = expandActionPattern('ec2*:*', catalog);
    const ec2Services = catalog.services.filter((s) => s.prefix.startsWith('ec2'));
    expect(ec2Prefixed.services).toBe(ec2Services.filter((s) => s.actions.length > 0).length);
  });

  it('matches nothing for a pattern without a colon, an unknown service, or a misspelling', () => {
    for (const pattern of ['s3', 'GetObject', 'nosuchservice:Get*', 's3:GetObjet', '']) {
      expect(expandActionPattern(pattern, catalog)).toEqual({ pattern, actions: [], services: 0 });
    }
  });
});

describe('expandNotAction', () => {
  it('is every catalog action except the ones listed', () => {
    const s3Count = catalog.service('s3')!.actions.length;
    const e = expandNotAction(['s3:*'], catalog);
    expect(e.patterns).toEqual(['s3:*']);
    expect(e.actions).toHaveLength(catalog.actionCount - s3Count);
    expect(e.actions.some((a) => a.id.startsWith('s3:'))).toBe(false);
    expect(ids(e.actions)).toContain('s3express:CreateSession');
  });

  it('excludes exactly the matched actions, whatever the case, and keeps catalog order', () => {
    const e = expandNotAction(['IAM:PassRole', 'sts:AssumeRole'], catalog);
    expect(e.actions).toHaveLength(catalog.actionCount - 2);
    expect(ids(e.actions)).not.toContain('iam:PassRole');
    expect(ids(e.actions)).not.toContain('sts:AssumeRole');
    const catalogOrder = ids(allActions()).filter((id) => id !== 'iam:PassRole' && id !== 'sts:AssumeRole');
    expect(ids(e.actions)).toEqual(catalogOrder);
  });

  it('`*` leaves nothing; a pattern that matches nothing leaves everything', () => {
    expect(expandNotAction('*', catalog).actions).toEqual([]);
    expect(expandNotAction('nosuch:*', catalog).actions).toHaveLength(catalog.actionCount);
    expect(expandNotAction([], catalog).actions).toHaveLength(catalog.actionCount);
  });
});

describe('actionsCoveredBy', () => {
  it('takes several patterns once each, overlapping or not, in catalog order', () => {
    const covered = actionsCoveredBy(['s3:GetObject', 's3:Get*', 'iam:GetUser', 's3:GetObject'], false, catalog).map((a) => a.id);
    expect(new Set(covered).size).toBe(covered.length);
    const order = ids(allActions());
    const positions = covered.map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(covered).toContain('iam:GetUser');
    expect(covered.length).toBe(expandActionPattern('s3:Get*', catalog).actions.length + 1);
  });

  it('with notAction, is the complement of the same patterns', () => {
    const patterns = ['ec2:Describe*', 'kms:*'];
    const inside = actionsCoveredBy(patterns, false, catalog);
    const outside = actionsCoveredBy(patterns, true, catalog);
    expect(inside.length + outside.length).toBe(catalog.actionCount);
    const set = new Set(inside);
    expect(outside.some((a) => set.has(a))).toBe(false);
  });
});
