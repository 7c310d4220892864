import { LAYOUT_SPACING, type Positions } from './autoLayout';
import type { GraphModel } from '../elements/graphModel';
import { nodeSize } from './nodeSize';
import { overlaps, type Box } from './placement';

/**
 * Places nodes that appeared after the graph was laid out (added in the JSON editor, say) without
 * moving anything already placed. dagre has laid out the whole graph afresh (`fresh`); a new node
 * goes where dagre put it *relative to a neighbour that already has a place* — its group, its
 * policy, a sibling in its account — then slides down until it overlaps nothing.
 */
export function placeNewNodes(model: GraphModel, current: Positions, fresh: Positions, missing: readonly string[]): Positions {
  const out: Positions = {};
  if (missing.length === 0) return out;
  const sizes = new Map(model.nodes.map((n) => [n.id, nodeSize(n.data)]));
  const placedIds = Object.keys(current).filter((id) => sizes.has(id));
  if (placedIds.length === 0) {
    for (const id of missing) if (fresh[id]) out[id] = fresh[id];
    return out;
  }

  const neighbours = new Map<string, string[]>();
  const add = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const e of model.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  const parentOf = new Map(model.nodes.map((n) => [n.id, n.parent]));
  const siblings = (id: string) =>
    model.nodes.filter((n) => n.parent !== null && n.parent === parentOf.get(id) && n.id !== id).map((n) => n.id);
  const boxes: Box[] = placedIds.map((id) => ({ ...current[id]!, ...sizes.get(id)! }));

  const anchored: string[] = [];
  const loose: string[] = [];
  for (const id of missing) {
    const at = fresh[id];
    if (!at) continue;
    const anchor = [...(neighbours.get(id) ?? []), ...siblings(id)].find((a) => current[a] && fresh[a]);
    if (anchor) {
      out[id] = { x: at.x + current[anchor]!.x - fresh[anchor]!.x, y: at.y + current[anchor]!.y - fresh[anchor]!.y };
      anchored.push(id);
    } else loose.push(id);
  }
  // Nodes with no placed neighbour keep their arrangement among themselves, below everything.
  if (loose.length > 0) {
    const left = Math.min(...boxes.map((b) => b.x));
    const bottom = Math.max(...boxes.map((b) => b.y + b.height));
    const freshLeft = Math.min(...loose.map((id) => fresh[id]!.x));
    const freshTop = Math.min(...loose.map((id) => fresh[id]!.y));
    for (const id of loose) {
      out[id] = { x: fresh[id]!.x - freshLeft + left, y: fresh[id]!.y - freshTop + bottom + LAYOUT_SPACING.ranksep };
    }
  }
  for (const id of [...anchored, ...loose]) {
    const size = sizes.get(id)!;
    const box = { ...out[id]!, ...size };
    for (let i = 0; i < 500 && boxes.some((b) => overlaps(box, b, LAYOUT_SPACING.nodesep / 2)); i++) box.y += 24;
    out[id] = { x: box.x, y: box.y };
    boxes.push(box);
  }
  return out;
}
