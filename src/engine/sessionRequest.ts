import { isAssumeRoleCall, readsNewSession, sameTagKey, transitiveTagsOf, type Query } from '../model';
import type { RequestPrincipal } from './principalMatcher';
import type { RequestContext } from './requestContext';

/**
 * The keys an STS call that makes a session puts in its own request (and the sts:TagSession and
 * sts:SetSourceIdentity checks of that call, which read the same request): the tags it passes as
 * aws:RequestTag/KEY and aws:TagKeys, the keys it marks transitive as sts:TransitiveTagKeys, and
 * the source identity as sts:SourceIdentity. A role session that assumes another role carries its
 * source identity into the call, set or not: it cannot be changed, so it is the request's.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_sourceidentity
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_adding-assume-role
 */
export function setSessionRequestKeys(ctx: RequestContext, query: Query, principal: RequestPrincipal): void {
  // Most requests are not STS calls: the one test they pay for.
  if (query.newSession === undefined && query.sourceIdentity === undefined) return;
  const lower = query.action.toLowerCase();
  if (!readsNewSession(lower)) return;
  const passed = query.newSession;
  const tags = passed?.sessionTags ?? {};
  const keys = Object.keys(tags);
  for (const k of keys) ctx.set(`aws:RequestTag/${k}`, tags[k]!);
  if (keys.length > 0) ctx.set('aws:TagKeys', keys);
  // GetFederationToken has no TransitiveTagKeys parameter: a federated user starts no chain.
  if (passed?.transitiveTagKeys !== undefined && lower !== 'sts:getfederationtoken')
    ctx.set('sts:TransitiveTagKeys', passed.transitiveTagKeys);
  const source = sourceIdentityOfCall(query, principal);
  if (source !== undefined) ctx.set('sts:SourceIdentity', source);
}

/** The source identity an sts:AssumeRole* call sets: the caller's own when it has one, else the one it passes. */
export function sourceIdentityOfCall(query: Query, principal: RequestPrincipal): string | undefined {
  const lower = query.action.toLowerCase();
  if (!isAssumeRoleCall(lower) && lower !== 'sts:setsourceidentity' && lower !== 'sts:tagsession') return undefined;
  const inherited = principal.type === 'role' ? query.sourceIdentity : undefined;
  return inherited ?? query.newSession?.sourceIdentity;
}

/** The session an allowed STS call issues, in the shape a query about that session takes. */
export interface IssuedSession {
  sessionTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity?: string;
}

/**
 * What the new session holds: for a chained call, the caller's transitive tags and source identity
 * (which persist), then what the call passes. A query about the next hop states these as its own
 * `sessionTags`, `transitiveTagKeys` and `sourceIdentity`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining
 */
export function issuedSession(query: Query, principal: RequestPrincipal): IssuedSession {
  const chained = principal.type === 'role';
  const inherited = chained ? transitiveTagsOf(query) : {};
  const passed = query.newSession;
  const sessionTags = withTags(inherited, passed?.sessionTags ?? {});
  const transitive = [
    ...Object.keys(inherited),
    ...(isAssumeRoleCall(query.action.toLowerCase()) ? (passed?.transitiveTagKeys ?? []) : []),
  ];
  const source = isAssumeRoleCall(query.action.toLowerCase()) ? sourceIdentityOfCall(query, principal) : undefined;
  return {
    sessionTags,
    transitiveTagKeys: [...new Set(transitive)],
    ...(source !== undefined ? { sourceIdentity: source } : {}),
  };
}

/** `over` laid on `base`, a key of `over` replacing the same key of `base` in any case, as STS keys do. */
export function withTags(base: Record<string, string>, over: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const overKeys = Object.keys(over);
  for (const [k, v] of Object.entries(base)) if (!overKeys.some((o) => sameTagKey(o, k))) out[k] = v;
  return { ...out, ...over };
}
