import type { ContextValue, Decision, Expectation, PolicyKind } from '../model';
import type { IssuedSession } from './sessionRequest';

/**
 * The engine's public result types. The explanation is data, not prose: the UI, the CLI and the
 * tests all read the same structure.
 */

/** Why a statement did or did not apply. */
export type StatementVerdict =
  | 'matched' // every element matched: the statement's effect applies
  | 'actionMismatch'
  | 'resourceMismatch'
  | 'principalMismatch'
  | 'conditionFailed';

export interface ConditionExplanation {
  /** Operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Key as written in the policy. */
  key: string;
  /** The policy's values after policy-variable substitution; `null` where a variable had no value. */
  policyValues: (string | null)[];
  /** The request's value for the key; undefined when the key is absent. */
  contextValue: ContextValue | undefined;
  matched: boolean;
  /** One line for people, e.g. `aws:SourceIp 198.51.100.7 is not in 10.0.0.0/8`. */
  reason: string;
}

export interface StatementExplanation {
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  verdict: StatementVerdict;
  /** One line for people. */
  reason: string;
  /** JSON pointer of the statement inside the scenario; null for AWS managed policies. */
  path: string | null;
  conditions: ConditionExplanation[];
}

export interface PolicyExplanation {
  id: string;
  kind: PolicyKind;
  name: string;
  label: string;
  via?: string;
  documentPath: string | null;
  statements: StatementExplanation[];
  /** Net effect of this policy alone on the request. */
  effect: 'allow' | 'deny' | 'none';
}

export interface StatementRef {
  policyId: string;
  policyLabel: string;
  statementIndex: number;
  sid?: string;
  path: string | null;
}

/** One step of AWS's evaluation flow and what it concluded. */
export interface EvaluationStep {
  step: 'deny' | 'rcp' | 'scp' | 'resource' | 'identity' | 'boundary' | 'session' | 'special';
  outcome: 'allow' | 'deny' | 'implicitDeny' | 'notApplicable' | 'continue';
  detail: string;
}

export interface Explanation {
  /** The request the engine actually evaluated (principal resolved, session ARN, context). */
  request: {
    principal: string;
    principalType: 'user' | 'role' | 'root' | 'service' | 'anonymous' | 'webIdentity' | 'saml' | 'federatedUser';
    principalAccount?: string;
    action: string;
    resource: string;
    resourceAccount?: string;
    crossAccount: boolean;
    context: Record<string, ContextValue>;
    /**
     * For an STS call that makes a session, asked with session facts: the session it issues (the
     * calling session's transitive tags and source identity, then what the call passes), in the
     * shape a query about that session takes.
     */
    issuedSession?: IssuedSession;
  };
  policies: PolicyExplanation[];
  steps: EvaluationStep[];
  /** Statements that decided the outcome: the denying ones, else the allowing ones. */
  deciding: StatementRef[];
  /** One paragraph for people. */
  summary: string;
}

export interface QueryResult {
  decision: Decision;
  expect?: Expectation;
  /** null when the query has no expectation. */
  pass: boolean | null;
  /** Condition keys a decision needed but the request did not have (like the AWS simulator). */
  missingContextKeys: string[];
  explanation: Explanation;
}

export function expectationHolds(expect: Expectation | undefined, decision: Decision): boolean | null {
  if (expect === undefined) return null;
  if (expect === 'denied') return decision !== 'allowed';
  return expect === decision;
}
