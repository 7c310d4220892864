import type { AccessHighlight } from '../../../store/uiStore';
import type { DecisionHighlight } from './decisionPath';
import { pathToPolicies, principalNode, targetNode } from './decisionPath';
import type { GraphModel } from './graphModel';
import { edgeId, nodeId } from './nodeIds';

/**
 * An access answer (who can, an escalation path) as the graph's highlight: the principals, the
 * roles of their chains and the can-assume edges between them, and the resource, kept bright; the
 * rest dimmed, as for a query's decision path. Principals outside the graph (an outside account's
 * root that no policy draws) are skipped.
 */
export function accessHighlight(model: GraphModel, highlight: AccessHighlight, defaultAccount: string): DecisionHighlight {
  const present = new Set(model.nodes.map((n) => n.id));
  const edgeIds = new Set(model.edges.map((e) => e.id));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const deciding = new Map<string, 'allow' | 'deny'>();
  const decidingInline = new Set<string>();
  highlight.principals.forEach((principal, i) => {
    const start = principalNode(model, principal, defaultAccount);
    let at = start;
    if (start) nodes.add(start);
    const starts = start ? [start] : [];
    for (const role of highlight.chains[i] ?? []) {
      const id = nodeId.role(role);
      if (!present.has(id)) continue;
      nodes.add(id);
      starts.push(id);
      if (at && edgeIds.has(edgeId('assume', at, id))) edges.add(edgeId('assume', at, id));
      at = id;
    }
    // The statements that allow: each lit with the path to it from whoever on the chain holds it.
    const documents = (highlight.statements[i] ?? []).map((path) => path.replace(/\/Statement(\/\d+)?$/, ''));
    for (const from of starts) {
      const lit = pathToPolicies(model, from, documents, 'allow');
      for (const [id, tone] of lit.deciding) deciding.set(id, tone);
      for (const id of lit.decidingInline) decidingInline.add(id);
      for (const id of lit.edges) edges.add(id);
      for (const id of lit.nodes) nodes.add(id);
    }
  });
  const target = highlight.target ? targetNode(model, highlight.target) : null;
  if (target) nodes.add(target);
  return { decision: 'allowed', principal: null, target, deciding, decidingInline, nodes, edges };
}
