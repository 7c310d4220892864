import { isAssumeRoleCall, makesSession, passesTags, sameTagKey, transitiveTagsOf, type Query } from '../../model';
import { issuedSession, sourceIdentityOfCall } from '../sessionRequest';
import type { EvaluationStep, QueryResult } from '../types';
import type { Verdict } from './decisionSteps';
import type { ResolvedRequest } from './resolveRequest';

/**
 * The session an STS call asks for, once its own action is allowed. STS rejects some requests
 * outright (a chained call that re-sets an inherited transitive tag, or changes the source
 * identity), and authorizes the rest of what the call passes as actions of their own: session tags
 * need sts:TagSession, a source identity sts:SetSourceIdentity, each decided like the call itself
 * (trust policy, identity-based policies of an IAM caller, SCPs…). The first that fails decides.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
 */
export interface SessionCheck {
  verdict: Verdict;
  /** Condition keys the permission checks needed but did not have. */
  missingContextKeys: string[];
}

export function sessionPermissions(
  query: Query,
  r: ResolvedRequest,
  verdict: Verdict,
  steps: EvaluationStep[],
  evaluate: (q: Query) => QueryResult,
): SessionCheck {
  const none = { verdict, missingContextKeys: [] };
  if (verdict.decision !== 'allowed' || !makesSession(r.lowerAction)) return none;
  const rejected = rejection(query, r);
  if (rejected) {
    steps.push({ step: 'special', outcome: 'implicitDeny', detail: rejected });
    return { verdict: { decision: 'implicitDeny', deciding: [] }, missingContextKeys: [] };
  }
  const checks: { action: string; why: string }[] = [];
  if (passesTags(query.newSession, r.lowerAction)) checks.push({ action: 'sts:TagSession', why: 'passing session tags' });
  if (isAssumeRoleCall(r.lowerAction) && sourceIdentityOfCall(query, r.principal) !== undefined)
    checks.push({
      action: 'sts:SetSourceIdentity',
      why:
        r.principal.type === 'role' && query.sourceIdentity !== undefined ? 'carrying the source identity on' : 'setting a source identity',
    });
  const missing: string[] = [];
  for (const { action, why } of checks) {
    const result = evaluate({ ...query, action });
    missing.push(...result.missingContextKeys);
    if (result.decision !== 'allowed') {
      steps.push({
        step: 'special',
        outcome: result.decision === 'explicitDeny' ? 'deny' : 'implicitDeny',
        detail: `${why} also needs ${action}, which is not allowed (${lowerFirst(result.explanation.summary.replace(/\.$/, ''))})`,
      });
      return { verdict: { decision: result.decision, deciding: result.explanation.deciding }, missingContextKeys: missing };
    }
    steps.push({ step: 'special', outcome: 'allow', detail: `${action} is allowed too, for ${why}` });
  }
  return { verdict, missingContextKeys: missing };
}

/** Why STS refuses the call whatever the policies say, if it does. */
function rejection(query: Query, r: ResolvedRequest): string | null {
  const passed = query.newSession;
  const tagKeys = Object.keys(passed?.sessionTags ?? {});
  for (const k of isAssumeRoleCall(r.lowerAction) ? (passed?.transitiveTagKeys ?? []) : [])
    if (!tagKeys.some((t) => sameTagKey(t, k)))
      return `STS rejects the call: transitive key \`${k}\` is not one of the session tags it passes`;
  if (r.principal.type !== 'role') return null;
  // A role session assuming another role: what it carries persists and cannot be overridden.
  const inherited = Object.keys(transitiveTagsOf(query));
  const clash = tagKeys.find((k) => inherited.some((t) => sameTagKey(t, k)));
  if (clash !== undefined)
    return `STS rejects the call: \`${clash}\` is a transitive tag the calling session carries, and a chained session cannot set it again`;
  const carried = query.sourceIdentity;
  const asked = passed?.sourceIdentity;
  if (isAssumeRoleCall(r.lowerAction) && carried !== undefined && asked !== undefined && asked !== carried)
    return `STS rejects the call: the calling session's source identity is \`${carried}\`, and once set it cannot be changed to \`${asked}\``;
  return null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The result, with what the session checks add: the keys they missed and, for a call that makes a
 * session, allowed, and a query that states session facts, the session it issues. Any other result is
 * returned as it was.
 */
export function withSessionFacts(result: QueryResult, query: Query, r: ResolvedRequest, check: SessionCheck): QueryResult {
  const states = query.newSession !== undefined || query.sourceIdentity !== undefined || query.transitiveTagKeys !== undefined;
  if (!makesSession(r.lowerAction) || (!states && check.missingContextKeys.length === 0)) return result;
  const missing = [...new Set([...result.missingContextKeys, ...check.missingContextKeys])].sort();
  // Only an allowed call issues a session.
  const issues = states && result.decision === 'allowed';
  const request = issues ? { ...result.explanation.request, issuedSession: issuedSession(query, r.principal) } : result.explanation.request;
  return { ...result, missingContextKeys: missing, explanation: { ...result.explanation, request } };
}
