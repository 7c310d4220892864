import { describe, expect, it } from 'vitest';
import type { EntityFlowNode, RelationFlowEdge } from './flowTypes';
import { reconcileEdges, reconcileNodes } from './reconcile';

const node = (x: number, extra: Partial<EntityFlowNode> = {}): EntityFlowNode => ({
  id: 'user:a',
  type: 'entity',
  position: { x, y: 0 },
  width: 232,
  height: 58,
  data: { graph: { kind: 'service', name: 'ec2.amazonaws.com' }, emphasis: null, dimmed: false, decidingInline: [] },
  ...extra,
});
const edge = (extra: Partial<RelationFlowEdge> = {}): RelationFlowEdge => ({
  id: 'e',
  source: 'a',
  target: 'b',
  type: 'relation',
  data: { kind: 'member', label: 'a is a member of group b', denyOnly: false, requires: [], orgType: null, emphasis: null, dimmed: false },
  ...extra,
});

describe('reconcile', () => {
  it('keeps an unchanged node’s object, so React Flow skips it', () => {
    const old = node(0);
    expect(reconcileNodes([old], [node(0)])[0]).toBe(old);
  });

  it('takes the new position but keeps the measured size', () => {
    const [next] = reconcileNodes([node(0, { measured: { width: 232, height: 58 } })], [node(10)]);
    expect(next).toMatchObject({ position: { x: 10, y: 0 }, measured: { width: 232, height: 58 } });
  });

  it('leaves a node being dragged where the pointer has it', () => {
    const dragging = node(50, { dragging: true });
    expect(reconcileNodes([dragging], [node(0)])[0]).toBe(dragging);
  });

  it('keeps an edge selected across updates', () => {
    const [next] = reconcileEdges([edge({ selected: true })], [edge({ data: { ...edge().data!, dimmed: true } })]);
    expect(next).toMatchObject({ selected: true, data: { dimmed: true } });
  });
});
