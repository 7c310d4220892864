import type { EvaluationStep, StatementRef } from '../types';
import { CONTINUE, type DecisionStep } from './decisionSteps';

/**
 * A Deny that matches, in any applicable policy of any kind, wins over every Allow: it is looked
 * for first. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
export const explicitDeny: DecisionStep = (_r, p, steps) => {
  let denies: StatementRef[] | null = null;
  // A counted loop, not `for…of`: see bulkMatch in evaluatePolicy.ts.
  for (let i = 0; i < p.all.length; i++) if (p.all[i]!.denies.length > 0) (denies ??= []).push(...p.all[i]!.denies);
  if (denies === null) {
    steps.push(NOTHING_DENIES);
    return CONTINUE;
  }
  steps.push({
    step: 'deny',
    outcome: 'deny',
    detail: `explicit deny in ${[...new Set(denies.map((d) => d.policyLabel))].join(', ')}`,
  });
  return { decision: 'explicitDeny', deciding: denies };
};

/** The step of nearly every request, made once: no step is changed once made (see decisionSteps.ts). */
const NOTHING_DENIES: EvaluationStep = { step: 'deny', outcome: 'continue', detail: 'no statement denies the request' };
