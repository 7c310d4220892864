import type { GraphFlowNode, RelationFlowEdge } from './flowTypes';

/**
 * Merges freshly derived React Flow elements into the ones on screen. An unchanged element keeps
 * its object, so React Flow skips it (it compares by identity); what React Flow itself owns — a
 * node being dragged, measured sizes, which edges are selected — survives the merge.
 */
export function reconcileNodes(previous: readonly GraphFlowNode[], next: readonly GraphFlowNode[]): GraphFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = before.get(n.id);
    if (!old) return n;
    if (old.dragging) return old; // mid-drag: the drop decides where it goes
    if (sameNode(old, n)) return old;
    return old.measured ? ({ ...n, measured: old.measured } as GraphFlowNode) : n;
  });
}

export function reconcileEdges(previous: readonly RelationFlowEdge[], next: readonly RelationFlowEdge[]): RelationFlowEdge[] {
  const before = new Map(previous.map((e) => [e.id, e]));
  return next.map((e) => {
    const old = before.get(e.id);
    if (!old) return e;
    const merged = old.selected ? { ...e, selected: true } : e;
    return sameEdge(old, merged) ? old : merged;
  });
}

function sameNode(a: GraphFlowNode, b: GraphFlowNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.hidden === b.hidden &&
    (a.selected ?? false) === (b.selected ?? false) &&
    a.parentId === b.parentId &&
    a.ariaLabel === b.ariaLabel &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}

function sameEdge(a: RelationFlowEdge, b: RelationFlowEdge): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.hidden === b.hidden &&
    (a.selected ?? false) === (b.selected ?? false) &&
    a.zIndex === b.zIndex &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}
