import dagre from '@dagrejs/dagre';

/**
 * The automatic layout, as a pure function of the graph's shape so it runs the same in the layout
 * worker and in tests. dagre lays out left to right — users, then groups and roles, then policies —
 * with accounts and OUs as clusters so their members stay together.
 * `ranker: 'longest-path'`: the default network-simplex ranker does not finish on 1,000 nodes
 * (docs/stack-notes.md, "React Flow at scale").
 */
export interface LayoutInput {
  /**
   * Leaves (and empty containers) to place, with their parent cluster. `column`: where the node's
   * kind reads in the left-to-right story (users 0, groups and roles 1, policies 2, resources 3).
   */
  nodes: { id: string; width: number; height: number; parent: string | null; column?: number }[];
  /** Clusters: containers that have something inside, with their own parent. */
  clusters: { id: string; parent: string | null }[];
  edges: { source: string; target: string }[];
  /** Placed after dagre in a column left of everything: SCPs and RCPs relate to whole boxes, which dagre cannot connect. */
  sideColumn: { id: string; width: number; height: number }[];
}

export type Positions = Record<string, { x: number; y: number }>;

export const LAYOUT_SPACING = { nodesep: 36, ranksep: 90, clusterGap: 48, sideGap: 120 };

export function computeLayout(input: LayoutInput): Positions {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  g.setGraph({
    rankdir: 'LR',
    ranker: 'longest-path',
    nodesep: LAYOUT_SPACING.nodesep,
    ranksep: LAYOUT_SPACING.ranksep,
    marginx: 0,
    marginy: 0,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const clusterIds = new Set(input.clusters.map((c) => c.id));
  for (const c of input.clusters) g.setNode(c.id, {});
  for (const c of input.clusters) if (c.parent && clusterIds.has(c.parent)) g.setParent(c.id, c.parent);
  for (const n of input.nodes) {
    g.setNode(n.id, { width: n.width, height: n.height });
    if (n.parent && clusterIds.has(n.parent)) g.setParent(n.id, n.parent);
  }
  const leafIds = new Set(input.nodes.map((n) => n.id));
  for (const e of input.edges) {
    // dagre cannot route edges to clusters, and a self-loop says nothing about placement.
    if (e.source !== e.target && leafIds.has(e.source) && leafIds.has(e.target)) g.setEdge(e.source, e.target);
  }
  for (const hint of columnHints(input, g.outEdges.bind(g))) g.setEdge(hint.source, hint.target, { minlen: hint.minlen, weight: 0 });
  if (input.nodes.length > 0) dagre.layout(g);

  const positions: Positions = {};
  let minX = Infinity;
  let minY = Infinity;
  for (const n of input.nodes) {
    const laid = g.node(n.id) as { x?: number; y?: number } | undefined;
    const x = Math.round((laid?.x ?? 0) - n.width / 2);
    const y = Math.round((laid?.y ?? 0) - n.height / 2);
    positions[n.id] = { x, y };
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
  }
  if (!Number.isFinite(minX)) minX = minY = 0;
  let y = minY;
  for (const n of input.sideColumn) {
    positions[n.id] = { x: minX - LAYOUT_SPACING.sideGap - n.width, y };
    y += n.height + LAYOUT_SPACING.nodesep;
  }
  return positions;
}

/**
 * longest-path puts every sink in the rightmost rank, so a user without groups or policies would
 * stand among the policies. An identity that is a sink gets an invisible edge to the nearest
 * column to its right in the same box, as many ranks long as there are columns between them in
 * that box (an account without groups has no empty groups column). Hints point strictly rightwards
 * and real edges never point leftwards, so they add no cycle.
 */
function columnHints(input: LayoutInput, outEdges: (v: string) => unknown[] | void): { source: string; target: string; minlen: number }[] {
  const byParent = new Map<string | null, LayoutInput['nodes']>();
  for (const n of input.nodes) {
    const siblings = byParent.get(n.parent);
    if (siblings) siblings.push(n);
    else byParent.set(n.parent, [n]);
  }
  const hints: { source: string; target: string; minlen: number }[] = [];
  for (const siblings of byParent.values()) {
    // The first node of each column present in the box: the nearest column right of a sink is found without a scan.
    const firstOf = new Map<number, string>();
    for (const m of siblings) if (m.column !== undefined && !firstOf.has(m.column)) firstOf.set(m.column, m.id);
    const present = [...firstOf.keys()].sort((a, b) => a - b);
    for (const n of siblings) {
      if (n.column === undefined || n.column > 1 || (outEdges(n.id) ?? []).length > 0) continue;
      const at = present.indexOf(n.column);
      const next = present[at + 1];
      if (next !== undefined) hints.push({ source: n.id, target: firstOf.get(next)!, minlen: 1 });
    }
  }
  return hints;
}
