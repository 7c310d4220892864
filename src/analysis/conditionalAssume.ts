import { assumeActionOf, compileScenario, computeAssumeEdges, evaluateQuery, type AssumeEdge } from '../engine';
import type { Scenario, World } from '../model';
import { relaxWorld } from './effective/relaxConditions';
import { requestKeyTest } from './effective/requestKeys';

/** A caller that may assume a role only if its request carries the right values for `keys`. */
export interface ConditionalAssumeEdge extends AssumeEdge {
  /** Request keys the decision waits on (`aws:MultiFactorAuthPresent`, `aws:SourceIp`, …). */
  keys: string[];
}

/**
 * The can-assume edges the graph draws dashed: pairs the engine denies only for want of request
 * context — a trust policy that requires MFA, a source IP, a secure transport, or, for an identity
 * provider, the token's claims (`…:sub`, `…:aud`). Found by asking
 * again in a world where conditions on keys the request supplies go the caller's way (the same
 * optimistic reading effective permissions uses for conditional grants); `definite` edges, which
 * hold without any context, are not repeated.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export function conditionalAssumeEdges(scenario: Scenario, world: World, definite: readonly AssumeEdge[]): ConditionalAssumeEdge[] {
  const open = requestKeyTest(true, []);
  const relaxed = compileScenario(scenario, relaxWorld(world, open));
  const known = new Set(definite.map((e) => `${e.from}\u0000${e.to}`));
  const real = compileScenario(scenario, world);
  const out: ConditionalAssumeEdge[] = [];
  for (const edge of computeAssumeEdges(relaxed)) {
    if (known.has(`${edge.from}\u0000${edge.to}`)) continue;
    const action = assumeActionOf(edge.from, world.defaultAccount);
    const result = evaluateQuery(real, { principal: edge.from, action, resource: edge.to, sessionName: 'graph' });
    if (result.decision === 'explicitDeny') continue;
    out.push({ ...edge, keys: result.missingContextKeys.filter(open) });
  }
  return out;
}
