import type { QueryResult } from '../../../engine';
import { parsePrincipalRef, s3BucketOfObject, type Decision, type Query } from '../../../model';
import type { GraphModel } from './graphModel';
import { nodeId } from './nodeIds';

/**
 * What to light up when a query is selected: the principal, the policies whose statements decided
 * (green when the request is allowed, red for an explicit deny), the path of memberships,
 * attachments and containers from the principal to them, and the resource asked about. Everything
 * else is dimmed by the caller.
 */
export interface DecisionHighlight {
  decision: Decision;
  principal: string | null;
  target: string | null;
  /** Node id → how it decided. An inline policy decides through the identity that holds it. */
  deciding: Map<string, 'allow' | 'deny'>;
  /** Document paths of deciding inline policies, to mark their badges. */
  decidingInline: Set<string>;
  /** Nodes kept bright: principal, path, deciding, target. */
  nodes: Set<string>;
  /** Edges on the path from the principal to a deciding policy. */
  edges: Set<string>;
}

export function decisionHighlight(model: GraphModel, query: Query, result: QueryResult, defaultAccount: string): DecisionHighlight {
  const tone: 'allow' | 'deny' = result.decision === 'allowed' ? 'allow' : 'deny';
  const principal = principalNode(model, query.principal, defaultAccount);
  const target = targetNode(model, query.resource);
  const lit = pathToPolicies(
    model,
    principal,
    result.explanation.deciding.map((ref) => ref.policyId),
    tone,
  );
  if (target) lit.nodes.add(target);
  return { decision: result.decision, principal, target, ...lit };
}

/**
 * The policies (by the engine's policy ids: managed ARN or document pointer) lit in `tone`, and the
 * path of memberships, attachments and containers from `principal` (a node id) to each.
 */
export function pathToPolicies(
  model: GraphModel,
  principal: string | null,
  policyIds: readonly string[],
  tone: 'allow' | 'deny',
): Pick<DecisionHighlight, 'deciding' | 'decidingInline' | 'nodes' | 'edges'> {
  const byPolicyId = policyIndex(model);
  const deciding = new Map<string, 'allow' | 'deny'>();
  const decidingInline = new Set<string>();
  for (const id of policyIds) {
    const node = byPolicyId.get(id);
    if (!node) continue;
    deciding.set(node.id, tone);
    if (node.inline) decidingInline.add(id);
  }
  const nodes = new Set<string>(deciding.keys());
  const edges = new Set<string>();
  if (principal) {
    nodes.add(principal);
    const reached = walkFrom(model, principal);
    for (const goal of deciding.keys()) {
      for (let step = reached.get(goal); step; step = reached.get(step.from)) {
        nodes.add(step.from);
        if (step.edge) edges.add(step.edge);
      }
    }
  }
  return { deciding, decidingInline, nodes, edges };
}

/** Policy id as the engine reports it (managed ARN, document pointer, `org:scp:Name`) → the node that shows it. */
function policyIndex(model: GraphModel): Map<string, { id: string; inline: boolean }> {
  const index = new Map<string, { id: string; inline: boolean }>();
  for (const { id, data } of model.nodes) {
    switch (data.kind) {
      case 'policy':
        index.set(data.arn, { id, inline: false });
        if (data.documentPath) index.set(data.documentPath, { id, inline: false });
        break;
      case 'user':
      case 'group':
      case 'role':
        for (const p of data.inlinePolicies) index.set(p.documentPath, { id, inline: true });
        if (data.kind === 'role' && data.trustPolicyPath) index.set(data.trustPolicyPath, { id, inline: false });
        break;
      case 'resource':
        if (data.policyPath) index.set(data.policyPath, { id, inline: false });
        break;
      case 'orgpolicy':
        if (data.documentPath) index.set(data.documentPath, { id, inline: false });
        index.set(`org:${data.policyType}:${data.name}`, { id, inline: false });
        break;
    }
  }
  return index;
}

/** The node that shows a principal as a query names it (`user/NAME`, an ARN, a service, an account root). */
export function principalNode(model: GraphModel, principal: string, defaultAccount: string): string | null {
  const ref = parsePrincipalRef(principal, defaultAccount);
  const find = (kind: 'user' | 'role', arn: string, account: string): string | null => {
    const exact = model.nodes.find((n) => n.id === `${kind}:${arn}`);
    if (exact) return exact.id;
    // `role/NAME` carries no path; match the role of that name in the account.
    const name = arn.slice(arn.lastIndexOf('/') + 1);
    return model.nodes.find((n) => n.data.kind === kind && n.data.account === account && n.data.name === name)?.id ?? null;
  };
  switch (ref.type) {
    case 'user':
      return find('user', ref.arn, ref.account);
    case 'role':
      return find('role', ref.roleArn, ref.account);
    case 'root':
      return has(model, nodeId.account(ref.account));
    case 'service':
      return has(model, nodeId.service(ref.service));
    case 'webIdentity':
    case 'saml':
      return has(model, nodeId.provider(ref.provider));
    default:
      return null;
  }
}

/** The node that shows what a request is about: the resource (or its bucket), or a role or user. */
export function targetNode(model: GraphModel, resource: string): string | null {
  const bucket = s3BucketOfObject(resource);
  // AssumeRole asks about a role: the role is the resource, its trust policy the resource-based policy.
  return (
    has(model, nodeId.resource(resource)) ??
    (bucket ? has(model, nodeId.resource(bucket)) : null) ??
    has(model, nodeId.role(resource)) ??
    has(model, nodeId.user(resource))
  );
}

function has(model: GraphModel, id: string): string | null {
  return model.nodes.some((n) => n.id === id) ? id : null;
}

/**
 * Breadth-first from the principal along the ways a policy reaches it: its groups, attachments and
 * boundaries, up through its account and OUs (where SCPs attach), and to resources whose policies
 * name it or its account. Returns, for every reached node, the step that reached it first.
 */
function walkFrom(model: GraphModel, start: string): Map<string, { from: string; edge: string | null }> {
  const next = new Map<string, { to: string; edge: string | null }[]>();
  const link = (from: string, to: string, edge: string | null) => {
    const list = next.get(from) ?? [];
    list.push({ to, edge });
    next.set(from, list);
  };
  for (const n of model.nodes) if (n.parent) link(n.id, n.parent, null);
  for (const e of model.edges) {
    if (e.kind === 'member' || e.kind === 'attached' || e.kind === 'boundary') link(e.source, e.target, e.id);
    else if (e.kind === 'orgPolicy' || e.kind === 'resourcePolicy') link(e.target, e.source, e.id);
  }
  const reached = new Map<string, { from: string; edge: string | null }>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const step of next.get(current) ?? []) {
      if (seen.has(step.to)) continue;
      seen.add(step.to);
      reached.set(step.to, { from: current, edge: step.edge });
      queue.push(step.to);
    }
  }
  return reached;
}
