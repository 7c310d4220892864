import { describePrincipal } from '../evaluatePolicy';
import type { EvaluationStep } from '../types';
import { allowed, CONTINUE, implicitDeny, type DecisionStep } from './decisionSteps';
import { noSessionPolicy } from './federationSteps';
import { boundaryDenies, sessionDenies } from './identitySteps';

/**
 * The resource-based policy is read here, in AWS's order, and what it says is recorded; whether its
 * Allow is enough depends on who asks and from which account, which the steps after this decide.
 */
export const resourceBasedPolicy: DecisionStep = (r, p, steps) => {
  const rbp = p.resource;
  if (!rbp) {
    steps.push(NO_RESOURCE_POLICY);
    return CONTINUE;
  }
  const match = rbp.outcome.allow;
  steps.push({
    step: 'resource',
    outcome: match ? 'allow' : 'continue',
    detail: match
      ? `${rbp.policy.label} allows ${describePrincipal(r.principal)}${match === 'account' ? ' through its account' : match === 'role' ? (r.principal.type === 'federatedUser' ? " through its IAM user's ARN" : ' through its role ARN') : ''}`
      : `${rbp.policy.label} does not allow the request`,
  });
  return CONTINUE;
};

/** Made once, as most requests' resources have no policy (no step is changed once made: see decisionSteps.ts). */
const NO_RESOURCE_POLICY: EvaluationStep = {
  step: 'resource',
  outcome: 'notApplicable',
  detail: 'no resource-based policy applies to this resource',
};

/**
 * IAM role trust policies and KMS key policies must allow even within one account; a role the
 * scenario does not contain has no trust policy, so nobody can assume it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
export const requiredResourcePolicy: DecisionStep = (r, p, steps) => {
  if (!r.resourcePolicyRequired || p.resource?.outcome.allow) return CONTINUE;
  steps.push({
    step: 'resource',
    outcome: 'implicitDeny',
    detail: `${p.resource ? p.resource.policy.label : r.targetRole ? `role ${r.targetRole.name} has no trust policy; it` : 'the key policy'} must allow the request, even within one account`,
  });
  return implicitDeny();
};

/**
 * Same account: a grant to the user ARN or the session ARN is not limited by an implicit deny in
 * identity-based policies, permissions boundaries or session policies; a grant to the role ARN is
 * still limited by the role's boundary and the session policy. A grant to the account leaves the
 * decision to the identity-based policies. A federated user is like a role session: a grant to its
 * own ARN stands alone, a grant to its IAM user answers to the user's boundary and the session
 * policy (and, without a session policy, fails).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */
export const sameAccountGrant: DecisionStep = (r, p, steps) => {
  const rbp = p.resource;
  if (r.crossAccount || !rbp) return CONTINUE;
  if (rbp.outcome.allow === 'direct') {
    steps.push({
      step: 'identity',
      outcome: 'notApplicable',
      detail:
        'the resource-based policy names the caller itself, so identity-based policies, boundaries and session policies need not allow',
    });
    return allowed(rbp.outcome.allows);
  }
  if (rbp.outcome.allow !== 'role') return CONTINUE;
  const federated = r.principal.type === 'federatedUser';
  if (p.boundary && p.boundary.outcome.allow === null) return boundaryDenies(steps, p.boundary.policy);
  if (p.session && p.session.outcome.allow === null) return sessionDenies(steps);
  if (federated && !p.session) return noSessionPolicy(steps);
  steps.push({
    step: 'identity',
    outcome: 'notApplicable',
    detail: federated
      ? "the resource-based policy names the federated user's IAM user, so the user's identity-based policies need not allow"
      : "the resource-based policy names the role, so the role's identity-based policies need not allow",
  });
  return allowed([...rbp.outcome.allows, ...(p.boundary?.outcome.allows ?? []), ...(p.session?.outcome.allows ?? [])]);
};

/**
 * Across accounts both sides must allow: the resource's policy must name the caller (or its
 * account), and then the caller's identity-based policies must allow too.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
export const crossAccountGrant: DecisionStep = (r, p, steps) => {
  if (!r.crossAccount || p.resource?.outcome.allow) return CONTINUE;
  steps.push({
    step: 'resource',
    outcome: 'implicitDeny',
    detail: `cross-account: ${p.resource ? `${p.resource.policy.label} in account ${r.resourceAccount} must allow ${describePrincipal(r.principal)}` : `the resource is in account ${r.resourceAccount} and has no resource-based policy to allow a caller from account ${r.principal.account}`}`,
  });
  return implicitDeny();
};
