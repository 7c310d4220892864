import type { OrgLevel, Query, ResolvedPolicy } from '../../model';
import type { CompiledScenario } from '../compileScenario';
import { evaluatePolicy, type PolicyOutcome, type StatementRequest } from '../evaluatePolicy';
import { rcpLevelsFor, scpLevelsFor } from './organizationPolicies';
import type { ResolvedRequest } from './resolveRequest';

/** A policy and what it concluded about the request. */
export interface EvaluatedPolicy {
  policy: ResolvedPolicy;
  outcome: PolicyOutcome;
}

/** One level of an organization path (root, OU, account) and its policies' outcomes. */
export interface EvaluatedOrgLevel {
  level: OrgLevel;
  outcomes: PolicyOutcome[];
}

/** Every policy that applies to the request, each evaluated once, for the decision steps to read. */
export interface ApplicablePolicies {
  rcp: EvaluatedOrgLevel[];
  scp: EvaluatedOrgLevel[];
  /** The resource-based policy (trust policy, key policy, bucket policy…), when one governs the resource. */
  resource: EvaluatedPolicy | null;
  identity: PolicyOutcome[];
  boundary: EvaluatedPolicy | null;
  session: EvaluatedPolicy | null;
  /** Every outcome above, in AWS's order: an explicit deny in any of them wins, and the explanation lists them. */
  all: PolicyOutcome[];
  /** Condition keys a statement needed that the request did not have. */
  missingContextKeys: Set<string>;
}

export function evaluateApplicablePolicies(
  cs: CompiledScenario,
  r: ResolvedRequest,
  query: Query,
  options: { explain: boolean; queryPath: string | undefined },
): ApplicablePolicies {
  const req: StatementRequest = {
    action: r.action,
    lowerAction: r.lowerAction,
    service: r.service,
    resource: r.resource,
    principal: r.principal,
    lookup: r.context.lookup,
  };
  const missingContextKeys = new Set<string>();
  const explain = options.explain;
  // Loops rather than map and spread: this runs for every request, over some fifteen policies.
  const all: PolicyOutcome[] = [];
  const levels = (list: OrgLevel[]): EvaluatedOrgLevel[] => {
    const out: EvaluatedOrgLevel[] = [];
    for (const level of list) {
      const outcomes: PolicyOutcome[] = [];
      for (const compiled of cs.policies(level.policies)) {
        const outcome = evaluatePolicy(compiled, req, missingContextKeys, explain);
        outcomes.push(outcome);
        all.push(outcome);
      }
      out.push({ level, outcomes });
    }
    return out;
  };
  const one = (p: ResolvedPolicy | null): EvaluatedPolicy | null => {
    if (!p) return null;
    const outcome = evaluatePolicy(cs.policy(p), req, missingContextKeys, explain);
    all.push(outcome);
    return { policy: p, outcome };
  };

  const rcp = levels(rcpLevelsFor(r));
  const scp = levels(scpLevelsFor(r));
  const resource = one(r.resourcePolicy);
  const identity: PolicyOutcome[] = [];
  for (const compiled of cs.policies(r.user?.policies ?? r.role?.policies ?? NO_POLICIES)) {
    const outcome = evaluatePolicy(compiled, req, missingContextKeys, explain);
    identity.push(outcome);
    all.push(outcome);
  }
  const boundary = one(r.user?.boundary ?? r.role?.boundary ?? null);
  const session = one(sessionPolicyOf(r, query, options.queryPath));
  return { rcp, scp, resource, identity, boundary, session, all, missingContextKeys };
}

const NO_POLICIES: ResolvedPolicy[] = [];

/**
 * A session policy limits a role session or a federated user (sts:GetFederationToken); the query
 * carries it, so it is addressed under the query.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */
function sessionPolicyOf(r: ResolvedRequest, query: Query, queryPath: string | undefined): ResolvedPolicy | null {
  if ((!r.role && r.principal.type !== 'federatedUser') || !query.sessionPolicy) return null;
  return {
    id: `${queryPath ?? '/query'}/sessionPolicy`,
    kind: 'session',
    name: 'session policy',
    label: 'session policy',
    document: query.sessionPolicy,
    documentPath: queryPath ? `${queryPath}/sessionPolicy` : null,
  };
}
