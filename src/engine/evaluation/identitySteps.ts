import type { ResolvedPolicy } from '../../model';
import type { PolicyOutcome } from '../evaluatePolicy';
import type { EvaluationStep, StatementRef } from '../types';
import type { ApplicablePolicies } from './applicablePolicies';
import { allowed, CONTINUE, implicitDeny, type DecisionStep, type Verdict } from './decisionSteps';
import { noSessionPolicy } from './federationSteps';
import type { ResolvedRequest } from './resolveRequest';

/**
 * The caller's own policies, after every resource-based exception above: an identity-based policy
 * must grant, and the permissions boundary and the session policy, where there are any, must allow
 * too (they only limit what the identity-based policies grant).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */

/** Every Allow that matched, in order; read only (it may be an outcome's own list). */
function allowsOf(outcomes: PolicyOutcome[]): StatementRef[] {
  // Usually one policy allows: its list serves as it is, rather than a copy per request.
  let only: StatementRef[] | null = null;
  let all: StatementRef[] | null = null;
  // A counted loop, not `for…of`: see bulkMatch in evaluatePolicy.ts.
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i]!;
    if (o.allows.length === 0) continue;
    if (all) all.push(...o.allows);
    else if (only) all = [...only, ...o.allows];
    else only = o.allows;
  }
  return all ?? only ?? NO_ALLOWS;
}

const NO_ALLOWS: StatementRef[] = [];

/** The distinct policies of some statements, as the explanation names them. */
function policyLabels(refs: StatementRef[]): string {
  return refs.length === 1 ? refs[0]!.policyLabel : [...new Set(refs.map((a) => a.policyLabel))].join(', ');
}

/** Made once, as a request denied here says one of two things (no step is changed once made: see decisionSteps.ts). */
const NO_IDENTITY_POLICIES: EvaluationStep = {
  step: 'identity',
  outcome: 'implicitDeny',
  detail: 'the principal has no identity-based policies',
};
const NO_IDENTITY_ALLOW: EvaluationStep = {
  step: 'identity',
  outcome: 'implicitDeny',
  detail: 'no identity-based policy allows the request',
};

export const identityPolicies: DecisionStep = (_r, p, steps) => {
  const allows = allowsOf(p.identity);
  if (allows.length === 0) {
    steps.push(p.identityPolicyCount === 0 ? NO_IDENTITY_POLICIES : NO_IDENTITY_ALLOW);
    return implicitDeny();
  }
  steps.push({
    step: 'identity',
    outcome: 'allow',
    detail: `${policyLabels(allows)} allows it`,
  });
  return CONTINUE;
};

export const permissionsBoundary: DecisionStep = (_r, p, steps) => {
  if (!p.boundary) return CONTINUE;
  if (p.boundary.outcome.allow === null) return boundaryDenies(steps, p.boundary.policy);
  steps.push({ step: 'boundary', outcome: 'allow', detail: `the permissions boundary ${p.boundary.policy.name} allows it` });
  return CONTINUE;
};

export const sessionPolicy: DecisionStep = (r, p, steps) => {
  if (!p.session) return r.principal.type === 'federatedUser' ? noSessionPolicy(steps) : CONTINUE;
  if (p.session.outcome.allow === null) return sessionDenies(steps);
  steps.push({ step: 'session', outcome: 'allow', detail: 'the session policy allows it' });
  return CONTINUE;
};

/**
 * A request every step let through: the identity-based policies granted it, with the other
 * account's resource-based policy when it crosses accounts, and the boundary and the session
 * policy that let it through.
 */
export function allowedByIdentity(r: ResolvedRequest, p: ApplicablePolicies): Verdict {
  return allowed([
    ...allowsOf(p.identity),
    ...(r.crossAccount ? (p.resource?.outcome.allows ?? []) : []),
    ...(p.boundary?.outcome.allows ?? []),
    ...(p.session?.outcome.allows ?? []),
  ]);
}

export function boundaryDenies(steps: EvaluationStep[], boundary: ResolvedPolicy): Verdict {
  steps.push({ step: 'boundary', outcome: 'implicitDeny', detail: `the permissions boundary ${boundary.name} does not allow the request` });
  return implicitDeny();
}

export function sessionDenies(steps: EvaluationStep[]): Verdict {
  steps.push({ step: 'session', outcome: 'implicitDeny', detail: 'the session policy does not allow the request' });
  return implicitDeny();
}
