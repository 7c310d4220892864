import { asList, type DisagreementClass } from './classify';

/**
 * Disagreements where AWS's documentation, as far as we could find, says neither engine is right:
 * the behaviour is a modelling choice. Counted apart by the differential test and reported to the
 * engine's owners for a decision; a documented answer moves the class to knownDisagreements.ts
 * (ours) or engineBugs.ts (theirs).
 */
export const OPEN_QUESTIONS: DisagreementClass[] = [
  {
    id: 'open-wildcard-principal-vs-session-policy',
    title: 'Does a same-account `Principal: "*"` grant count as naming the role session (and so escape the session policy)?',
    reason:
      'AWS documents that a same-account resource policy naming the role session ARN is not limited by the session policy, and ' +
      'that one naming the role ARN is. It does not say which of the two a wildcard principal is. Our engine treats `*` like ' +
      'the session ARN (allowed); iam-simulate applies the session policy to every request (denied). Counterfactual: ' +
      'iam-simulate without the session policy.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
    side: 'theirs',
    neutralise(spec) {
      const p = spec.principal;
      if (p.kind !== 'role' || !spec.sessionPolicy || p.account !== spec.resourceAccount || !spec.resourcePolicy) return null;
      const wildcard = spec.resourcePolicy.Statement.some(
        (s) => s.Effect === 'Allow' && (s.Principal === '*' || (s.Principal !== undefined && asList(s.Principal.AWS).includes('*'))),
      );
      return wildcard ? { ...spec, sessionPolicy: null } : null;
    },
  },
];
