import { DOCS } from './docs';
import type { Finding, FindingSeverity } from './types';

/**
 * Every finding the module reports: its severity, what to read, and why it matters. Messages are
 * written where the finding is made, since they name the user's input.
 */
interface Rule {
  severity: FindingSeverity;
  docUrl: string;
  learnMore: string;
}

export const RULES = {
  // ── errors: AWS would refuse the policy, or the part can never work ──
  'invalid-version': {
    severity: 'error',
    docUrl: DOCS.version,
    learnMore: 'IAM accepts only `2012-10-17` (current, with policy variables) and `2008-10-17` as `Version`. Use `2012-10-17`.',
  },
  'scp-principal': {
    severity: 'error',
    docUrl: DOCS.scpSyntax,
    learnMore:
      'An SCP applies to the IAM users and roles of the accounts it is attached to, so it cannot name principals. Remove `Principal` and, to single out principals, use a condition on `aws:PrincipalArn`.',
  },
  'not-principal-with-allow': {
    severity: 'error',
    docUrl: DOCS.notPrincipal,
    learnMore:
      '`NotPrincipal` is supported only with `"Effect": "Deny"`; with Allow it would grant everyone else, anonymous callers included. Name the principals in `Principal` instead.',
  },
  'not-principal-in-trust': {
    severity: 'error',
    docUrl: DOCS.notPrincipal,
    learnMore:
      'A role trust policy cannot use `NotPrincipal`. Name who may assume the role in `Principal`, and exclude principals with a Deny statement that tests `aws:PrincipalArn`.',
  },
  'rcp-allow': {
    severity: 'error',
    docUrl: DOCS.rcpSyntax,
    learnMore:
      'Only the AWS managed `RCPFullAWSAccess` may use Allow, and it is always attached; RCPs you write can only deny. Change the statement to Deny with a condition that states what must hold.',
  },
  'rcp-principal': {
    severity: 'error',
    docUrl: DOCS.rcpSyntax,
    learnMore:
      'An RCP statement names every principal, `"Principal": "*"`, and narrows them with conditions such as `aws:PrincipalOrgID` or `aws:PrincipalIsAWSService`.',
  },
  'rcp-not-action': {
    severity: 'error',
    docUrl: DOCS.rcpSyntax,
    learnMore: 'RCPs do not support `NotAction`. List the actions to deny in `Action` instead.',
  },
  'rcp-unsupported-service': {
    severity: 'error',
    docUrl: DOCS.rcpServices,
    learnMore:
      'RCPs govern only the services AWS lists as supporting them, and their `Action` may name only those services. Remove the action, or govern this service with an SCP or the resource’s own policy.',
  },
  'missing-resource': {
    severity: 'error',
    docUrl: DOCS.resource,
    learnMore:
      'This kind of policy needs `Resource` or `NotResource` in every statement. Add `"Resource": "*"` for actions that take no resource, or the ARNs the statement is about.',
  },
  'duplicate-sid': {
    severity: 'error',
    docUrl: DOCS.sid,
    learnMore: 'In IAM policies every `Sid` must be unique within the document. Rename one of the statements.',
  },
  'invalid-sid': {
    severity: 'error',
    docUrl: DOCS.sid,
    learnMore:
      'In IAM policies a `Sid` may contain only ASCII letters and digits (A–Z, a–z, 0–9). Remove spaces, hyphens and other characters.',
  },
  'invalid-principal': {
    severity: 'error',
    docUrl: DOCS.principal,
    learnMore:
      'An AWS principal is `*`, a 12-digit account ID, or the ARN of an account root, IAM user, IAM role, assumed-role session or federated user; wildcards inside an ARN are not allowed. To match principals by pattern, use `"Principal": "*"` with an `ArnLike` condition on `aws:PrincipalArn`.',
  },
  'malformed-action': {
    severity: 'error',
    docUrl: DOCS.action,
    learnMore: 'An action is written `service:ActionName`, such as `s3:GetObject`, or `*` for every action.',
  },
  'unknown-service': {
    severity: 'error',
    docUrl: DOCS.serviceReference,
    learnMore:
      'The prefix before the colon must be an AWS service prefix from the Service Authorization Reference, such as `s3`, `ec2` or `iam`. Check the spelling.',
  },
  'unknown-action': {
    severity: 'error',
    docUrl: DOCS.serviceReference,
    learnMore:
      'The action is not in the service’s list of actions, so the statement never matches it. Check the spelling against the Service Authorization Reference.',
  },
  'malformed-arn': {
    severity: 'error',
    docUrl: DOCS.arns,
    learnMore:
      'A resource is `*` or an ARN, `arn:partition:service:region:account-id:resource`, with all six parts (some may be empty, as in `arn:aws:s3:::bucket`). A malformed ARN matches no request.',
  },
  'unknown-condition-operator': {
    severity: 'error',
    docUrl: DOCS.conditionOperators,
    learnMore:
      'Condition operator names are case-sensitive and come from a fixed list (`StringEquals`, `ArnLike`, `IpAddress`, …, with optional `ForAnyValue:`/`ForAllValues:` and `IfExists`). IAM rejects any other name.',
  },
  'invalid-condition-value': {
    severity: 'error',
    docUrl: DOCS.conditionOperators,
    learnMore:
      'Each operator family reads its values in its own format; a value it cannot read never matches, so the condition can never be true (or, negated, is always true).',
  },
  'unsupported-policy-variable': {
    severity: 'error',
    docUrl: DOCS.variables,
    learnMore:
      'Numeric, date, IP address and binary operators do not support policy variables: they read `${…}` as it is written, so the value never parses. Compare with a fixed value, or use a string or ARN operator.',
  },
  'policy-too-large': {
    severity: 'error',
    docUrl: DOCS.quotas,
    learnMore:
      'AWS refuses a policy larger than its quota. Merge statements, use wildcards, or split the permissions over several policies.',
  },
  // ── security: the policy grants more than it seems to ──
  'allow-not-action': {
    severity: 'security',
    docUrl: DOCS.notAction,
    learnMore:
      'Allow with `NotAction` grants every action except those listed, including actions of services added later. List the actions to allow in `Action` instead.',
  },
  'allow-not-resource': {
    severity: 'security',
    docUrl: DOCS.notResource,
    learnMore:
      'Allow with `NotResource` grants the actions on every resource except those listed, including resources created later. List the resources to allow in `Resource` instead.',
  },
  'pass-role-star': {
    severity: 'security',
    docUrl: DOCS.passRole,
    learnMore:
      '`iam:PassRole` on every resource lets the principal hand any role in the account, an administrator role included, to a service it controls, and act with that role’s permissions. List the role ARNs it may pass and constrain `iam:PassedToService`.',
  },
  'public-access': {
    severity: 'security',
    docUrl: DOCS.anonymousPrincipal,
    learnMore:
      '`"Principal": "*"` means everyone, in any account, and anonymous callers too. Add a condition that limits who can use the grant, such as `aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceArn` or `aws:SourceVpce`.',
  },
  'privilege-escalation': {
    severity: 'security',
    docUrl: DOCS.leastPrivilege,
    learnMore:
      'A principal with this permission on every resource can grant itself more permissions than the policy gives it. Scope the resource to the ARNs it must manage, or add conditions and a permissions boundary.',
  },
  'oidc-trust-without-sub': {
    severity: 'security',
    docUrl: DOCS.githubOidc,
    learnMore:
      'Without a condition on the provider’s `sub` claim, every identity the provider issues tokens for can assume the role: for GitHub, a workflow in any repository of any organization; for EKS, any service account. Add a `StringEquals` condition on `HOST:sub` naming the repository and branch, or the service account, that may assume it.',
  },
  // ── warnings: valid, but probably not what was meant ──
  'action-matches-nothing': {
    severity: 'warning',
    docUrl: DOCS.action,
    learnMore: 'The wildcard pattern matches no action the service defines, so the entry has no effect. Check the spelling.',
  },
  'unknown-condition-key': {
    severity: 'warning',
    docUrl: DOCS.globalKeys,
    learnMore:
      'The key is neither an AWS global condition key nor a key of any service. A key that is never in the request makes the condition false (true for negated operators and `…IfExists`).',
  },
  'condition-key-not-applicable': {
    severity: 'warning',
    docUrl: DOCS.serviceReference,
    learnMore:
      'None of the statement’s actions (nor their resource types) supports this key, so it is never in their requests: the condition is always false (always true for negated operators and `…IfExists`). Check which keys the actions support.',
  },
  'operator-type-mismatch': {
    severity: 'warning',
    docUrl: DOCS.conditionOperators,
    learnMore:
      'Use an operator of the key’s type: String or ARN operators for ARN keys, Numeric for numbers, Date for dates, Bool for booleans, IpAddress for IP addresses.',
  },
  'set-operator-on-single-valued-key': {
    severity: 'warning',
    docUrl: DOCS.multivalued,
    learnMore:
      '`ForAnyValue`/`ForAllValues` are for multivalued keys. On a single-valued key, `ForAllValues` is also true when the key is missing, which can grant more than meant; use the plain operator.',
  },
  'missing-set-operator': {
    severity: 'warning',
    docUrl: DOCS.multivalued,
    learnMore:
      'A multivalued key holds a set of values; say whether any (`ForAnyValue:`) or all (`ForAllValues:`) of them must match, since the plain operator’s meaning for a set is not what most policies intend.',
  },
  'wildcard-without-like': {
    severity: 'warning',
    docUrl: DOCS.conditionOperators,
    learnMore:
      '`StringEquals` and its variants compare literally, so `*` and `?` only match themselves. Use `StringLike` (or `StringNotLike`) for patterns.',
  },
  'github-sub-org-wildcard': {
    severity: 'warning',
    docUrl: DOCS.githubOidc,
    learnMore:
      '`repo:ORG/*` admits every repository of the organization on every branch, tag, environment and pull request, so anyone who can run a workflow in any of them can assume the role. AWS calls it the minimum condition, not the aim: name the repository and the branch or environment, such as `repo:ORG/REPO:ref:refs/heads/main`.',
  },
  'like-without-wildcard': {
    severity: 'warning',
    docUrl: DOCS.conditionOperators,
    learnMore:
      '`StringLike` reads `*` and `?` as wildcards; a value without them compares literally, exactly as `StringEquals` does. Write `StringEquals` for an exact claim, so that a later `*` is a visible change of meaning rather than a quiet widening.',
  },
  'wildcard-in-resource-type': {
    severity: 'warning',
    docUrl: DOCS.arns,
    learnMore:
      'AWS’s ARN page says a wildcard may not stand in the part of an ARN that names the resource type (`arn:aws:iam::123456789012:u*`), though the Resource element page allows wildcards in every segment. The playground reads the pattern as a plain glob, so `u*` also matches `user/…` and any other type starting with `u`, where AWS may refuse it or read it otherwise. Spell out the type and put the wildcard after it, as in `arn:aws:iam::123456789012:user/*`.',
  },
  'resource-type-mismatch': {
    severity: 'warning',
    docUrl: DOCS.serviceReference,
    learnMore:
      'Each action applies to certain resource types (an S3 object, a bucket, an IAM role…). An ARN of a type none of the statement’s actions uses never matches their requests; check the ARN format for the action in the Service Authorization Reference.',
  },
  'variables-without-version': {
    severity: 'warning',
    docUrl: DOCS.variables,
    learnMore:
      'Policy variables are substituted only when `"Version": "2012-10-17"`; otherwise `${…}` is literal text and the value matches almost nothing. Set the version.',
  },
  // ── suggestions: valid, but could be written better ──
  'redundant-action': {
    severity: 'suggestion',
    docUrl: DOCS.action,
    learnMore: 'Another entry of the same list already covers this action, so removing it changes nothing and keeps the policy short.',
  },
  'duplicate-statement': {
    severity: 'suggestion',
    docUrl: DOCS.grammar,
    learnMore: 'An identical statement earlier in the policy already says this. Remove the copy: it only adds to the policy’s size.',
  },
  'empty-array': {
    severity: 'suggestion',
    docUrl: DOCS.grammar,
    learnMore: 'An empty list matches nothing. Remove the element, or fill it in.',
  },
  'empty-condition': {
    severity: 'suggestion',
    docUrl: DOCS.condition,
    learnMore: 'An empty condition block tests nothing. Remove it, or add the keys to test.',
  },
  'missing-version': {
    severity: 'suggestion',
    docUrl: DOCS.version,
    learnMore:
      'Without `Version`, IAM reads the policy with the 2008-10-17 rules, where policy variables do not work. Add `"Version": "2012-10-17"`.',
  },
} as const satisfies Record<string, Rule>;

export type FindingCode = keyof typeof RULES;

/** Every finding code with its severity, for documentation and filters. */
export const FINDING_CODES: readonly { code: FindingCode; severity: FindingSeverity }[] = (Object.keys(RULES) as FindingCode[]).map(
  (code) => ({ code, severity: RULES[code].severity }),
);

/** Collects findings; `learnMore` and `docUrl` may be replaced where the finding knows more than the rule. */
export class FindingSink {
  readonly findings: Finding[] = [];

  add(code: FindingCode, path: string, message: string, more: { learnMore?: string; docUrl?: string } = {}): void {
    const rule: Rule = RULES[code];
    this.findings.push({
      code,
      severity: rule.severity,
      path,
      message,
      learnMore: more.learnMore ?? rule.learnMore,
      docUrl: more.docUrl ?? rule.docUrl,
    });
  }
}
