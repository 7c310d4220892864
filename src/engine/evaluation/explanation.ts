import type { Decision, Query } from '../../model';
import { expectationHolds, type EvaluationStep, type PolicyExplanation, type QueryResult } from '../types';
import type { ApplicablePolicies } from './applicablePolicies';
import type { Verdict } from './decisionSteps';
import type { ResolvedRequest } from './resolveRequest';

/** The query's answer: the verdict, and the explanation the UI, the CLI and the tests read. */
export function queryResult(
  query: Query,
  r: ResolvedRequest,
  p: ApplicablePolicies,
  { decision, deciding }: Verdict,
  steps: EvaluationStep[],
  explain: boolean,
): QueryResult {
  const { principal } = r;
  return {
    decision,
    expect: query.expect,
    pass: expectationHolds(query.expect, decision),
    // Most requests miss no key: no iterator for an empty set.
    missingContextKeys: p.missingContextKeys.size === 0 ? [] : [...p.missingContextKeys].sort(),
    explanation: {
      request: {
        principal: principal.arn ?? principal.service ?? principal.provider ?? 'anonymous',
        principalType: principal.type,
        principalAccount: principal.account,
        action: r.action,
        resource: r.resource,
        resourceAccount: r.resourceAccount,
        crossAccount: r.crossAccount,
        context: explain ? r.context.toRecord() : {},
      },
      policies: explain ? p.all.map((o) => o.explanation).filter((e): e is PolicyExplanation => e !== null) : [],
      steps,
      deciding,
      summary: summarize(decision, steps),
    },
  };
}

/** The answer to a query whose principal cannot ask (unknown user or role, unparseable principal). */
export function invalidResult(query: Query, reason: string): QueryResult {
  return {
    decision: 'implicitDeny',
    expect: query.expect,
    pass: expectationHolds(query.expect, 'implicitDeny'),
    missingContextKeys: [],
    explanation: {
      request: {
        principal: query.principal,
        principalType: 'anonymous',
        action: query.action,
        resource: query.resource,
        crossAccount: false,
        context: {},
      },
      policies: [],
      steps: [{ step: 'special', outcome: 'implicitDeny', detail: reason }],
      deciding: [],
      summary: `Implicitly denied: ${reason}.`,
    },
  };
}

/** Steps that grant (a policy that allows) rather than only let a grant through (guardrails). */
const GRANTING_STEPS = new Set<EvaluationStep['step']>(['special', 'resource', 'identity']);

function summarize(decision: Decision, steps: EvaluationStep[]): string {
  // One pass, no intermediate lists: this runs for every request.
  if (decision === 'allowed') {
    // Name what granted it first, then the guardrails that let it through (a boundary "allows" only
    // what something else grants, so it is never the reason on its own).
    let grants: string | null = null;
    let limits: string | null = null;
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      if (s.outcome !== 'allow') continue;
      if (GRANTING_STEPS.has(s.step)) grants = grants === null ? s.detail : `${grants}; ${s.detail}`;
      else limits = limits === null ? s.detail : `${limits}; ${s.detail}`;
    }
    const parts = grants !== null && limits !== null ? `${grants}; ${limits}` : (grants ?? limits);
    return parts !== null ? `Allowed: ${parts}.` : 'Allowed.';
  }
  let last: EvaluationStep | undefined = steps[steps.length - 1];
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.outcome !== 'continue' && s.outcome !== 'notApplicable') {
      last = s;
      break;
    }
  }
  const verdict = decision === 'explicitDeny' ? 'Explicitly denied' : 'Implicitly denied';
  return last ? `${verdict}: ${last.detail}.` : `${verdict}.`;
}
