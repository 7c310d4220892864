import { beforeEach, describe, expect, it } from 'vitest';
import { collapseContainers } from '../features/graph/elements/collapse';
import { scenarioToGraph } from '../features/graph/elements/scenarioToGraph';
import { permissiveCatalog, restoreScenario, type Scenario } from '../model';
import { currentRestored, rememberRestored, restoredWorldOf } from './restoredScenario';
import { useScenarioStore } from './scenarioStore';

const base: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'Two users',
  groups: [{ name: 'Developers', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
  users: [{ name: 'priya', groups: ['Developers'] }, { name: 'sam' }],
  queries: [{ name: 'read', principal: 'user/priya', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }],
};

const store = () => useScenarioStore.getState();
const userNames = () => [...currentRestored().world.users.values()].map((u) => u.name);
const drawn = () => {
  const r = currentRestored();
  return collapseContainers(scenarioToGraph(r, { ok: true, assumeEdges: [] }), new Set(r.scenario.layout?.collapsed ?? []));
};

beforeEach(() => store().open('s1', structuredClone(base)));

describe('the restored scenario the views read', () => {
  it('takes the world of a document restored whole where it was opened, the same as restoring it again', () => {
    const fresh = currentRestored();
    const doc = structuredClone(base);
    const whole = restoreScenario(doc, permissiveCatalog);
    if (!whole.ok) throw new Error('the base scenario restores');
    rememberRestored(doc, whole);
    store().open('s2', doc);
    const reused = currentRestored();
    expect(reused.world).toBe(whole.world);
    expect(reused.world).toEqual(fresh.world);
    expect(reused.scenario).toEqual(fresh.scenario);
    expect(restoredWorldOf(store()).scenario).not.toHaveProperty('queries');
  });

  it('is the typed document with its references resolved', () => {
    const r = currentRestored();
    expect(r.current).toBe(true);
    expect(r.errors).toEqual([]);
    expect(userNames()).toEqual(['priya', 'sam']);
    expect(r.world.users.get('arn:aws:iam::123456789012:user/priya')!.groups.map((g) => g.name)).toEqual(['Developers']);
    expect(r.scenario.queries?.[0]?.name).toBe('read');
  });

  // The two documents the raw JSON tab could put in the store that used to throw in the graph.
  for (const [label, patch, path] of [
    ['"users": {}', { users: {} }, '/users'],
    ['"organization": {}', { organization: {} }, '/organization'],
  ] as const) {
    it(`keeps the last readable state, marked stale, when the document holds ${label}`, () => {
      store().replace('raw edit', { ...base, ...patch });
      const r = currentRestored();
      expect(r.current).toBe(false);
      expect(r.errors.some((e) => e.path.startsWith(path))).toBe(true);
      expect(userNames()).toEqual(['priya', 'sam']);
      const graph = drawn();
      expect(graph.nodes.some((n) => n.data.kind === 'user' && n.data.name === 'sam')).toBe(true);
      // Fixing the JSON makes it current again, with what the fix says.
      store().replace('raw edit', { ...base, users: [{ name: 'ana' }] });
      expect(currentRestored().current).toBe(true);
      expect(userNames()).toEqual(['ana']);
    });
  }

  it('draws an inconsistent document as far as it resolves, with the errors beside it', () => {
    store().replace('raw edit', { ...base, users: [{ name: 'priya', groups: ['Nobody'] }] });
    const r = currentRestored();
    expect(r.current).toBe(true);
    expect(r.errors.map((e) => e.path)).toContain('/users/0/groups/0');
    expect(r.world.users.get('arn:aws:iam::123456789012:user/priya')!.groups).toEqual([]);
    expect(drawn().edges.filter((e) => e.kind === 'member')).toEqual([]);
  });

  it('does not restore the world again for a query edit: the world views keep the same object', () => {
    const before = restoredWorldOf(store());
    const layoutBefore = { positions: { a: { x: 1, y: 2 } } };
    store().update('move', (d) => void (d.layout = layoutBefore));
    const layout = currentRestored().scenario.layout;
    store().update('rename query', (d) => void (d.queries![0]!.name = 'read it'));
    expect(restoredWorldOf(store())).toBe(before);
    expect(currentRestored().scenario.queries?.[0]?.name).toBe('read it');
    // The layout was not read again either: the graph's layout memo holds.
    expect(currentRestored().scenario.layout).toBe(layout);
  });

  it('points a half-typed query at its own path, and keeps the last readable queries', () => {
    store().replace('raw edit', { ...base, queries: [base.queries![0], { name: 'half', principal: '' }] });
    const r = currentRestored();
    expect(r.current).toBe(false);
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/queries/1/principal', '/queries/1/action']));
    expect(r.scenario.queries?.map((q) => q.name)).toEqual(['read']);
  });

  it('starts from an empty world when another scenario opens that cannot be read', () => {
    store().open('s2', { format: 'iam-playground/scenario', version: 1, users: {} });
    expect(currentRestored().current).toBe(false);
    expect(userNames()).toEqual([]);
  });

  it('refuses an edit whose recipe no longer fits the document, and keeps the document', () => {
    store().replace('raw edit', { ...base, users: {} });
    const document = store().document;
    const applied = store().update('rename user', (d) => void (d.users![1]!.name = 'samuel'));
    expect(applied).toBe(false);
    expect(store().document).toBe(document);
  });
});
