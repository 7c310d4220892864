import type { Edge, Node } from '@xyflow/react';
import type { ContainerNodeData, EdgeKind, LeafNodeData } from '../elements/graphModel';

/** How a node or edge stands while a query is selected. */
export type Emphasis = 'allow' | 'deny' | 'principal' | 'target' | 'path' | null;

export type EntityFlowData = {
  graph: LeafNodeData;
  emphasis: Emphasis;
  dimmed: boolean;
  /** Document paths of this node's inline policies that decided the selected query. */
  decidingInline: readonly string[];
};

export type ContainerFlowData = {
  graph: ContainerNodeData;
  emphasis: Emphasis;
  dimmed: boolean;
  empty: boolean;
};

export type RelationFlowData = {
  kind: EdgeKind;
  label: string;
  denyOnly: boolean;
  /** A can-assume edge that holds only given these request keys (empty: unconditional). */
  requires: string[];
  /** For SCP/RCP edges, which of the two. */
  orgType: 'scp' | 'rcp' | null;
  emphasis: 'allow' | 'deny' | null;
  dimmed: boolean;
};

export type EntityFlowNode = Node<EntityFlowData, 'entity'>;
export type ContainerFlowNode = Node<ContainerFlowData, 'container'>;
export type GraphFlowNode = EntityFlowNode | ContainerFlowNode;
export type RelationFlowEdge = Edge<RelationFlowData, 'relation'>;
