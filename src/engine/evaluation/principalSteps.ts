import { describePrincipal } from '../evaluatePolicy';
import { allowed, CONTINUE, implicitDeny, type DecisionStep } from './decisionSteps';

/**
 * Callers that no identity-based policy describes (AWS services, anonymous callers): only a
 * resource-based policy can grant, so their request is decided here.
 */
export const principalWithoutIdentityPolicies: DecisionStep = (r, p, steps) => {
  if (r.principal.type !== 'service' && r.principal.type !== 'anonymous') return CONTINUE;
  if (p.resource?.outcome.allow) return allowed(p.resource.outcome.allows);
  steps.push({
    step: 'identity',
    outcome: 'notApplicable',
    detail: `${describePrincipal(r.principal)} has no identity-based policies; only a resource-based policy can allow it`,
  });
  return implicitDeny();
};

/**
 * The root user has full access in its own account, without any identity-based policy, except
 * where a trust or key policy must allow; elsewhere only a resource-based policy can grant it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
 */
export const rootUser: DecisionStep = (r, p, steps) => {
  if (r.principal.type !== 'root') return CONTINUE;
  const rbpMatch = p.resource?.outcome.allow ?? null;
  if (!r.crossAccount && !(r.resourcePolicyRequired && !rbpMatch)) {
    steps.push({ step: 'identity', outcome: 'allow', detail: 'the root user has full access to the resources of its own account' });
    return allowed(p.resource?.outcome.allows ?? []);
  }
  if (p.resource && rbpMatch) return allowed(p.resource.outcome.allows);
  steps.push({
    step: 'identity',
    outcome: 'implicitDeny',
    detail: r.crossAccount
      ? 'the resource is in another account and its resource-based policy does not allow the root user'
      : `${p.resource ? p.resource.policy.label : 'the resource'} must allow the request`,
  });
  return implicitDeny();
};
