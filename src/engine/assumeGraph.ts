import { parsePrincipalRef } from '../model';
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
  for (const role of world.roles.values()) {
    for (const from of callers) {
      if (from === role.arn) continue;
      const ref = parsePrincipalRef(from, world.defaultAccount);
      if (ref.type === 'invalid') continue;
      const result = evaluateQuery(cs, { principal: from, action: 'sts:AssumeRole', resource: role.arn, sessionName: 'graph' });
      if (result.decision === 'allowed') edges.push({ from, to: role.arn });
    }
  }
  return edges;
}
