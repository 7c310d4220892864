import { parseArn, resourceEntryFor, type ContextValue, type Query, type World } from '../model';
import type { ContextLookup } from './policyVariables';
import type { RequestPrincipal } from './principalMatcher';

/**
 * The request context: the keys AWS itself supplies, derived from the model, overlaid by what the
 * query gives (a value the query gives always wins). Keys are case-insensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export class RequestContext {
  private readonly entries = new Map<string, { key: string; value: ContextValue }>();

  set(key: string, value: ContextValue): void {
    this.entries.set(key.toLowerCase(), { key, value });
  }

  get(key: string): ContextValue | undefined {
    return this.entries.get(key.toLowerCase())?.value;
  }

  readonly lookup: ContextLookup = (key) => this.get(key);

  toRecord(): Record<string, ContextValue> {
    const out: Record<string, ContextValue> = {};
    for (const { key, value } of this.entries.values()) out[key] = value;
    return out;
  }
}

export interface ContextFacts {
  principal: RequestPrincipal;
  /** Entity tags of the user or role, for aws:PrincipalTag/*. */
  principalTags: Record<string, string>;
  userName?: string;
  userId?: string;
  resource: string;
  resourceAccount: string | undefined;
  resourceTags: Record<string, string>;
}

/** Time of the request: the query's `time`, else now. */
export function requestTime(query: Query): Date {
  const t = query.time !== undefined ? new Date(query.time) : new Date();
  return Number.isNaN(t.getTime()) ? new Date() : t;
}

export function buildRequestContext(world: World, query: Query, facts: ContextFacts): RequestContext {
  const ctx = new RequestContext();
  if (query.autoContext !== false) {
    const p = facts.principal;
    const time = requestTime(query);
    ctx.set('aws:CurrentTime', time.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    ctx.set('aws:EpochTime', Math.floor(time.getTime() / 1000));
    if (p.type !== 'anonymous' && p.type !== 'service') {
      ctx.set('aws:PrincipalArn', p.type === 'role' ? p.roleArn! : p.arn!);
      ctx.set('aws:PrincipalAccount', p.account!);
      ctx.set('aws:PrincipalType', p.type === 'user' ? 'User' : p.type === 'role' ? 'AssumedRole' : 'Account');
      ctx.set('aws:PrincipalIsAWSService', false);
      ctx.set('aws:ViaAWSService', false);
      if (p.type === 'user') ctx.set('aws:username', facts.userName!);
      if (facts.userId !== undefined) ctx.set('aws:userid', facts.userId);
      for (const [k, v] of Object.entries(facts.principalTags)) ctx.set(`aws:PrincipalTag/${k}`, v);
      if (p.type === 'role') {
        // A role session's own keys: the session's tags override the role's.
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
        for (const [k, v] of Object.entries(query.sessionTags ?? {})) ctx.set(`aws:PrincipalTag/${k}`, v);
        ctx.set('aws:TokenIssueTime', time.toISOString().replace(/\.\d{3}Z$/, 'Z'));
      }
      const org = world.organization;
      const orgPath = org?.orgPaths.get(p.account!);
      if (org && orgPath !== undefined) {
        ctx.set('aws:PrincipalOrgID', org.id);
        ctx.set('aws:PrincipalOrgPaths', [orgPath]);
      }
    }
    if (p.type === 'service') {
      ctx.set('aws:PrincipalServiceName', p.service!);
      ctx.set('aws:PrincipalIsAWSService', true);
    }
    if (facts.resourceAccount !== undefined) {
      ctx.set('aws:ResourceAccount', facts.resourceAccount);
      const org = world.organization;
      const resPath = org?.orgPaths.get(facts.resourceAccount);
      if (org && resPath !== undefined) {
        ctx.set('aws:ResourceOrgID', org.id);
        ctx.set('aws:ResourceOrgPaths', [resPath]);
      }
    }
    for (const [k, v] of Object.entries(facts.resourceTags)) ctx.set(`aws:ResourceTag/${k}`, v);
    const arn = parseArn(facts.resource);
    if (arn?.region) ctx.set('aws:RequestedRegion', arn.region);
  }
  for (const [k, v] of Object.entries(query.context ?? {})) ctx.set(k, v);
  return ctx;
}

/** Tags of the resource a request targets: its `resources` entry, or the role for AssumeRole. */
export function resourceTagsFor(world: World, resource: string): Record<string, string> {
  const role = world.roles.get(resource);
  if (role) return role.tags;
  const user = world.users.get(resource);
  if (user) return user.tags;
  return resourceEntryFor(world, resource)?.tags ?? {};
}
