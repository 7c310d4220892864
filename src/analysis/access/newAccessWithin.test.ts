import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine';
import { permissiveCatalog, restoreScenario } from '../../model';
import { accessDiff, newAccessWithin, type DiffSide } from './accessDiff';

const ACCOUNT = '111111111111';
const anna = `arn:aws:iam::${ACCOUNT}:user/anna`;
const world = (statement: object) => ({
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: ACCOUNT,
  users: [{ name: 'anna', inlinePolicies: [{ name: 'p', document: { Version: '2012-10-17', Statement: [statement] } }] }],
  resources: [{ arn: 'arn:aws:s3:::shared-data' }, { arn: 'arn:aws:s3:::other' }],
});
function side(s: unknown): DiffSide {
  const r = restoreScenario(s, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, world: r.world, compiled: compileScenario(r.scenario, r.world) };
}
const before = side(world({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared-data/*' }));
const after = side(world({ Effect: 'Allow', Action: 's3:*', Resource: '*' }));
// The catalog's expansion, as the CLI and the worker pass it.
const expand = (pattern: string) => (pattern.toLowerCase() === 's3:*' ? ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] : []);

describe('new access within a scope', () => {
  it("asks about the scope's own action and resource, with the principal written as a query writes it", () => {
    const gained = newAccessWithin(before, after, {
      principal: 'user/anna',
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::shared-data/2026.parquet',
    });
    expect(gained).toEqual([{ principal: 'user/anna', action: 's3:PutObject', resource: 'arn:aws:s3:::shared-data/2026.parquet' }]);
    expect(
      newAccessWithin(before, after, { principal: anna, action: 's3:PutObject', resource: 'arn:aws:s3:::shared-data/2026.parquet' }),
    ).toHaveLength(1);
    expect(
      newAccessWithin(before, after, { principal: 'user/anna', action: 's3:GetObject', resource: 'arn:aws:s3:::shared-data/2026.parquet' }),
    ).toEqual([]);
  });

  it("expands the scope's action pattern in full, even to actions no policy names", () => {
    const gained = newAccessWithin(
      before,
      after,
      { principal: 'user/anna', action: 's3:*', resource: 'arn:aws:s3:::shared-data/*' },
      expand,
    );
    expect(new Set(gained.map((c) => c.action))).toEqual(new Set(['s3:PutObject', 's3:DeleteObject']));
  });

  it('reads a resource pattern by ARN rules, and finds nothing new in an unchanged world or for someone else', () => {
    const onOther = newAccessWithin(
      before,
      after,
      { principal: 'user/anna', action: 's3:GetObject', resource: 'arn:aws:s3:::shared-data/*' },
      expand,
    );
    expect(onOther).toEqual([]);
    expect(newAccessWithin(before, before, { principal: 'user/anna', action: '*', resource: '*' }, expand)).toEqual([]);
    expect(newAccessWithin(before, after, { principal: 'anonymous', action: 's3:*', resource: '*' }, expand)).toEqual([]);
    expect(newAccessWithin(before, after, { principal: 'user/anna', action: 's3:*', resource: '*' }, expand).length).toBeGreaterThan(0);
  });
});

describe('a scope too wide to expand (*)', () => {
  // The catalog: `*` is every action there is, far past what one question asks about action by action.
  const wide = (pattern: string) => (pattern === '*' ? Array.from({ length: 5_000 }, (_, i) => `svc${i}:Do`) : expand(pattern));

  it('covers every action of the services the policies name, so a new s3:* is found', () => {
    const gained = newAccessWithin(before, after, { principal: 'user/anna', action: '*', resource: 'arn:aws:s3:::shared-data/*' }, wide);
    expect(new Set(gained.map((c) => c.action))).toEqual(new Set(['s3:PutObject', 's3:DeleteObject']));
  });

  it('is named in the diff as standing for the actions the policies name', () => {
    const catalog = (pattern: string) => (pattern === 's3:*' ? Array.from({ length: 100 }, (_, i) => `s3:Action${i}`) : []);
    expect(accessDiff(before, after, catalog).unexpanded).toEqual(['s3:*']);
    expect(accessDiff(before, before, catalog).unexpanded).toEqual([]);
  });
});

describe("the diff's note of patterns it could not expand", () => {
  it('leaves out a wide pattern whose every action it asked about anyway', () => {
    const catalog = (pattern: string) => (pattern === 's3:*' ? Array.from({ length: 100 }, (_, i) => `s3:Action${i}`) : []);
    const every = Array.from({ length: 100 }, (_, i) => `s3:Action${i}`);
    expect(accessDiff(before, after, catalog, { actions: every }).unexpanded).toEqual([]);
    expect(accessDiff(before, after, catalog, { actions: every.slice(1) }).unexpanded).toEqual(['s3:*']);
  });
});
