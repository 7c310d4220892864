import { Position, type NodeHandle } from '@xyflow/react';
import type { DecisionHighlight } from '../elements/decisionPath';
import type { ContainerFlowNode, EntityFlowNode, GraphFlowNode, RelationFlowEdge } from './flowTypes';
import { displayName, isContainer, kindLabel, type GraphModel, type GraphNodeData } from '../elements/graphModel';
import type { PlacedNode } from '../layout/placement';

/** Handles sit mid-left (in) and mid-right (out), matching the left-to-right layout. */
export const HANDLE_SIZE = 12;

function handles(id: string, width: number, height: number, withSource: boolean): NodeHandle[] {
  const y = height / 2 - HANDLE_SIZE / 2;
  const common = { width: HANDLE_SIZE, height: HANDLE_SIZE, nodeId: id };
  const list: NodeHandle[] = [{ ...common, id: 'in', type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y }];
  if (withSource) list.push({ ...common, id: 'out', type: 'source', position: Position.Right, x: width - HANDLE_SIZE / 2, y });
  return list;
}

/**
 * The placed graph as React Flow nodes and edges. Sizes and handle positions are given, not
 * measured, so edges draw on the first frame and a re-render never waits on the DOM.
 */
export function toFlowNodes(
  placed: readonly PlacedNode[],
  model: GraphModel,
  highlight: DecisionHighlight | null,
  selectedId: string | null,
): GraphFlowNode[] {
  const describe = relationsSummary(model);
  return placed.map(({ node, position, width, height, hidden }): GraphFlowNode => {
    const emphasis = !highlight
      ? null
      : (highlight.deciding.get(node.id) ??
        (node.id === highlight.principal
          ? 'principal'
          : node.id === highlight.target
            ? 'target'
            : highlight.nodes.has(node.id)
              ? 'path'
              : null));
    const dimmed = highlight !== null && emphasis === null;
    const base = {
      id: node.id,
      position,
      width,
      height,
      hidden,
      selected: node.id === selectedId,
      ...(node.parent ? { parentId: node.parent } : {}),
      ariaLabel: ariaLabel(node.data, describe.get(node.id), emphasis),
    };
    if (isContainer(node.data)) {
      const container: ContainerFlowNode = {
        ...base,
        type: 'container',
        data: { graph: node.data, emphasis, dimmed, empty: !model.nodes.some((n) => n.parent === node.id) },
        // A folded container stands for what it holds, so relations also start from it.
        handles: handles(node.id, width, height, node.data.collapsed !== undefined),
        className: 'graph-container',
      };
      return container;
    }
    const decidingInline =
      highlight && 'inlinePolicies' in node.data
        ? node.data.inlinePolicies.map((p) => p.documentPath).filter((p) => highlight.decidingInline.has(p))
        : [];
    const entity: EntityFlowNode = {
      ...base,
      type: 'entity',
      data: { graph: node.data, emphasis, dimmed, decidingInline },
      handles: handles(node.id, width, height, true),
    };
    return entity;
  });
}

export function toFlowEdges(model: GraphModel, placed: readonly PlacedNode[], highlight: DecisionHighlight | null): RelationFlowEdge[] {
  const hidden = new Set(placed.filter((p) => p.hidden).map((p) => p.node.id));
  const orgTypes = new Map(model.nodes.flatMap((n) => (n.data.kind === 'orgpolicy' ? [[n.id, n.data.policyType] as const] : [])));
  const tone = highlight ? (highlight.decision === 'allowed' ? 'allow' : 'deny') : null;
  return model.edges.map((e) => {
    const onPath = highlight?.edges.has(e.id) ?? false;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      sourceHandle: 'out',
      targetHandle: 'in',
      type: 'relation',
      hidden: hidden.has(e.source) || hidden.has(e.target),
      ariaLabel: e.label,
      data: {
        kind: e.kind,
        label: e.label,
        denyOnly: e.denyOnly ?? false,
        requires: e.requires ?? [],
        orgType: orgTypes.get(e.source) ?? null,
        emphasis: onPath ? tone : null,
        dimmed: highlight !== null && !onPath,
      },
      // Emphasised edges draw over the others.
      ...(onPath ? { zIndex: 10 } : {}),
    };
  });
}

const SAID_ALOUD = 5;

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** For each node, the few relations worth saying aloud: groups, attached policies, who it is attached to. */
function relationsSummary(model: GraphModel): Map<string, string> {
  const names = new Map(model.nodes.map((n) => [n.id, displayName(n.data)]));
  const parts = new Map<string, string[]>();
  const add = (id: string, text: string) => appendTo(parts, id, text);
  const grouped = new Map<string, string[]>();
  const push = (key: string, value: string) => appendTo(grouped, key, value);
  for (const e of model.edges) {
    const to = names.get(e.target) ?? e.target;
    const from = names.get(e.source) ?? e.source;
    if (e.kind === 'member') push(`${e.source}|member of`, to);
    else if (e.kind === 'attached') push(`${e.source}|policies`, to);
    else if (e.kind === 'boundary') push(`${e.source}|permissions boundary`, to);
    else if (e.kind === 'assume') push(`${e.source}|can assume`, to);
    if (e.kind === 'attached') push(`${e.target}|attached to`, from);
    if (e.kind === 'member') push(`${e.target}|members`, from);
  }
  for (const [key, values] of grouped) {
    const [id, relation] = key.split('|') as [string, string];
    // A policy of a real account may be attached to hundreds: a screen reader says the first few.
    const said =
      values.length > SAID_ALOUD + 1
        ? `${values.slice(0, SAID_ALOUD).join(', ')} and ${values.length - SAID_ALOUD} more`
        : values.join(', ');
    add(id, `${relation} ${said}`);
  }
  return new Map([...parts].map(([id, list]) => [id, list.join('; ')]));
}

function ariaLabel(data: GraphNodeData, relations: string | undefined, emphasis: string | null): string {
  const parts = [`${kindLabel(data)} ${displayName(data)}`];
  if ('account' in data && data.account) parts.push(`in account ${data.account}`);
  if ('inlinePolicies' in data && data.inlinePolicies.length > 0) {
    parts.push(`inline policies ${data.inlinePolicies.map((p) => p.name).join(', ')}`);
  }
  if (relations) parts.push(relations);
  if (emphasis === 'allow') parts.push('allows the selected query');
  if (emphasis === 'deny') parts.push('decides the selected query');
  if (emphasis === 'principal') parts.push('asks the selected query');
  return parts.join('; ');
}
