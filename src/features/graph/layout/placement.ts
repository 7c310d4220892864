import type { Positions } from './autoLayout';
import { containerCaption, displayName, isContainer, type GraphModel, type GraphNode } from '../elements/graphModel';
import { CONTAINER_PADDING, containerLabelWidth, nodeSize } from './nodeSize';

/**
 * Where every node is drawn. Positions are stored absolute for nodes (so a node keeps its place
 * when its account changes); a container's box is derived from what it holds, so it always
 * encloses its contents. React Flow wants children positioned relative to their parent, which is
 * done here too.
 */
export interface PlacedNode {
  node: GraphNode;
  /** Relative to the parent container, or absolute at the top level. */
  position: { x: number; y: number };
  absolute: { x: number; y: number };
  width: number;
  height: number;
  /** No position yet (waiting for the layout): not drawn. */
  hidden: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function placeGraph(model: GraphModel, positions: Positions): PlacedNode[] {
  const children = new Map<string, GraphNode[]>();
  for (const n of model.nodes) {
    if (!n.parent) continue;
    const siblings = children.get(n.parent);
    if (siblings) siblings.push(n);
    else children.set(n.parent, [n]);
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box | null>();
  const boxOf = (n: GraphNode, trail: Set<string>): Box | null => {
    if (boxes.has(n.id)) return boxes.get(n.id)!;
    const kids = children.get(n.id);
    let box: Box | null = null;
    if (isContainer(n.data) && kids && kids.length > 0 && !trail.has(n.id)) {
      const inner = kids.map((k) => boxOf(k, new Set([...trail, n.id]))).filter((b): b is Box => b !== null);
      if (inner.length > 0) {
        const left = Math.min(...inner.map((b) => b.x));
        const top = Math.min(...inner.map((b) => b.y));
        const right = Math.max(...inner.map((b) => b.x + b.width));
        const bottom = Math.max(...inner.map((b) => b.y + b.height));
        box = {
          x: left - CONTAINER_PADDING.x,
          y: top - CONTAINER_PADDING.top,
          width: Math.max(right - left + 2 * CONTAINER_PADDING.x, containerLabelWidth(containerCaption(n.data), displayName(n.data))),
          height: bottom - top + CONTAINER_PADDING.top + CONTAINER_PADDING.bottom,
        };
      }
    } else {
      const at = positions[n.id];
      if (at) box = { ...at, ...nodeSize(n.data) };
    }
    boxes.set(n.id, box);
    return box;
  };
  return model.nodes.map((node) => {
    const box = boxOf(node, new Set());
    const parent = node.parent ? byId.get(node.parent) : undefined;
    const parentBox = parent ? boxOf(parent, new Set()) : null;
    const fallback = { x: 0, y: 0, ...nodeSize(node.data) };
    const b = box ?? fallback;
    return {
      node,
      absolute: { x: b.x, y: b.y },
      position: parentBox ? { x: b.x - parentBox.x, y: b.y - parentBox.y } : { x: b.x, y: b.y },
      width: b.width,
      height: b.height,
      hidden: box === null,
    };
  });
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}
