import { allowed, CONTINUE, type DecisionStep } from './decisionSteps';

/**
 * sts:GetCallerIdentity needs no permission and cannot be denied, so it is answered before any
 * policy is read. https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
export const getCallerIdentity: DecisionStep = (r, _p, steps) => {
  if (r.lowerAction !== 'sts:getcalleridentity' || !r.isIamPrincipal) return CONTINUE;
  steps.push({ step: 'special', outcome: 'allow', detail: 'sts:GetCallerIdentity needs no permission, and no policy can deny it' });
  return allowed([]);
};
