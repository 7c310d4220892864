import { edgeId } from './nodeIds';
import type { ContainerNodeData, GraphEdge, GraphModel, GraphNode, GraphNodeKind } from './graphModel';

/** What a collapsed account or OU holds, counted by kind, for the one node that stands for it. */
export type CollapsedContents = Partial<Record<GraphNodeKind, number>>;

/**
 * Large worlds stay readable by folding an account or an OU into one node: its contents leave the
 * graph, and every relation that crossed its border now starts or ends at the folded node (one
 * edge per kind and direction, however many it stands for). Which containers are folded is part of
 * the scenario's layout, so a reload or a shared link shows the same picture.
 */
export function collapseContainers(model: GraphModel, collapsed: ReadonlySet<string>): GraphModel {
  if (collapsed.size === 0) return model;
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  // The outermost folded container above a node, if any: that is where the node now shows.
  const shownAs = new Map<string, string>();
  const foldOf = (node: GraphNode): string | null => {
    let fold: string | null = null;
    for (let p = node.parent; p; p = byId.get(p)?.parent ?? null) if (collapsed.has(p)) fold = p;
    return fold;
  };
  const contents = new Map<string, CollapsedContents>();
  for (const node of model.nodes) {
    const fold = foldOf(node);
    if (!fold) continue;
    shownAs.set(node.id, fold);
    const counts = contents.get(fold) ?? {};
    counts[node.data.kind] = (counts[node.data.kind] ?? 0) + 1;
    contents.set(fold, counts);
  }
  if (shownAs.size === 0 && ![...collapsed].some((id) => byId.has(id))) return model;

  const nodes = model.nodes
    .filter((n) => !shownAs.has(n.id))
    .map((n): GraphNode => {
      if (!collapsed.has(n.id) || (n.data.kind !== 'account' && n.data.kind !== 'ou' && n.data.kind !== 'path')) return n;
      const data: ContainerNodeData = { ...n.data, collapsed: contents.get(n.id) ?? {} };
      return { ...n, data };
    });

  const edges = new Map<string, GraphEdge>();
  const merged = new Map<string, number>();
  for (const e of model.edges) {
    const source = shownAs.get(e.source) ?? e.source;
    const target = shownAs.get(e.target) ?? e.target;
    if (source === e.source && target === e.target) {
      edges.set(e.id, e);
      continue;
    }
    if (source === target) continue; // a relation inside the folded box
    const id = edgeId(e.kind, source, target);
    const count = (merged.get(id) ?? 0) + 1;
    merged.set(id, count);
    const first = edges.get(id) ?? e;
    edges.set(id, {
      ...first,
      id,
      source,
      target,
      // A folded edge stands for several relations: it cannot be detached as one.
      detach: null,
      label: count === 1 ? first.label : `${count} ${e.kind} relations across the folded box, such as: ${first.label}`,
    });
  }
  return { nodes, edges: [...edges.values()] };
}

/**
 * The containers drawn folded: the accounts and OUs the layout lists as collapsed, and every path
 * box of a large account that the layout does not list as expanded — a real account opens as its
 * paths, and a person opens the one they care about.
 */
export function foldedContainers(
  model: GraphModel,
  layout: { collapsed?: readonly string[]; expanded?: readonly string[] } | undefined,
): Set<string> {
  const folded = new Set(layout?.collapsed ?? []);
  const expanded = new Set(layout?.expanded ?? []);
  for (const n of model.nodes) if (n.data.kind === 'path' && !expanded.has(n.id)) folded.add(n.id);
  return folded;
}

/** `3 users · 1 group · 4 policies`: what a folded container holds. */
export function describeContents(contents: CollapsedContents): string {
  const words: [GraphNodeKind, string][] = [
    ['ou', 'OU'],
    ['account', 'account'],
    ['user', 'user'],
    ['group', 'group'],
    ['role', 'role'],
    ['policy', 'policy'],
    ['resource', 'resource'],
    ['provider', 'identity provider'],
    ['orgpolicy', 'SCP/RCP'],
  ];
  const parts = words.flatMap(([kind, word]) => {
    const n = contents[kind] ?? 0;
    if (n === 0) return [];
    const plural = word === 'policy' ? 'policies' : word === 'SCP/RCP' ? 'SCPs/RCPs' : `${word}s`;
    return [`${n} ${n === 1 ? word : plural}`];
  });
  return parts.length > 0 ? parts.join(' · ') : 'nothing inside';
}
