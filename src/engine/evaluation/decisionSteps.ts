import type { Decision } from '../../model';
import type { EvaluationStep, StatementRef } from '../types';
import type { ApplicablePolicies } from './applicablePolicies';
import type { ResolvedRequest } from './resolveRequest';

/** A final answer: the decision and the statements that decided it. */
export interface Verdict {
  decision: Decision;
  deciding: StatementRef[];
}

/** A step that does not decide the request leaves it to the next one. */
export const CONTINUE = 'continue';

export type StepResult = Verdict | typeof CONTINUE;

/**
 * One step of AWS's evaluation. It reads the request and the policies' outcomes (never changes
 * them), appends what it concluded to `steps` (the explanation's trail; a step that has nothing to
 * say about this request appends nothing), and returns a verdict or CONTINUE. Nothing changes a
 * step once appended, so one that says the same for every request is made once and shared.
 */
export type DecisionStep = (r: ResolvedRequest, p: ApplicablePolicies, steps: EvaluationStep[]) => StepResult;

export const allowed = (deciding: StatementRef[]): Verdict => ({ decision: 'allowed', deciding });

/** Nothing allowed it: no statement decided, so none is named. */
export const implicitDeny = (): Verdict => ({ decision: 'implicitDeny', deciding: [] });

/**
 * Runs the steps in order until one decides; `last` decides a request every step let through.
 * Returns the verdict and the trail of what each step concluded.
 */
export function runDecisionSteps(
  order: readonly DecisionStep[],
  last: (r: ResolvedRequest, p: ApplicablePolicies) => Verdict,
  r: ResolvedRequest,
  p: ApplicablePolicies,
): { verdict: Verdict; steps: EvaluationStep[] } {
  const steps: EvaluationStep[] = [];
  // A counted loop, not `for…of`: see bulkMatch in evaluatePolicy.ts.
  for (let i = 0; i < order.length; i++) {
    const result = order[i]!(r, p, steps);
    if (result !== CONTINUE) return { verdict: result, steps };
  }
  return { verdict: last(r, p), steps };
}
