import type { PolicyKind } from '../model';
import { candidateStatements, type CompiledPolicy, type CompiledStatement } from './compilePolicy';
import type { ConditionResult } from './conditions';
import type { ContextLookup } from './policyVariables';
import { matchPrincipal, notPrincipalApplies, strongest, type PrincipalMatch, type RequestPrincipal } from './principalMatcher';
import type { PolicyExplanation, StatementExplanation, StatementRef, StatementVerdict } from './types';

/** The request as statements see it. */
export interface StatementRequest {
  action: string;
  /** `action` lower-cased, and its service prefix: computed once per request, read by every statement. */
  lowerAction: string;
  service: string;
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

/**
 * A statement that does not apply, without a reason: bulk evaluation (no explanation) must not pay
 * for prose, nor for an object per statement. Never changed by anyone (`conditions` stays empty).
 */
const SKIPPED: Record<Exclude<StatementVerdict, 'matched' | 'conditionFailed'>, StatementResult> = {
  actionMismatch: { verdict: 'actionMismatch', match: null, reason: '', conditions: [] },
  resourceMismatch: { verdict: 'resourceMismatch', match: null, reason: '', conditions: [] },
  principalMismatch: { verdict: 'principalMismatch', match: null, reason: '', conditions: [] },
};

/** No variable can be missing from a resource pattern without variables: nothing is ever pushed here. */
const NO_VARIABLES: string[] = [];

function evaluateStatement(
  st: CompiledStatement,
  kind: PolicyKind,
  req: StatementRequest,
  missing: Set<string>,
  explain: boolean,
): StatementResult {
  // Without an explanation a statement that does not apply returns a shared result: no reason is
  // written, and no closure made to write one.
  if (!st.actions) return explain ? skipped('actionMismatch', 'the statement has no `Action`') : SKIPPED.actionMismatch;
  const actions = st.actions;
  if (actions.matchesLower(req.lowerAction) === st.notAction) {
    if (!explain) return SKIPPED.actionMismatch;
    return skipped(
      'actionMismatch',
      st.notAction ? `\`NotAction\` excludes \`${req.action}\`` : `\`${req.action}\` is not in \`Action\` ${quote(actions.patterns)}`,
    );
  }

  const resources = st.resources;
  if (resources) {
    const vars: string[] = resources.dynamic ? [] : NO_VARIABLES;
    const hit = resources.matches(req.resource, req.lookup, vars);
    for (const v of vars) missing.add(v);
    if (hit === st.notResource) {
      if (!explain) return SKIPPED.resourceMismatch;
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
    if (block === undefined) return explain ? skipped('principalMismatch', 'the statement names no principal') : SKIPPED.principalMismatch;
    if (st.notPrincipal) {
      match = notPrincipalApplies(block, req.principal, st.effect) ? 'direct' : null;
      if (!match)
        return explain
          ? skipped('principalMismatch', `\`NotPrincipal\` exempts ${describePrincipal(req.principal)}`)
          : SKIPPED.principalMismatch;
    } else {
      match = matchPrincipal(block, req.principal);
      if (!match)
        return explain
          ? skipped('principalMismatch', `\`Principal\` does not name ${describePrincipal(req.principal)}`)
          : SKIPPED.principalMismatch;
    }
  }

  // Every condition is evaluated, also after one fails: each reports the keys it missed.
  const conditions = st.conditions.length === 0 ? NO_CONDITIONS : st.conditions.map((c) => c.evaluate(req.lookup, explain));
  let failed = false;
  for (const c of conditions) {
    for (const k of c.missingKeys) missing.add(k);
    if (!c.matched) failed = true;
  }
  if (failed)
    return {
      verdict: 'conditionFailed',
      match: null,
      reason: explain
        ? conditions
            .filter((c) => !c.matched)
            .map((c) => c.reason)
            .join('; ')
        : '',
      conditions,
    };
  return {
    verdict: 'matched',
    match,
    reason: explain
      ? `${st.effect === 'Allow' ? 'allows' : 'denies'} \`${req.action}\`${match === 'account' ? ' to the account (its identity-based policies decide)' : match === 'role' ? (req.principal.type === 'federatedUser' ? ' to the IAM user' : ' to the role') : ''}`
      : '',
    conditions,
  };
}

function skipped(verdict: keyof typeof SKIPPED, reason: string): StatementResult {
  return { verdict, match: null, reason, conditions: [] };
}

const NO_CONDITIONS: ConditionResult[] = [];

/** The outcome of a policy none of whose statements is about the request's service: shared, so frozen. */
const NOTHING_APPLIES = Object.fromEntries(
  (['identity', 'boundary', 'resource', 'scp', 'rcp', 'session'] as const satisfies readonly PolicyKind[]).map((kind) => [
    kind,
    Object.freeze({ kind, allow: null, allows: frozenEmpty(), denies: frozenEmpty(), explanation: null }),
  ]),
) as Record<PolicyKind, PolicyOutcome>;

function frozenEmpty(): StatementRef[] {
  const none: StatementRef[] = [];
  Object.freeze(none);
  return none;
}
/** Bulk evaluation explains nothing: nothing is ever pushed here. */
const NO_EXPLANATIONS: StatementExplanation[] = [];

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

export function evaluatePolicy(compiled: CompiledPolicy, req: StatementRequest, missing: Set<string>, explain: boolean): PolicyOutcome {
  const { policy } = compiled;
  const kind = policy.kind;
  const statements = explain ? compiled.statements : candidateStatements(compiled, req.service);
  // Most of a request's policies have no statement about its service: they share one outcome that
  // says so (the decision steps only read outcomes).
  if (statements.length === 0 && !explain) return NOTHING_APPLIES[kind];
  const outcome: PolicyOutcome = { kind, allow: null, allows: [], denies: [], explanation: null };
  const explained: StatementExplanation[] = explain ? [] : NO_EXPLANATIONS;
  for (const st of statements) {
    const r = evaluateStatement(st, kind, req, missing, explain);
    if (r.verdict === 'matched') {
      const ref: StatementRef = { policyId: policy.id, policyLabel: policy.label, statementIndex: st.index, sid: st.sid, path: st.path };
      if (st.effect === 'Deny') outcome.denies.push(ref);
      else {
        outcome.allows.push(ref);
        outcome.allow = strongest(outcome.allow, r.match);
      }
    }
    if (explain) {
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
  }
  if (explain) {
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
  }
  return outcome;
}
