import type { LayoutInput } from './autoLayout';
import { isContainer, type GraphModel, type GraphNodeData } from '../elements/graphModel';
import { nodeSize } from './nodeSize';

/**
 * The graph's shape for the layout worker. Containers with contents become dagre clusters; an
 * empty container is placed like a node. Edges are given in reading order — who → what they get —
 * so a resource whose policy names a principal sits right of that principal, not left of it.
 */
export function layoutInput(model: GraphModel): LayoutInput {
  const hasChildren = new Set<string>();
  for (const n of model.nodes) if (n.parent) hasChildren.add(n.parent);
  const input: LayoutInput = { nodes: [], clusters: [], edges: [], sideColumn: [] };
  for (const n of model.nodes) {
    if (isContainer(n.data) && hasChildren.has(n.id)) input.clusters.push({ id: n.id, parent: n.parent });
    else if (n.data.kind === 'orgpolicy') input.sideColumn.push({ id: n.id, ...nodeSize(n.data) });
    else input.nodes.push({ id: n.id, parent: n.parent, ...nodeSize(n.data), ...columnOf(n.data) });
  }
  // Between two folded boxes an edge stands for many relations, and ranking by it strings the
  // boxes of a large account out in a staircase wider than any screen: they stack instead.
  const folded = new Set(model.nodes.filter((n) => isContainer(n.data) && n.data.collapsed !== undefined).map((n) => n.id));
  for (const e of model.edges) {
    if (e.kind === 'orgPolicy' || (folded.has(e.source) && folded.has(e.target))) continue;
    input.edges.push(e.kind === 'resourcePolicy' ? { source: e.target, target: e.source } : { source: e.source, target: e.target });
  }
  return input;
}

/** Ids the layout places: everything but containers that have contents (their box follows their contents). */
export function placeableIds(model: GraphModel): string[] {
  const hasChildren = new Set<string>();
  for (const n of model.nodes) if (n.parent) hasChildren.add(n.parent);
  return model.nodes.filter((n) => !(isContainer(n.data) && hasChildren.has(n.id))).map((n) => n.id);
}

const COLUMN: Partial<Record<GraphNodeData['kind'], number>> = {
  user: 0,
  service: 0,
  provider: 0,
  group: 1,
  role: 1,
  policy: 2,
  resource: 3,
};

function columnOf(data: GraphNodeData): { column?: number } {
  const column = COLUMN[data.kind];
  return column === undefined ? {} : { column };
}
