import type { Positions } from './autoLayout';
import { isContainer, type GraphModel } from '../elements/graphModel';
import type { PlacedNode } from './placement';

/**
 * The positions to save after a drag. A node saves where it was dropped; a container has no
 * position of its own (its box follows its contents), so dragging one moves everything inside it
 * by the same distance. Nodes that did not move are left out, so a click saves nothing.
 */
export function dragMoves(
  dropped: readonly { id: string; absolute: { x: number; y: number } }[],
  placed: readonly PlacedNode[],
  model: GraphModel,
): Positions {
  const byId = new Map(placed.map((p) => [p.node.id, p]));
  const children = new Map<string, string[]>();
  for (const n of model.nodes) {
    if (!n.parent) continue;
    const siblings = children.get(n.parent);
    if (siblings) siblings.push(n.id);
    else children.set(n.parent, [n.id]);
  }
  const moves: Positions = {};
  const move = (id: string, to: { x: number; y: number }) => {
    const before = byId.get(id)?.absolute;
    const rounded = { x: Math.round(to.x), y: Math.round(to.y) };
    if (!before || before.x !== rounded.x || before.y !== rounded.y) moves[id] = rounded;
  };
  // Containers first, so a node dragged along with its container keeps its own drop position.
  const ordered = [...dropped].sort((a, b) => Number(isBox(b.id)) - Number(isBox(a.id)));
  function isBox(id: string): boolean {
    const p = byId.get(id);
    return p !== undefined && isContainer(p.node.data) && (children.get(id)?.length ?? 0) > 0;
  }
  for (const d of ordered) {
    const before = byId.get(d.id);
    if (!before) continue;
    if (!isBox(d.id)) {
      move(d.id, d.absolute);
      continue;
    }
    const dx = d.absolute.x - before.absolute.x;
    const dy = d.absolute.y - before.absolute.y;
    const stack = [...(children.get(d.id) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (isBox(id)) stack.push(...(children.get(id) ?? []));
      else {
        const at = byId.get(id);
        if (at && !at.hidden) move(id, { x: at.absolute.x + dx, y: at.absolute.y + dy });
      }
    }
  }
  return moves;
}
