import { asList, mapStatements, type DisagreementClass } from './classify';
import type { Statement } from './policyGen';

/**
 * A pattern whose resource-type part (before the first `/` or `:` of the resource) holds a
 * wildcard and is followed by more of the ARN: a type of `*` or `ta?le` before `/orders`. (`…:t*`,
 * with nothing after it, both engines read as a plain glob.)
 */
export const wildcardTypeBeforeSeparator = (pattern: string): boolean => {
  const resource = pattern.split(':').slice(5).join(':');
  const head = /^[^/:]*/.exec(resource)![0];
  return /[*?]/.test(head) && !pattern.includes('${') && resource.length > head.length;
};

/** Never matches a request of the differential's generator. */
const NO_MATCH = 'arn:aws:none:::open-question-wildcard-in-resource-type';

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
  {
    id: 'open-wildcard-in-resource-type',
    title: 'Does a wildcard in the resource-type part of an ARN (`arn:aws:iam::123456789012:u*`, `…:*/orders`) match like any other?',
    reason:
      'The Resource element page (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html' +
      '#reference_policies_elements_resource_wildcards) allows `*` and `?` within any ARN segment; the ARN page ' +
      '(https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html) says a wildcard cannot be used in the portion ' +
      'that specifies the resource type, with `arn:aws:iam::123456789012:u*` as what is not allowed, but neither says whether ' +
      'IAM refuses such a policy or how one is evaluated. Our engine reads the pattern as a plain glob over the segment (`*/orders` ' +
      'matches `table/orders`, `u*` matches `user/bob`), and the `wildcard-in-resource-type` finding warns where a policy does ' +
      'this; iam-simulate compares a type followed by `/` literally, so `*/orders` matches nothing (`t*` alone it globs). ' +
      'Counterfactual: our engine with such patterns matching nothing.',
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
    side: 'ours',
    neutralise(spec) {
      const strip = (list: string | string[]): string[] => asList(list).map((p) => (wildcardTypeBeforeSeparator(p) ? NO_MATCH : p));
      return mapStatements(spec, (s): Statement => {
        const element = s.Resource !== undefined ? 'Resource' : s.NotResource !== undefined ? 'NotResource' : null;
        if (element === null || !asList(s[element]).some(wildcardTypeBeforeSeparator)) return s;
        return { ...s, [element]: strip(s[element]!) };
      });
    },
  },
];
