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
  const run = (p: ResolvedPolicy): PolicyOutcome => evaluatePolicy(cs.policy(p), req, missingContextKeys, options.explain);
  const evaluated = (p: ResolvedPolicy | null): EvaluatedPolicy | null => (p ? { policy: p, outcome: run(p) } : null);

  const rcp = rcpLevelsFor(r).map((level) => ({ level, outcomes: level.policies.map(run) }));
  const scp = scpLevelsFor(r).map((level) => ({ level, outcomes: level.policies.map(run) }));
  const resource = evaluated(r.resourcePolicy);
  const identity = (r.user?.policies ?? r.role?.policies ?? []).map(run);
  const boundary = evaluated(r.user?.boundary ?? r.role?.boundary ?? null);
  const session = evaluated(sessionPolicyOf(r, query, options.queryPath));

  const all: PolicyOutcome[] = [
    ...rcp.flatMap((l) => l.outcomes),
    ...scp.flatMap((l) => l.outcomes),
    ...(resource ? [resource.outcome] : []),
    ...identity,
    ...(boundary ? [boundary.outcome] : []),
    ...(session ? [session.outcome] : []),
  ];
  return { rcp, scp, resource, identity, boundary, session, all, missingContextKeys };
}

/** A session policy limits a role session only; the query carries it, so it is addressed under the query. */
function sessionPolicyOf(r: ResolvedRequest, query: Query, queryPath: string | undefined): ResolvedPolicy | null {
  if (!r.role || !query.sessionPolicy) return null;
  return {
    id: `${queryPath ?? '/query'}/sessionPolicy`,
    kind: 'session',
    name: 'session policy',
    label: 'session policy',
    document: query.sessionPolicy,
    documentPath: queryPath ? `${queryPath}/sessionPolicy` : null,
  };
}
