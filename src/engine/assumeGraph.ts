import { parsePrincipalRef, type PrincipalRef } from '../model';
import { matchPrincipal, type RequestPrincipal } from './principalMatcher';
import type { CompiledScenario } from './compileScenario';
import { evaluateQuery } from './evaluateQuery';

/** Who can assume which role, as the engine decides it (trust policy and the caller's permissions). */
export interface AssumeEdge {
  /** User ARN, role ARN, or service principal. */
  from: string;
  /** Role ARN. */
  to: string;
}

/**
 * Every principal → role pair the scenario allows `sts:AssumeRole` for: users, roles (role
 * chaining) and the service principals the trust policies name. This is what the graph's
 * "can assume" edges show — computed, never drawn by hand.
 */
export function computeAssumeEdges(cs: CompiledScenario): AssumeEdge[] {
  const world = cs.world;
  const services = new Set<string>();
  for (const role of world.roles.values()) {
    for (const service of JSON.stringify(role.trustPolicy?.document ?? {}).match(/[a-z0-9.-]+\.amazonaws\.com/g) ?? [])
      services.add(service);
  }
  const callers = [...[...world.users.values()].map((u) => u.arn), ...[...world.roles.values()].map((r) => r.arn), ...services];
  const edges: AssumeEdge[] = [];
  const refs = new Map(callers.map((c) => [c, parsePrincipalRef(c, world.defaultAccount, 'graph')]));
  for (const role of world.roles.values()) {
    // A trust policy must allow every AssumeRole, so only callers one of its Allow statements could
    // name need a full evaluation; this keeps the graph live on scenarios with hundreds of users.
    const trust = role.trustPolicy
      ? cs.policy(role.trustPolicy).statements.filter((st) => st.effect === 'Allow' && st.principal !== undefined)
      : [];
    if (trust.length === 0) continue;
    for (const from of callers) {
      if (from === role.arn) continue;
      const ref = refs.get(from)!;
      if (ref.type === 'invalid') continue;
      const caller = requestPrincipalOf(ref);
      if (!trust.some((st) => st.notPrincipal || matchPrincipal(st.principal!, caller) !== null)) continue;
      const result = evaluateQuery(cs, { principal: from, action: 'sts:AssumeRole', resource: role.arn, sessionName: 'graph' });
      if (result.decision === 'allowed') edges.push({ from, to: role.arn });
    }
  }
  return edges;
}

/** Enough of the caller to match Principal elements (boundaries do not matter for Allow). */
function requestPrincipalOf(ref: Exclude<PrincipalRef, { type: 'invalid' }>): RequestPrincipal {
  switch (ref.type) {
    case 'user':
    case 'root':
      return { type: ref.type, arn: ref.arn, account: ref.account, hasBoundary: false };
    case 'role':
      return { type: 'role', arn: ref.sessionArn, roleArn: ref.roleArn, account: ref.account, hasBoundary: false };
    case 'service':
      return { type: 'service', service: ref.service, hasBoundary: false };
    case 'anonymous':
      return { type: 'anonymous', hasBoundary: false };
  }
}
