import type { NewSession, Query } from './scenarioSchema';

/**
 * Which STS calls a query's session fields speak of. The calls that make a session take its tags
 * (and, for the role-assuming ones, its source identity); sts:TagSession and sts:SetSourceIdentity
 * are the permissions STS checks for passing them, asked of the same request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_permissions-required
 */
const ASSUME_ROLE_ACTIONS: ReadonlySet<string> = new Set(['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity']);

/** An sts:AssumeRole-like call: it makes a role session, which may carry tags and a source identity. */
export const isAssumeRoleCall = (lowerAction: string): boolean => ASSUME_ROLE_ACTIONS.has(lowerAction);

/** A call that makes a session (sts:GetFederationToken takes tags, but no source identity). */
export const makesSession = (lowerAction: string): boolean => isAssumeRoleCall(lowerAction) || lowerAction === 'sts:getfederationtoken';

/** A request whose `newSession` is read: a call that makes a session, or a permission STS checks for one. */
export const readsNewSession = (lowerAction: string): boolean =>
  makesSession(lowerAction) || lowerAction === 'sts:tagsession' || lowerAction === 'sts:setsourceidentity';

/** Tag keys compare case-insensitively in STS: `Team` and `team` are one tag. */
export const sameTagKey = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The tags a role session passes on to the next session of a chain: the ones whose keys are
 * transitive. Role tags are never transitive, only session tags.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining
 */
export function transitiveTagsOf(q: Pick<Query, 'sessionTags' | 'transitiveTagKeys'>): Record<string, string> {
  const keys = q.transitiveTagKeys ?? [];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(q.sessionTags ?? {})) if (keys.some((t) => sameTagKey(t, k))) out[k] = v;
  return out;
}

/** Whether the call passes session tags (or, when assuming a role, marks keys transitive): what needs sts:TagSession. */
export const passesTags = (s: NewSession | undefined, lowerAction: string): boolean =>
  Object.keys(s?.sessionTags ?? {}).length > 0 || (isAssumeRoleCall(lowerAction) && (s?.transitiveTagKeys?.length ?? 0) > 0);

/** The session an STS call issues, in one line, for the CLI and the app (data only, so the page need not load the engine): `team=web (transitive), source identity alice`. */
export function describeIssuedSession(s: {
  sessionTags: Record<string, string>;
  transitiveTagKeys: readonly string[];
  sourceIdentity?: string;
}): string {
  const transitive = new Set(s.transitiveTagKeys.map((k) => k.toLowerCase()));
  const tags = Object.entries(s.sessionTags).map(([k, v]) => `${k}=${v}${transitive.has(k.toLowerCase()) ? ' (transitive)' : ''}`);
  const parts = [tags.length > 0 ? `tags ${tags.join(', ')}` : 'no session tags'];
  if (s.sourceIdentity !== undefined) parts.push(`source identity ${s.sourceIdentity}`);
  return parts.join('; ');
}
