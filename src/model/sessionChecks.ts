import type { ScenarioIssue } from './issues';
import type { PrincipalRef } from './principalRef';
import type { Query } from './scenarioSchema';
import { readsNewSession, sameTagKey } from './sessionFacts';

type Issue = { field: string; message: string; severity: ScenarioIssue['severity'] };

/** Whether a query sets any session field: only then can `sessionFieldIssues` have anything to say. */
export function namesSessionFields(q: Query): boolean {
  return q.sessionTags !== undefined || q.transitiveTagKeys !== undefined || q.sourceIdentity !== undefined || q.newSession !== undefined;
}

/**
 * Session fields where they cannot apply. They are warnings, not errors, and the engine ignores the
 * field: a form that switched the principal or the action may leave one behind, as with
 * `federatingUser`. What AWS itself rejects (a tag key passed twice over a chain, a changed source
 * identity) is the engine's to decide, with its reason.
 */
export function sessionFieldIssues(q: Query, principal: PrincipalRef, label: string): Issue[] {
  if (!namesSessionFields(q)) return [];
  const issues: Issue[] = [];
  const warn = (field: string, message: string) => issues.push({ field, message: `${label}: ${message}`, severity: 'warning' });
  const session = principal.type === 'role' || principal.type === 'federatedUser';
  if (q.sessionTags !== undefined && !session)
    warn('sessionTags', '`sessionTags` describe a role session or a federated user; this principal is neither, so they are ignored');
  // sts:GetFederationToken takes tags but neither transitive keys nor a source identity.
  for (const field of ['transitiveTagKeys', 'sourceIdentity'] as const)
    if (q[field] !== undefined && principal.type !== 'role')
      warn(field, `\`${field}\` describes a role session; this principal is not one, so it is ignored`);
  if (q.transitiveTagKeys && principal.type === 'role')
    for (const k of q.transitiveTagKeys)
      if (!Object.keys(q.sessionTags ?? {}).some((t) => sameTagKey(t, k)))
        warn('transitiveTagKeys', `transitive key \`${k}\` is not one of the session's \`sessionTags\`, so it carries nothing`);
  if (q.newSession !== undefined && !readsNewSession(q.action.toLowerCase()))
    warn(
      'newSession',
      '`newSession` is what an sts:AssumeRole*, sts:GetFederationToken, sts:TagSession or sts:SetSourceIdentity call passes; this query asks for another action, so it is ignored',
    );
  // sts:GetFederationToken takes `Tags` only: no transitive keys (there is no chain after it), no source identity.
  if (
    q.action.toLowerCase() === 'sts:getfederationtoken' &&
    (q.newSession?.transitiveTagKeys ?? q.newSession?.sourceIdentity) !== undefined
  )
    warn('newSession', 'sts:GetFederationToken passes session tags only; its `transitiveTagKeys` and `sourceIdentity` are ignored');
  for (const [field, source] of [
    ['sourceIdentity', q.sourceIdentity],
    ['newSession', q.newSession?.sourceIdentity],
  ] as const)
    if (source !== undefined && !/^[\w+=,.@-]{2,64}$/.test(source))
      warn(field, `source identity \`${source}\` is not 2 to 64 letters, digits and _+=,.@- (STS rejects it)`);
  return issues;
}
