import type { CompiledScenario, EvaluationStep, QueryResult, StatementRef } from '../../engine';
import type { CompiledStatement } from '../../engine';
import type { Decision, ResolvedPolicy } from '../../model';
import type { DenialReason, StatementTrace } from '../effectivePermissionsTypes';
import type { Outcome } from './assemble';
import type { Candidate } from './candidates';
import type { PrincipalView } from './principalView';
import { traceKey, type TraceIndex } from './traces';

/**
 * What one engine answer says about a candidate, kept small: a call over the whole catalog makes
 * tens of thousands of them, and holding every full QueryResult until the end costs more in
 * garbage collection than the evaluations themselves.
 */
export interface ProbeVerdict {
  probe: string;
  decision: Decision;
  /** The deciding statements: the allowing ones when allowed, the denying ones when explicitly denied. */
  deciding: StatementRef[];
  /** Request-supplied keys (requestKeys.ts) the decision needed and did not have. */
  open: string[];
  /** For an implicit deny: the guardrail that capped the grant, if one did. */
  guardrail: DenialReason | null;
  /** The engine's one-paragraph summary. */
  summary: string;
}

/**
 * Engine steps that cap a grant (an implicit deny there means an allowing statement existed and
 * a guardrail or a missing resource-based grant stopped it), and the order in which to name them
 * when several probes were stopped by different ones.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
const GUARDRAILS: Partial<Record<EvaluationStep['step'], DenialReason>> = {
  rcp: 'rcp',
  scp: 'scp',
  resource: 'resourcePolicy',
  boundary: 'boundary',
  session: 'session',
};
const RANK: Record<DenialReason, number> = { explicitDeny: 0, scp: 1, rcp: 2, boundary: 3, session: 4, resourcePolicy: 5 };

export function verdictOf(probe: string, result: QueryResult, isOpen: (key: string) => boolean): ProbeVerdict {
  let guardrail: DenialReason | null = null;
  if (result.decision === 'implicitDeny') {
    const steps = result.explanation.steps;
    for (let i = steps.length - 1; i >= 0; i--) {
      if (steps[i]!.outcome !== 'implicitDeny') continue;
      guardrail = GUARDRAILS[steps[i]!.step] ?? null;
      break;
    }
  }
  return {
    probe,
    decision: result.decision,
    deciding: result.explanation.deciding,
    open: result.missingContextKeys.length === 0 ? [] : result.missingContextKeys.filter(isOpen),
    guardrail,
    summary: result.explanation.summary,
  };
}

export interface LimitingDeny {
  statement: CompiledStatement;
  ref: StatementRef;
}

export const refOf = (policy: ResolvedPolicy, st: { index: number; sid?: string; path: string | null }): StatementRef => ({
  policyId: policy.id,
  policyLabel: policy.label,
  statementIndex: st.index,
  sid: st.sid,
  path: st.path,
});

/** Deny statements of the policies that always apply to this principal (identity side and SCPs). */
export function denyStatements(cs: CompiledScenario, view: PrincipalView): LimitingDeny[] {
  const policies = [...view.identity, ...(view.boundary ? [view.boundary] : []), ...view.scps];
  const out: LimitingDeny[] = [];
  for (const p of policies) {
    for (const st of cs.policy(p).statements) if (st.effect === 'Deny') out.push({ statement: st, ref: refOf(p, st) });
  }
  return out;
}

/** Turns a candidate's verdicts into an outcome, with traces. */
export class Judge {
  constructor(
    private readonly index: TraceIndex,
    /** For `*`: Deny statements that may name an action without removing it (listed in `limitedBy`). */
    private readonly limiting: LimitingDeny[],
  ) {}

  /**
   * Allowed on the probes whose verdict is `allowed`. With `first` (the verdicts before the
   * conditions on open keys were relaxed), the grant is conditional on those keys.
   */
  grant(c: Candidate, verdicts: ProbeVerdict[], first: ProbeVerdict[] | null): Outcome {
    const allowed = verdicts.filter((v) => v.decision === 'allowed');
    const allowedBy = this.index.traces(allowed.flatMap((v) => v.deciding));
    const conditionalDenies = first ? this.index.traces(first.filter((v) => v.decision === 'explicitDeny').flatMap((v) => v.deciding)) : [];
    const taken = new Set(conditionalDenies.map(traceKey));
    const id = c.info.id;
    const limiting = this.limiting.filter((d) => d.statement.actions !== null && d.statement.actions.matches(id) !== d.statement.notAction);
    return {
      kind: 'allowed',
      info: c.info,
      conditional: first !== null,
      missingContextKeys: first ? [...new Set(first.flatMap((v) => v.open))].sort() : [],
      resources: allowed.map((v) => v.probe),
      allowedBy,
      conditionalDenies,
      limitedBy: limiting.length === 0 ? [] : this.index.traces(limiting.map((d) => d.ref)).filter((t) => !taken.has(traceKey(t))),
      note: allowedBy.length === 0 ? allowed[0]?.summary : undefined,
    };
  }

  /**
   * Not allowed anywhere it was asked. An explicit deny on any probe names its statements; else
   * the strongest guardrail that capped a probe. When neither (no identity-side grant applied: its
   * Resource or a condition on a fact did not match) the action is simply not granted: null.
   */
  deny(c: Candidate, verdicts: ProbeVerdict[]): Outcome | null {
    const explicit = verdicts.filter((v) => v.decision === 'explicitDeny');
    let reason: DenialReason | null = explicit.length > 0 ? 'explicitDeny' : null;
    let detail = explicit[0]?.summary ?? '';
    if (!reason) {
      for (const v of verdicts) {
        if (v.guardrail && (!reason || RANK[v.guardrail] < RANK[reason])) {
          reason = v.guardrail;
          detail = v.summary;
        }
      }
    }
    if (!reason) return null;
    const deniedBy: StatementTrace[] = this.index.traces(explicit.flatMap((v) => v.deciding));
    const allowedBy = this.index.traces(c.sources.map(({ policy, statement }) => refOf(policy, statement)));
    return { kind: 'denied', info: c.info, reason, deniedBy, allowedBy, detail };
  }
}
