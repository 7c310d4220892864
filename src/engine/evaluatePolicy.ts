import type { PolicyKind } from '../model';
import { actionPlan, type CompiledPolicy, type CompiledStatement, type RequestAction } from './compilePolicy';
import type { ConditionResult } from './conditions';
import type { ContextLookup } from './policyVariables';
import { matchPrincipal, notPrincipalApplies, strongest, type PrincipalMatch, type RequestPrincipal } from './principalMatcher';
import type { PolicyExplanation, StatementExplanation, StatementRef, StatementVerdict } from './types';

/** The request as statements see it. */
export interface StatementRequest {
  action: string;
  /** `action` lower-cased, its service prefix and its number: made once per revision, read by every statement. */
  act: RequestAction;
  resource: string;
  principal: RequestPrincipal;
  lookup: ContextLookup;
}

export interface PolicyOutcome {
  kind: PolicyKind;
  /** How the strongest matching Allow named the caller (always `direct` outside resource policies). */
  allow: PrincipalMatch | null;
  allows: StatementRef[];
  denies: StatementRef[];
  explanation: PolicyExplanation | null;
}

const quote = (items: string[]) => items.map((i) => `\`${i}\``).join(', ');

type StatementResult = { verdict: StatementVerdict; match: PrincipalMatch | null; reason: string; conditions: ConditionResult[] };

/** A statement's verdict and why, for the explanation (bulkMatch decides the same without the why). */
function explainStatement(st: CompiledStatement, kind: PolicyKind, req: StatementRequest, missing: Set<string>): StatementResult {
  if (!st.actions) return skipped('actionMismatch', 'the statement has no `Action`');
  const actions = st.actions;
  if (actions.matchesLower(req.act.lower) === st.notAction) {
    return skipped(
      'actionMismatch',
      st.notAction ? `\`NotAction\` excludes \`${req.action}\`` : `\`${req.action}\` is not in \`Action\` ${quote(actions.patterns)}`,
    );
  }

  const resources = st.resources;
  if (resources) {
    const vars: string[] = [];
    const hit = resources.matches(req.resource, req.lookup, vars);
    for (const v of vars) missing.add(v);
    if (hit === st.notResource) {
      return skipped(
        'resourceMismatch',
        st.notResource
          ? `\`NotResource\` excludes \`${req.resource}\``
          : `\`${req.resource}\` is not in \`Resource\` ${quote(resources.patterns)}${vars.length ? ` (no value for ${quote(vars)})` : ''}`,
      );
    }
  }

  let match: PrincipalMatch | null = 'direct';
  // Resource-based policies and RCPs name principals; other kinds apply to whoever they are attached to.
  if (kind === 'resource' || kind === 'rcp') {
    const block = st.principal ?? (kind === 'rcp' ? '*' : undefined);
    if (block === undefined) return skipped('principalMismatch', 'the statement names no principal');
    if (st.notPrincipal) {
      match = notPrincipalApplies(block, req.principal, st.effect) ? 'direct' : null;
      if (!match) return skipped('principalMismatch', `\`NotPrincipal\` exempts ${describePrincipal(req.principal)}`);
    } else {
      match = matchPrincipal(block, req.principal);
      if (!match) return skipped('principalMismatch', `\`Principal\` does not name ${describePrincipal(req.principal)}`);
    }
  }

  // Every condition is evaluated, also after one fails: each reports the keys it missed.
  const conditions = st.conditions.length === 0 ? NO_CONDITIONS : st.conditions.map((c) => c.evaluate(req.lookup, true));
  let failed = false;
  for (const c of conditions) {
    for (const k of c.missingKeys) missing.add(k);
    if (!c.matched) failed = true;
  }
  if (failed)
    return {
      verdict: 'conditionFailed',
      match: null,
      reason: conditions
        .filter((c) => !c.matched)
        .map((c) => c.reason)
        .join('; '),
      conditions,
    };
  return {
    verdict: 'matched',
    match,
    reason: `${st.effect === 'Allow' ? 'allows' : 'denies'} \`${req.action}\`${match === 'account' ? ' to the account (its identity-based policies decide)' : match === 'role' ? (req.principal.type === 'federatedUser' ? ' to the IAM user' : ' to the role') : ''}`,
    conditions,
  };
}

function skipped(verdict: StatementVerdict, reason: string): StatementResult {
  return { verdict, match: null, reason, conditions: [] };
}

const NO_CONDITIONS: ConditionResult[] = [];

/** No variable can be missing from a resource pattern without variables: nothing is ever pushed here. */
const NO_VARIABLES: string[] = [];

/**
 * Shared outcomes and lists (these, NO_REFS, constantOutcome's) are never changed by anyone, yet
 * not frozen: a frozen object or array has a hidden class of its own, so every read of an outcome
 * would meet two or three and the optimized walk would be thrown away and rebuilt each time a new
 * one first shows up (four such deopts on every command-line check of the benchmark workload).
 */

/** The outcome of a policy none of whose statements applies to the request: shared. */
const NOTHING_APPLIES = Object.fromEntries(
  (['identity', 'boundary', 'resource', 'scp', 'rcp', 'session'] as const satisfies readonly PolicyKind[]).map(
    (kind): [PolicyKind, PolicyOutcome] => [kind, { kind, allow: null, allows: [], denies: [], explanation: null }],
  ),
) as Record<PolicyKind, PolicyOutcome>;

export function describePrincipal(p: RequestPrincipal): string {
  switch (p.type) {
    case 'anonymous':
      return 'an anonymous caller';
    case 'service':
      return `the service \`${p.service}\``;
    case 'webIdentity':
      return `a web identity from \`${p.provider}\``;
    case 'saml':
      return `a SAML session from \`${p.provider}\``;
    default:
      return `\`${p.arn}\``;
  }
}

/** What a policy concludes about the request; with `explain`, each statement's verdict and why. */
export function evaluatePolicy(compiled: CompiledPolicy, req: StatementRequest, missing: Set<string>, explain: boolean): PolicyOutcome {
  if (!explain) return bulkOutcome(compiled, req, missing);
  const { policy } = compiled;
  const kind = policy.kind;
  const statements = compiled.statements;
  const outcome: PolicyOutcome = { kind, allow: null, allows: [], denies: [], explanation: null };
  const explained: StatementExplanation[] = [];
  for (const st of statements) {
    const r = explainStatement(st, kind, req, missing);
    if (r.verdict === 'matched') {
      const ref = statementRef(compiled, st);
      if (st.effect === 'Deny') outcome.denies.push(ref);
      else {
        outcome.allows.push(ref);
        outcome.allow = strongest(outcome.allow, r.match);
      }
    }
    explained.push({
      index: st.index,
      sid: st.sid,
      effect: st.effect,
      verdict: r.verdict,
      reason: r.reason,
      path: st.path,
      conditions: r.conditions.map(({ missingKeys: _missing, ...c }) => c),
    });
  }
  outcome.explanation = {
    id: policy.id,
    kind,
    name: policy.name,
    label: policy.label,
    via: policy.via,
    documentPath: policy.documentPath,
    statements: explained,
    effect: outcome.denies.length > 0 ? 'deny' : outcome.allows.length > 0 ? 'allow' : 'none',
  };
  return outcome;
}

/**
 * A policy's outcome without an explanation, as explainStatement would conclude it: only the
 * statements whose action applies are looked at (actionPlan), then their resource, principal and
 * conditions. Most of a request's policies have no such statement, and a policy none of whose
 * statements matched concludes nothing: both share one outcome that says so (the decision steps
 * only read outcomes), so no object is made for them. A policy whose outcome for the action is
 * the same for every request (FullAWSAccess, at every level of every path) makes it once.
 */
function bulkOutcome(compiled: CompiledPolicy, req: StatementRequest, missing: Set<string>): PolicyOutcome {
  const kind = compiled.kind;
  const plan = actionPlan(compiled, req.act);
  const statements = plan.statements;
  if (statements.length === 0) return NOTHING_APPLIES[kind];
  if (plan.constant === undefined) plan.constant = constantOutcome(compiled, statements);
  if (plan.constant !== null) return plan.constant;
  // Lists made on the first match, of one (the usual count): an empty list grows to seventeen.
  let allows: StatementRef[] | null = null;
  let denies: StatementRef[] | null = null;
  let allow: PrincipalMatch | null = null;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i]!;
    const match = bulkMatch(st, kind, req, missing);
    if (match === null) continue;
    const ref = statementRef(compiled, st);
    if (st.effect === 'Deny') {
      if (denies) denies.push(ref);
      else denies = [ref];
    } else {
      if (allows) allows.push(ref);
      else allows = [ref];
      allow = strongest(allow, match);
    }
  }
  if (!allows && !denies) return NOTHING_APPLIES[kind];
  return { kind, allow, allows: allows ?? NO_REFS, denies: denies ?? NO_REFS, explanation: null };
}

/**
 * The outcome every request for the action gets from the policy, when it is the same for all of
 * them (no statement applies, or each matches whatever the request), else null.
 */
export function outcomeForAnyRequest(compiled: CompiledPolicy, action: RequestAction): PolicyOutcome | null {
  const plan = actionPlan(compiled, action);
  if (plan.statements.length === 0) return NOTHING_APPLIES[compiled.kind];
  if (plan.constant === undefined) plan.constant = constantOutcome(compiled, plan.statements);
  return plan.constant;
}

/**
 * The outcome every request for the action gets when each statement matches whatever the request
 * (any resource, any principal, no condition: nothing is read and no key can be missing), shared
 * (see NOTHING_APPLIES); null when some statement depends on the request.
 */
function constantOutcome(compiled: CompiledPolicy, statements: CompiledStatement[]): PolicyOutcome | null {
  const kind = compiled.kind;
  if (!statements.every((st) => matchesAnyRequest(st, kind))) return null;
  const allows = statements.filter((st) => st.effect !== 'Deny').map((st) => statementRef(compiled, st));
  const denies = statements.filter((st) => st.effect === 'Deny').map((st) => statementRef(compiled, st));
  return { kind, allow: allows.length > 0 ? 'direct' : null, allows, denies, explanation: null };
}

/** Whether a statement whose action applies matches every request, as bulkMatch would find each time. */
function matchesAnyRequest(st: CompiledStatement, kind: PolicyKind): boolean {
  // Cheapest first: conditions compile when first read, and a statement that fails here before
  // them may never need them.
  if (kind === 'resource' || kind === 'rcp') {
    const block = st.principal ?? (kind === 'rcp' ? '*' : undefined);
    if (st.notPrincipal || block !== '*') return false;
  }
  const resources = st.resources;
  // A pattern with variables can report a missing key even beside `*`.
  if (resources && (st.notResource || resources.dynamic || !resources.patterns.includes('*'))) return false;
  return st.conditions.length === 0;
}

/** The side of an outcome no statement matched: shared (see NOTHING_APPLIES). */
const NO_REFS: StatementRef[] = [];

/**
 * How a statement whose action applies matches the request, or null: explainStatement's tests in
 * its order, without the reasons. Its loops, and those of the rest of a request's walk, count an
 * index rather than use `for…of`: until the optimizing compiler has taken a function over, each
 * `for…of` step allocates and calls an iterator, and a command-line check is over before most of
 * its thousands of requests run optimized (the first pass is most of its time).
 */
function bulkMatch(st: CompiledStatement, kind: PolicyKind, req: StatementRequest, missing: Set<string>): PrincipalMatch | null {
  const resources = st.resources;
  if (resources) {
    // Only a pattern with policy variables can miss one: no list is made for the others.
    const vars: string[] = resources.dynamic ? [] : NO_VARIABLES;
    const hit = resources.matches(req.resource, req.lookup, vars);
    for (let i = 0; i < vars.length; i++) missing.add(vars[i]!);
    if (hit === st.notResource) return null;
  }
  let match: PrincipalMatch | null = 'direct';
  if (kind === 'resource' || kind === 'rcp') {
    const block = st.principal ?? (kind === 'rcp' ? '*' : undefined);
    if (block === undefined) return null;
    match = st.notPrincipal
      ? notPrincipalApplies(block, req.principal, st.effect)
        ? 'direct'
        : null
      : matchPrincipal(block, req.principal);
    if (!match) return null;
  }
  // Every condition is evaluated, also after one fails: each reports the keys it missed.
  let failed = false;
  const conditions = st.conditions;
  for (let i = 0; i < conditions.length; i++) {
    const r = conditions[i]!.evaluate(req.lookup, false);
    const keys = r.missingKeys;
    for (let k = 0; k < keys.length; k++) missing.add(keys[k]!);
    if (!r.matched) failed = true;
  }
  return failed ? null : match;
}

/**
 * The reference to a matched statement, made once per compiled policy and statement: every request
 * it matches names it the same way, and nothing changes a reference once made.
 */
function statementRef(compiled: CompiledPolicy, st: CompiledStatement): StatementRef {
  const known = compiled.refs[st.index];
  if (known) return known;
  const { policy } = compiled;
  const ref: StatementRef = { policyId: policy.id, policyLabel: policy.label, statementIndex: st.index, sid: st.sid, path: st.path };
  compiled.refs[st.index] = ref;
  return ref;
}
