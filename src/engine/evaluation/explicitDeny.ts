import { CONTINUE, type DecisionStep } from './decisionSteps';

/**
 * A Deny that matches, in any applicable policy of any kind, wins over every Allow: it is looked
 * for first. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
export const explicitDeny: DecisionStep = (_r, p, steps) => {
  const denies = p.all.flatMap((o) => o.denies);
  if (denies.length === 0) {
    steps.push({ step: 'deny', outcome: 'continue', detail: 'no statement denies the request' });
    return CONTINUE;
  }
  steps.push({
    step: 'deny',
    outcome: 'deny',
    detail: `explicit deny in ${[...new Set(denies.map((d) => d.policyLabel))].join(', ')}`,
  });
  return { decision: 'explicitDeny', deciding: denies };
};
