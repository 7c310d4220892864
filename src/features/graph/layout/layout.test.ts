import { describe, expect, it } from 'vitest';
import { computeLayout } from './autoLayout';
import { isContainer } from '../elements/graphModel';
import { placeNewNodes } from './incrementalLayout';
import { layoutInput, placeableIds } from './layoutInput';
import { NODE_BASE_HEIGHT, NODE_WIDTH, nodeSize } from './nodeSize';
import { overlaps, placeGraph } from './placement';
import { evaluate, examples, graphOf, scenario } from '../elements/testScenarios';
import { freeSlot, nearestFree } from './freeSlot';
import { dragMoves } from './dragMoves';

describe('automatic layout', () => {
  it('places every node left to right without overlaps: user, group, policy', () => {
    const model = graphOf(examples.starter, evaluate(examples.starter));
    const positions = computeLayout(layoutInput(model));
    expect(Object.keys(positions).sort()).toEqual(placeableIds(model).sort());
    const x = (suffix: string) => positions[model.nodes.find((n) => n.id.endsWith(suffix))!.id]!.x;
    expect(x(':user/priya')).toBeLessThan(x(':group/Developers'));
    expect(x(':group/Developers')).toBeLessThan(x(':policy/S3ReadAssets'));
    const placed = placeGraph(model, positions).filter((p) => !isContainer(p.node.data));
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(overlaps({ ...a.absolute, ...a }, { ...b.absolute, ...b })).toBe(false);
  });

  it('keeps SCPs in a column left of the organization', () => {
    const model = graphOf(examples.scpGuardrail, null);
    const positions = computeLayout(layoutInput(model));
    const scp = positions['orgpolicy:scp:DenyOutsideEU']!;
    const leaves = placeableIds(model).filter((id) => !id.startsWith('orgpolicy:'));
    expect(scp.x + NODE_WIDTH).toBeLessThan(Math.min(...leaves.map((id) => positions[id]!.x)));
  });

  it('lays out a thousand nodes in one go', () => {
    const users = Array.from({ length: 600 }, (_, i) => ({ name: `u${i}`, groups: [`g${i % 40}`], managedPolicies: [`p${i % 60}`] }));
    const big = scenario({
      users,
      groups: Array.from({ length: 40 }, (_, i) => ({ name: `g${i}`, managedPolicies: [`p${i}`] })),
      policies: Array.from({ length: 60 }, (_, i) => ({ name: `p${i}`, document: { Statement: [] } })),
      roles: Array.from({ length: 300 }, (_, i) => ({ name: `r${i}`, managedPolicies: [`p${i % 60}`] })),
    });
    const model = graphOf(big, null);
    const positions = computeLayout(layoutInput(model));
    expect(Object.keys(positions)).toHaveLength(1000);
  });
});

describe('placeGraph', () => {
  it('derives container boxes from their contents and positions children relative to them', () => {
    const model = graphOf(examples.scpGuardrail, null);
    const placed = placeGraph(model, computeLayout(layoutInput(model)));
    const byId = new Map(placed.map((p) => [p.node.id, p]));
    for (const p of placed) {
      if (!p.node.parent) continue;
      const parent = byId.get(p.node.parent)!;
      expect(p.absolute.x).toBeGreaterThan(parent.absolute.x);
      expect(p.absolute.y).toBeGreaterThan(parent.absolute.y);
      expect(p.absolute.x + p.width).toBeLessThan(parent.absolute.x + parent.width);
      expect(p.absolute.y + p.height).toBeLessThan(parent.absolute.y + parent.height);
      expect(p.position).toEqual({ x: p.absolute.x - parent.absolute.x, y: p.absolute.y - parent.absolute.y });
    }
  });

  it('hides nodes that have no position yet', () => {
    const model = graphOf(scenario({ users: [{ name: 'a' }, { name: 'b' }] }), null);
    const placed = placeGraph(model, { 'user:arn:aws:iam::123456789012:user/a': { x: 100, y: 50 } });
    expect(placed.map((p) => [p.node.id, p.hidden])).toEqual([
      ['account:123456789012', false],
      ['user:arn:aws:iam::123456789012:user/a', false],
      ['user:arn:aws:iam::123456789012:user/b', true],
    ]);
    expect(placed[0]!.absolute).toEqual({ x: 80, y: 10 });
    expect(placed[1]!.position).toEqual({ x: 20, y: 40 });
  });
});

describe('placing new nodes', () => {
  it('puts a new node next to its placed neighbour, where dagre would relative to it, and never on top of another', () => {
    const before = scenario({ users: [{ name: 'a', groups: ['g'] }], groups: [{ name: 'g' }] });
    const after = scenario({ ...before, users: [...before.users!, { name: 'b', groups: ['g'] }] });
    const model = graphOf(after, null);
    const fresh = computeLayout(layoutInput(model));
    const g = 'group:arn:aws:iam::123456789012:group/g';
    const a = 'user:arn:aws:iam::123456789012:user/a';
    const b = 'user:arn:aws:iam::123456789012:user/b';
    // The user moved things: the group sits far from where dagre puts it.
    const current = { [g]: { x: 1000, y: 1000 }, [a]: { x: 700, y: 1000 } };
    const placed = placeNewNodes(model, current, fresh, [b]);
    expect(placed[b]!.x).toBe(fresh[b]!.x + 1000 - fresh[g]!.x);
    const size = nodeSize(model.nodes.find((n) => n.id === b)!.data);
    expect(overlaps({ ...placed[b]!, ...size }, { ...current[a]!, ...size })).toBe(false);
  });

  it('uses the fresh layout as is when nothing was placed before', () => {
    const model = graphOf(examples.starter, null);
    const fresh = computeLayout(layoutInput(model));
    expect(placeNewNodes(model, {}, fresh, placeableIds(model))).toEqual(fresh);
  });

  it('a toolbar-created node goes to its kind’s column in its account, in the first free row', () => {
    const model = graphOf(scenario({ users: [{ name: 'a' }] }), null);
    const placed = placeGraph(model, { 'user:arn:aws:iam::123456789012:user/a': { x: 0, y: 0 } });
    const group = freeSlot('group', 'account:123456789012', placed, { x: 500, y: 500 });
    expect(group.y).toBe(0);
    expect(group.x).toBeGreaterThan(NODE_WIDTH);
    const user = freeSlot('user', 'account:123456789012', placed, { x: 500, y: 500 });
    expect(user.x).toBe(0);
    expect(user.y).toBeGreaterThan(50);
    expect(freeSlot('user', null, [], { x: 500, y: 500 })).toEqual({ x: 500, y: 500 });
    // Right-click on a node: the new one goes just below it.
    expect(nearestFree({ x: 10, y: 10 }, placed).y).toBeGreaterThan(NODE_BASE_HEIGHT);
    expect(nearestFree({ x: 900, y: 10 }, placed)).toEqual({ x: 900, y: 10 });
  });
});

describe('dragMoves', () => {
  const s = scenario({
    accounts: [{ id: '111111111111' }, { id: '222222222222' }],
    users: [{ name: 'a' }, { name: 'b', account: '222222222222' }],
  });
  const model = graphOf(s, null);
  const a = 'user:arn:aws:iam::111111111111:user/a';
  const b = 'user:arn:aws:iam::222222222222:user/b';
  const placed = placeGraph(model, { [a]: { x: 0, y: 0 }, [b]: { x: 500, y: 0 } });

  it('saves a dropped node where it landed, rounded, and nothing for a click', () => {
    expect(dragMoves([{ id: a, absolute: { x: 10.4, y: 20.6 } }], placed, model)).toEqual({ [a]: { x: 10, y: 21 } });
    expect(dragMoves([{ id: a, absolute: { x: 0.2, y: 0 } }], placed, model)).toEqual({});
  });

  it('moving an account box moves what is inside it', () => {
    const box = placed.find((p) => p.node.id === 'account:222222222222')!;
    const moves = dragMoves([{ id: box.node.id, absolute: { x: box.absolute.x + 30, y: box.absolute.y - 5 } }], placed, model);
    expect(moves).toEqual({ [b]: { x: 530, y: -5 } });
  });
});

describe('columns', () => {
  it('an identity without edges stands in its kind’s column, not among the policies', () => {
    const model = graphOf(examples.starter, evaluate(examples.starter));
    const positions = computeLayout(layoutInput(model));
    const x = (suffix: string) => positions[model.nodes.find((n) => n.id.endsWith(suffix))!.id]!.x;
    expect(x(':user/sam')).toBe(x(':user/priya'));
    const lonelyGroup = scenario({
      users: [{ name: 'u', groups: ['g'] }],
      groups: [{ name: 'g' }],
      policies: [{ name: 'p', document: { Statement: [] } }],
    });
    const m = graphOf(lonelyGroup, null);
    const p = computeLayout(layoutInput(m));
    const at = (suffix: string) => p[m.nodes.find((n) => n.id.endsWith(suffix))!.id]!.x;
    expect(at(':user/u')).toBeLessThan(at(':group/g'));
    expect(at(':group/g')).toBeLessThan(at(':policy/p'));
  });
});

describe('columns without a middle', () => {
  it('users of an account without groups stand together', () => {
    const model = graphOf(examples.crossAccount, null);
    const p = computeLayout(layoutInput(model));
    expect(p['user:arn:aws:iam::111111111111:user/bo']!.x).toBe(p['user:arn:aws:iam::111111111111:user/ana']!.x);
  });
});
