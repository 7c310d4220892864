import { makesSession, type Query } from '../model';
import type { CompiledScenario } from './compileScenario';
import { evaluateApplicablePolicies } from './evaluation/applicablePolicies';
import { runDecisionSteps, type DecisionStep } from './evaluation/decisionSteps';
import { explicitDeny } from './evaluation/explicitDeny';
import { federatedCaller, federatedUserLimits, tokenAudience } from './evaluation/federationSteps';
import { invalidResult, queryResult } from './evaluation/explanation';
import { allowedByIdentity, identityPolicies, permissionsBoundary, sessionPolicy } from './evaluation/identitySteps';
import { resourceControlPolicies, serviceControlPolicies } from './evaluation/organizationPolicies';
import { principalWithoutIdentityPolicies, rootUser } from './evaluation/principalSteps';
import { crossAccountGrant, requiredResourcePolicy, resourceBasedPolicy, sameAccountGrant } from './evaluation/resourcePolicySteps';
import { resolveRequest } from './evaluation/resolveRequest';
import { getCallerIdentity } from './evaluation/specialCases';
import { sessionPermissions, withSessionFacts } from './evaluation/sessionSteps';
import type { QueryResult } from './types';

export { defaultKeyPolicyDocument } from './evaluation/defaultKeyPolicy';
export type { Resolved } from './evaluation/resolvePrincipal';

export interface EvaluateOptions {
  /** Build the full explanation (every statement's verdict). Off for bulk runs. */
  explain?: boolean;
  /** JSON pointer of the query, so its session policy can be addressed. */
  queryPath?: string;
}

/**
 * AWS's evaluation order, one step each; the first that decides ends the evaluation:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * explicit deny → RCPs → SCPs → resource-based policies → identity-based policies → permissions
 * boundaries → session policies, with the exceptions for who asks (services, anonymous callers,
 * the root user, callers of an identity provider, federated users) and where (trust and key
 * policies, grants to the caller itself). Cross-account rules:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
export const DECISION_STEPS: readonly DecisionStep[] = [
  getCallerIdentity,
  tokenAudience,
  explicitDeny,
  federatedUserLimits,
  resourceControlPolicies,
  serviceControlPolicies,
  resourceBasedPolicy,
  federatedCaller,
  principalWithoutIdentityPolicies,
  rootUser,
  requiredResourcePolicy,
  sameAccountGrant,
  crossAccountGrant,
  identityPolicies,
  permissionsBoundary,
  sessionPolicy,
];

/** One access question, decided the way AWS's enforcement code does, step by step. */
export function evaluateQuery(cs: CompiledScenario, query: Query, options: EvaluateOptions = {}): QueryResult {
  const explain = options.explain ?? false;
  const request = resolveRequest(cs, query);
  if (typeof request === 'string') return invalidResult(query, request);
  const policies = evaluateApplicablePolicies(cs, request, query, { explain, queryPath: options.queryPath });
  const { verdict, steps } = runDecisionSteps(DECISION_STEPS, allowedByIdentity, request, policies);
  // Most requests are no allowed STS call that makes a session: nothing to add, nothing to make.
  if (verdict.decision !== 'allowed' || !makesSession(request.lowerAction))
    return queryResult(query, request, policies, verdict, steps, explain);
  // What an STS call passes for its new session is authorized after the call itself.
  const session = sessionPermissions(query, request, verdict, steps, (q) => evaluateQuery(cs, q, options));
  return withSessionFacts(queryResult(query, request, policies, session.verdict, steps, explain), query, request, session);
}
