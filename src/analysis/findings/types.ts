/**
 * Policy findings: what a policy document gets wrong or risks, in the spirit of IAM Access
 * Analyzer's policy validation.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */

/**
 * `error`: AWS would refuse the policy, or a part of it can never work; `security`: the policy
 * grants more than it seems to; `warning`: valid, but probably not what was meant; `suggestion`:
 * valid and meant, but could be written better.
 */
export type FindingSeverity = 'error' | 'security' | 'warning' | 'suggestion';

/** Which kind of policy a document is: each kind has its own grammar and quotas. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'session';

export interface Finding {
  /** Stable kebab-case id, e.g. `unknown-action`. */
  code: string;
  severity: FindingSeverity;
  /**
   * JSON pointer into the scenario to the narrowest value at fault, e.g.
   * `/policies/0/document/Statement/1/Action/2` (`…/Statement` when the document's statement is a
   * single object).
   */
  path: string;
  /** One line: lower-case start, no final period, user input in backticks, IAM words. */
  message: string;
  /** One to three sentences: why it matters and what to do. */
  learnMore: string;
  /** The AWS documentation page. */
  docUrl?: string;
}

/** Facts about where a document lives that its content does not say. */
export interface DocumentOptions {
  /** The ARN of the resource a `resource` policy is attached to (for its size quota). */
  resourceArn?: string;
}
