import type { OrgLevel, Query, ResolvedPolicy } from '../../model';
import type { CompiledScenario } from '../compileScenario';
import type { CompiledPolicy, RequestAction } from '../compilePolicy';
import { evaluatePolicy, outcomeForAnyRequest, type PolicyOutcome, type StatementRequest } from '../evaluatePolicy';
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
  /**
   * The outcomes of the caller's identity-based policies; without an explanation, only of those
   * with a statement about the action (the others conclude nothing).
   */
  identity: PolicyOutcome[];
  /** How many identity-based policies the caller has, whether or not any is about the action. */
  identityPolicyCount: number;
  boundary: EvaluatedPolicy | null;
  session: EvaluatedPolicy | null;
  /**
   * Every outcome above, in AWS's order: an explicit deny in any of them wins, and the explanation
   * lists them. Without an explanation, only the outcomes that deny (nothing else reads them here).
   */
  all: PolicyOutcome[];
  /** Condition keys a statement needed that the request did not have. */
  missingContextKeys: ReadonlySet<string>;
}

/**
 * The walk's missing keys are collected here and copied out only when there are some (most
 * requests miss none): a set per request was a twentieth of what a request allocated. A walk
 * never starts another walk (a session's own evaluation comes after this one has returned).
 */
const collecting = new Set<string>();
const NO_MISSING_KEYS: ReadonlySet<string> = new Set();

export function evaluateApplicablePolicies(
  cs: CompiledScenario,
  r: ResolvedRequest,
  query: Query,
  options: { explain: boolean; queryPath: string | undefined },
): ApplicablePolicies {
  const req: StatementRequest = {
    action: r.action,
    act: r.act,
    resource: r.resource,
    principal: r.principal,
    lookup: r.context.lookup,
  };
  collecting.clear();
  const walk: Walk = { cs, req, missing: collecting, explain: options.explain, all: [] };
  // Plain functions and counted loops rather than closures, map, spread and `for…of` (see
  // bulkMatch): this runs for every request, over some fifteen policies.
  const rcp = levels(walk, rcpLevelsFor(r));
  const scp = levels(walk, scpLevelsFor(r));
  const resource = one(walk, r.resourcePolicy);
  const identityList = r.user?.policies ?? r.role?.policies ?? NO_POLICIES;
  const identityPolicies = options.explain ? cs.policies(identityList) : cs.policiesAbout(identityList, r.act);
  const identity = sized<PolicyOutcome>(identityPolicies.length);
  for (let i = 0; i < identityPolicies.length; i++) identity[i] = outcomeOf(walk, identityPolicies[i]!);
  const boundary = one(walk, r.user?.boundary ?? r.role?.boundary ?? null);
  const session = one(walk, sessionPolicyOf(r, query, options.queryPath));
  return {
    rcp,
    scp,
    resource,
    identity,
    identityPolicyCount: identityList.length,
    boundary,
    session,
    all: walk.all,
    missingContextKeys: collecting.size === 0 ? NO_MISSING_KEYS : new Set(collecting),
  };
}

/** What one request's walk over its policies shares. */
interface Walk {
  cs: CompiledScenario;
  req: StatementRequest;
  missing: Set<string>;
  explain: boolean;
  all: PolicyOutcome[];
}

function outcomeOf(walk: Walk, compiled: CompiledPolicy): PolicyOutcome {
  const outcome = evaluatePolicy(compiled, walk.req, walk.missing, walk.explain);
  // Without an explanation, `all` is read only for denies: most outcomes conclude nothing.
  if (walk.explain || outcome.denies.length > 0) walk.all.push(outcome);
  return outcome;
}

const NO_LEVELS: EvaluatedOrgLevel[] = [];

function levels(walk: Walk, list: OrgLevel[]): EvaluatedOrgLevel[] {
  if (list.length === 0) return NO_LEVELS;
  if (!walk.explain) {
    const same = levelsForAnyRequest(walk, list);
    if (same !== null) {
      for (let i = 0; i < same.length; i++) {
        const outcomes = same[i]!.outcomes;
        for (let j = 0; j < outcomes.length; j++) if (outcomes[j]!.denies.length > 0) walk.all.push(outcomes[j]!);
      }
      return same;
    }
  }
  const out = sized<EvaluatedOrgLevel>(list.length);
  for (let i = 0; i < list.length; i++) {
    const level = list[i]!;
    const policies = walk.cs.policies(level.policies);
    const outcomes = sized<PolicyOutcome>(policies.length);
    for (let j = 0; j < policies.length; j++) outcomes[j] = outcomeOf(walk, policies[j]!);
    out[i] = { level, outcomes };
  }
  return out;
}

/**
 * A list of `n` items about to be filled in order: made at its size, where an empty list's first
 * push would make room for seventeen (most of the walk's lists hold one to three).
 */
function sized<T>(n: number): T[] {
  // oxlint-disable-next-line unicorn/no-new-array -- the length is meant: Array.from({ length }) fills each slot one by one, and setting `length` makes room for sixteen or more
  return n === 0 ? [] : new Array<T>(n);
}

/**
 * An organization path's levels evaluated, by compiled scenario, path and action number, when
 * every policy on the path concludes the same for every request for the action (FullAWSAccess and
 * policies about other services: nine in ten paths of the benchmark's requests); null otherwise.
 * Shared, and never changed (not frozen, for the reason NOTHING_APPLIES in evaluatePolicy.ts gives).
 */
const pathsForAnyRequest = new WeakMap<CompiledScenario, WeakMap<OrgLevel[], (EvaluatedOrgLevel[] | null | undefined)[]>>();

function levelsForAnyRequest(walk: Walk, list: OrgLevel[]): EvaluatedOrgLevel[] | null {
  const { cs, req } = walk;
  let byPath = pathsForAnyRequest.get(cs);
  if (!byPath) pathsForAnyRequest.set(cs, (byPath = new WeakMap()));
  let byAction = byPath.get(list);
  if (!byAction) byPath.set(list, (byAction = []));
  let same = byAction[req.act.id];
  if (same === undefined) byAction[req.act.id] = same = sameLevels(cs, list, req.act);
  return same;
}

function sameLevels(cs: CompiledScenario, list: OrgLevel[], action: RequestAction): EvaluatedOrgLevel[] | null {
  const out: EvaluatedOrgLevel[] = [];
  for (const level of list) {
    const outcomes: PolicyOutcome[] = [];
    for (const compiled of cs.policies(level.policies)) {
      const outcome = outcomeForAnyRequest(compiled, action);
      if (outcome === null) return null;
      outcomes.push(outcome);
    }
    out.push({ level, outcomes });
  }
  return out;
}

function one(walk: Walk, p: ResolvedPolicy | null): EvaluatedPolicy | null {
  if (!p) return null;
  return { policy: p, outcome: outcomeOf(walk, walk.cs.policy(p)) };
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
