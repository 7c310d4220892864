import { resourceEntryFor, type ContextValue, type Query, type World } from '../model';
import type { ContextLookup } from './policyVariables';
import type { RequestPrincipal } from './principalMatcher';
import { setSessionRequestKeys } from './sessionRequest';

/**
 * The request context: the keys AWS itself supplies, derived from the model, overlaid by what the
 * query gives (a value the query gives always wins). Keys are case-insensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export class RequestContext {
  /** Keys set one by one; none for a request's context, whose keys are all prepared or given. */
  private entries: Map<string, ContextEntry> | null = null;

  /**
   * `base` holds keys shared by many requests (the principal's); this context's own keys win.
   * `prepared`: entries prepared once for every request they are the same for (the clock, the
   * resource), later tables winning; nothing changes them. `given`: the query's own keys, which
   * win over all of these. Both are read where they are, not copied into this context: a request
   * reads two or three keys of its twenty, so copying them would cost more than every read.
   */
  constructor(
    private readonly base: RequestContext | null = null,
    private readonly prepared: readonly PreparedEntries[] = NO_PREPARED,
    private readonly given: Readonly<Record<string, ContextValue>> | undefined = undefined,
  ) {}

  set(key: string, value: ContextValue): void {
    (this.entries ??= new Map()).set(lowerKey(key), { key, value });
  }

  get(key: string): ContextValue | undefined {
    const k = lowerKey(key);
    const given = this.given;
    if (given) {
      // The last spelling of a key wins, as setting each in turn would leave it.
      let value: ContextValue | undefined;
      for (const g in given) if (lowerKey(g) === k) value = given[g];
      if (value !== undefined) return value;
    }
    const own = this.entries?.get(k);
    if (own) return own.value;
    for (let i = this.prepared.length - 1; i >= 0; i--) {
      const entry = this.prepared[i]!.get(k);
      if (entry) return entry.value;
    }
    return this.base?.entries?.get(k)?.value;
  }

  readonly lookup: ContextLookup = (key) => this.get(key);

  /** The context's own entries in the order setting each in turn would leave them: prepared ones, set ones, then given ones. */
  private ownEntries(): Iterable<ContextEntry> {
    if (this.prepared.length === 0 && !this.given) return this.entries?.values() ?? [];
    const all = new Map<string, ContextEntry>();
    for (const table of this.prepared) for (const [k, entry] of table) all.set(k, entry);
    for (const [k, entry] of this.entries ?? []) all.set(k, entry);
    const given = this.given ?? {};
    for (const key in given) all.set(lowerKey(key), { key, value: given[key]! });
    return all.values();
  }

  toRecord(): Record<string, ContextValue> {
    const out: Record<string, ContextValue> = this.base ? this.base.toRecord() : {};
    for (const { key, value } of this.ownEntries()) {
      // A key the request overrides replaces the base's spelling of it.
      for (const k of Object.keys(out)) if (k.toLowerCase() === key.toLowerCase()) delete out[k];
      out[key] = value;
    }
    return out;
  }
}

/** Prepared entries by lower-cased key. */
type PreparedEntries = ReadonlyMap<string, ContextEntry>;
const NO_PREPARED: readonly PreparedEntries[] = [];

interface ContextEntry {
  key: string;
  value: ContextValue;
}

/** Entries as a prepared table holds them, in the order given (a later spelling of a key replaces an earlier one). */
function preparedEntries(entries: readonly [string, ContextValue][]): PreparedEntries {
  const table = new Map<string, ContextEntry>();
  for (const [key, value] of entries) table.set(lowerKey(key), { key, value });
  return table;
}

/**
 * Keys lower-cased once: every request sets and reads the same few dozen keys, and a new lower-case
 * string per use would be allocated and hashed each time. Bounded, as request keys are arbitrary.
 */
const lowered = new Map<string, string>();
function lowerKey(key: string): string {
  let lower = lowered.get(key);
  if (lower === undefined) {
    if (lowered.size >= 4096) lowered.clear();
    lowered.set(key, (lower = key.toLowerCase()));
  }
  return lower;
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

/** aws:CurrentTime (ISO 8601, whole seconds) and aws:EpochTime. */
export type RequestClock = { iso: string; epoch: number };

function clockAt(time: Date): RequestClock {
  return { iso: time.toISOString().replace(/\.\d{3}Z$/, 'Z'), epoch: Math.floor(time.getTime() / 1000) };
}

/** The clock of the time a query gives, or `false` when it does not parse (the request then happens now). */
export function givenClock(time: string): RequestClock | false {
  const t = new Date(time);
  return Number.isNaN(t.getTime()) ? false : clockAt(t);
}

let now: { second: number; clock: RequestClock } | null = null;

/** Now, to the second (the clock keys' precision): one reading per second however many requests ask. */
export function clockNow(): RequestClock {
  const ms = Date.now();
  const second = Math.floor(ms / 1000);
  if (now?.second !== second) now = { second, clock: clockAt(new Date(ms)) };
  return now.clock;
}

/** The clock of a query: its `time`, else now. */
export function requestClock(query: Query): RequestClock {
  return (query.time !== undefined && givenClock(query.time)) || clockNow();
}

/**
 * The keys that depend only on who is asking (and the session's tags): the same for every request
 * of that principal, so a compiled scenario builds them once per principal.
 */
export function principalContext(
  world: World,
  query: Query,
  facts: Pick<ContextFacts, 'principal' | 'principalTags' | 'userName' | 'userId'>,
): RequestContext {
  const ctx = new RequestContext();
  const p = facts.principal;
  if (p.type === 'webIdentity' || p.type === 'saml') {
    federatedCallerContext(ctx, p);
    return ctx;
  }
  if (p.type !== 'anonymous' && p.type !== 'service') {
    ctx.set('aws:PrincipalArn', p.type === 'role' ? p.roleArn! : p.arn!);
    ctx.set('aws:PrincipalAccount', p.account!);
    ctx.set('aws:PrincipalType', PRINCIPAL_TYPE[p.type]);
    ctx.set('aws:PrincipalIsAWSService', false);
    ctx.set('aws:ViaAWSService', false);
    if (p.type === 'user') ctx.set('aws:username', facts.userName!);
    if (facts.userId !== undefined) ctx.set('aws:userid', facts.userId);
    for (const [k, v] of Object.entries(facts.principalTags)) ctx.set(`aws:PrincipalTag/${k}`, v);
    if (p.type === 'role' || p.type === 'federatedUser') {
      // A session's own keys: the session's tags override the role's (or the federated user's IAM user's).
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
      for (const [k, v] of Object.entries(query.sessionTags ?? {})) ctx.set(`aws:PrincipalTag/${k}`, v);
      // Set once on the first role of a chain, then in every request of every session after it.
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceidentity
      if (p.type === 'role' && query.sourceIdentity !== undefined) ctx.set('aws:SourceIdentity', query.sourceIdentity);
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
  return ctx;
}

/**
 * aws:PrincipalType as AWS spells it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltype
 */
const PRINCIPAL_TYPE = { user: 'User', role: 'AssumedRole', root: 'Account', federatedUser: 'FederatedUser' } as const;

/**
 * A caller an identity provider authenticated has no AWS identity yet, so none of the principal
 * keys; the token's claims come with the query's context (`token.actions.githubusercontent.com:sub`,
 * `saml:aud`…). aws:FederatedProvider names an OIDC provider in its trust-policy request: the
 * provider's ARN, or a built-in provider's host (`cognito-identity.amazonaws.com`). saml:doc is
 * `ACCOUNT/PROVIDER-NAME`, the one SAML key not taken from the assertion.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-federatedprovider
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml
 */
function federatedCallerContext(ctx: RequestContext, p: RequestPrincipal): void {
  if (p.type === 'webIdentity') ctx.set('aws:FederatedProvider', p.provider!);
  else ctx.set('saml:doc', `${p.account}/${p.provider!.slice(p.provider!.indexOf('saml-provider/') + 'saml-provider/'.length)}`);
}

/** The request's context: the principal's keys (`base`), the request's own, then the query's. */
export function buildRequestContext(
  world: World,
  query: Query,
  facts: Pick<ContextFacts, 'principal' | 'resource' | 'resourceAccount' | 'resourceTags'> & { region: string | undefined },
  base: RequestContext,
  clock: RequestClock = requestClock(query),
): RequestContext {
  if (query.autoContext === false) {
    const ctx = new RequestContext();
    for (const [k, v] of Object.entries(query.context ?? {})) ctx.set(k, v);
    return ctx;
  }
  // The same entries, in the same order, as one `set` per key would make; prepared once per clock
  // and per resource (its account, organization path, tags and region), not per request. A role
  // session and a federated user (GetFederationToken) both carry a token issue time. The restored
  // query's context is a plain object of its own keys: read as it is.
  const session = facts.principal.type === 'role' || facts.principal.type === 'federatedUser';
  const ctx = new RequestContext(
    base,
    [clockEntries(clock, session), resourceEntries(world, facts.resourceTags, facts.resourceAccount, facts.region)],
    query.context,
  );
  // What an STS call passes (session tags, source identity) sits between the model's keys and the query's own.
  setSessionRequestKeys(ctx, query, facts.principal);
  return ctx;
}

const byClock = new WeakMap<object, { session: PreparedEntries; other: PreparedEntries }>();

/** aws:CurrentTime and aws:EpochTime, and for a role session aws:TokenIssueTime. */
function clockEntries(clock: { iso: string; epoch: number }, session: boolean): PreparedEntries {
  let known = byClock.get(clock);
  if (!known) {
    const other: [string, ContextValue][] = [
      ['aws:CurrentTime', clock.iso],
      ['aws:EpochTime', clock.epoch],
    ];
    byClock.set(
      clock,
      (known = { other: preparedEntries(other), session: preparedEntries([...other, ['aws:TokenIssueTime', clock.iso]]) }),
    );
  }
  return session ? known.session : known.other;
}

type ByTags = WeakMap<object, Map<string | undefined, Map<string | undefined, PreparedEntries>>>;
const byWorld = new WeakMap<World, ByTags>();

/** aws:ResourceAccount, aws:ResourceOrgID and …OrgPaths, aws:ResourceTag/*, aws:RequestedRegion. */
function resourceEntries(
  world: World,
  tags: Record<string, string>,
  account: string | undefined,
  region: string | undefined,
): PreparedEntries {
  // By world (a revision may keep a resource's tags object and change the organization), then by
  // the tags object, which stands for the resource (or role) they belong to.
  let byTags = byWorld.get(world);
  if (!byTags) byWorld.set(world, (byTags = new WeakMap()));
  let byAccount = byTags.get(tags);
  if (!byAccount) byTags.set(tags, (byAccount = new Map()));
  let byRegion = byAccount.get(account);
  if (!byRegion) byAccount.set(account, (byRegion = new Map()));
  let entries = byRegion.get(region);
  if (entries) return entries;
  const list: [string, ContextValue][] = [];
  if (account !== undefined) {
    list.push(['aws:ResourceAccount', account]);
    const org = world.organization;
    const resPath = org?.orgPaths.get(account);
    if (org && resPath !== undefined) list.push(['aws:ResourceOrgID', org.id], ['aws:ResourceOrgPaths', [resPath]]);
  }
  for (const [k, v] of Object.entries(tags)) list.push([`aws:ResourceTag/${k}`, v]);
  if (region) list.push(['aws:RequestedRegion', region]);
  entries = preparedEntries(list);
  byRegion.set(region, entries);
  return entries;
}

/** Tags of the resource a request targets: its `resources` entry, or the role for AssumeRole. */
export function resourceTagsFor(world: World, resource: string): Record<string, string> {
  const role = world.roles.get(resource);
  if (role) return role.tags;
  const user = world.users.get(resource);
  if (user) return user.tags;
  return resourceEntryFor(world, resource)?.tags ?? {};
}
