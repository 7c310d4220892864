import { compileArnPattern, compileWildcard, evaluateQuery, type CompiledScenario } from '../../engine';
import { queryOptions, readableStatementsOf, type PolicyDocument, type Scenario, type World } from '../../model';
import { candidatesOf } from './candidates';

/** One request the diff found changed: who, doing what, to what. */
export interface AccessChange {
  principal: string;
  action: string;
  resource: string;
}

export interface AccessDiff {
  /** Allowed after, not before. */
  gained: AccessChange[];
  /** Allowed before, not after. */
  lost: AccessChange[];
  /** The universe compared, for the summary ("over 12 principals × 30 actions × 9 resources"). */
  principals: number;
  actions: number;
  resources: number;
  evaluations: number;
  /**
   * Action patterns too wide to ask about action by action (`s3:*` in the diff, `*`): the actions
   * the policies name stand for them, so what they grant beyond those is not counted. Say so.
   */
  unexpanded: string[];
}

export interface DiffSide {
  scenario: Scenario;
  world: World;
  compiled: CompiledScenario;
}

/** A pattern's expansion (from the service catalog), or none: the diff then uses only the actions policies name. */
export type ExpandPattern = (pattern: string) => readonly string[];

/** Patterns wider than this (`*`, `s3:*`) are not expanded: the actions other statements name stand for them. */
const MAX_EXPANSION = 64;

/**
 * A pattern one question bounds (a query's action, a switched-off statement's) is expanded in full
 * up to this many catalog actions (`ec2:*` is about 700); `*` and the like cover the actions of
 * the services the policies name instead (scopedActions).
 */
export const MAX_SCOPED_EXPANSION = 1_000;

/** More requests to ask about beside the policies' own: what one question is about. */
export interface DiffExtras {
  actions?: readonly string[];
  /** Patterns those actions ask about in full, so no longer unexpanded. */
  expanded?: readonly string[];
}

/**
 * What an edit changes: every request over the two scenarios' principals × the actions their
 * policies mention × their resources, asked of the engine before and after, and the ones whose
 * answer went from denied to allowed (gained) or back (lost). Only unconditional allows count: a
 * grant that waits on request context is the same grant before and after unless its decision moves.
 * Principals, actions and resources are the union of both sides, so a new role or a deleted bucket
 * shows up as what it gives or takes away.
 */
export function accessDiff(before: DiffSide, after: DiffSide, expandPattern?: ExpandPattern, extras: DiffExtras = {}): AccessDiff {
  const expand = expandPattern && memoized(expandPattern);
  const principals = union(candidatesOf(before.world), candidatesOf(after.world), (c) => c.principal);
  const actions = union([...actionsOf(before.scenario, expand), ...(extras.actions ?? [])], actionsOf(after.scenario, expand), (a) => a);
  const resources = union(resourcesOf(before.scenario), resourcesOf(after.scenario), (r) => r);
  const gained: AccessChange[] = [];
  const lost: AccessChange[] = [];
  let evaluations = 0;
  const allowed = (side: DiffSide, principal: string, action: string, resource: string): boolean => {
    // A principal one side does not have is denied there (a query about it would not even be valid).
    if (!exists(side.world, principal)) return false;
    evaluations++;
    return evaluateQuery(side.compiled, { principal, action, resource, sessionName: 'diff' }).decision === 'allowed';
  };
  // Everyone's answers hang on the world's shared parts (resource and trust policies, the
  // organization, the accounts); when those are the same on both sides, a principal whose own
  // policies, boundary, groups and tags are the same too answers every request as before: skip it.
  // This is what lets the diff follow typing: one edited policy re-asks only who holds it.
  const sameShared = sharedFingerprint(before.world) === sharedFingerprint(after.world);
  for (const principal of principals) {
    if (sameShared && principalFingerprint(before.world, principal) === principalFingerprint(after.world, principal)) continue;
    for (const action of actions) {
      for (const resource of resources) {
        const was = allowed(before, principal, action, resource);
        const is = allowed(after, principal, action, resource);
        if (is && !was) gained.push({ principal, action, resource });
        else if (was && !is) lost.push({ principal, action, resource });
      }
    }
  }
  // A wide pattern whose every action was asked about anyway (a what-if's own, or one the extra
  // actions cover) is counted in full: only the rest are named as standing for fewer.
  const asked = new Set(actions);
  const unexpanded = union(unexpandedOf(before.scenario, expand), unexpandedOf(after.scenario, expand), (p) => p).filter(
    (p) => !(extras.expanded ?? []).includes(p) && (expand?.(p) ?? []).some((a) => !asked.has(a)),
  );
  return { gained, lost, principals: principals.length, actions: actions.length, resources: resources.length, evaluations, unexpanded };
}

/** One principal as a query names it (`user/anna`, an ARN, `*`…), an action pattern, a resource pattern. */
export interface AccessScope {
  principal: string;
  action: string;
  resource: string;
}

/**
 * What `scope.principal` is allowed after and not before, within the scope: the actions its
 * pattern covers (scopedActions) × its resource, or for a pattern either
 * world's resources it matches by IAM's ARN rules. Each request is asked of the engine in both
 * worlds with the principal as written, so `user/anna` and her ARN are the same question, and a
 * principal one world lacks is denied there. Only unconditional allows count, as in accessDiff.
 */
export function newAccessWithin(before: DiffSide, after: DiffSide, scope: AccessScope, expand?: ExpandPattern): AccessChange[] {
  const isPattern = (text: string) => /[*?]/.test(text);
  const actions = isPattern(scope.action) ? scopedActions(scope.action, before, after, expand) : [scope.action];
  let resources = [scope.resource];
  if (isPattern(scope.resource)) {
    const matches = compileArnPattern(scope.resource);
    resources = union(resourcesOf(before.scenario), resourcesOf(after.scenario), (r) => r).filter(matches);
  }
  const allowed = (side: DiffSide, action: string, resource: string) =>
    evaluateQuery(side.compiled, { principal: scope.principal, action, resource, sessionName: 'diff' }).decision === 'allowed';
  const gained: AccessChange[] = [];
  for (const action of actions)
    for (const resource of resources)
      if (allowed(after, action, resource) && !allowed(before, action, resource))
        gained.push({ principal: scope.principal, action, resource });
  return gained;
}

/**
 * The actions one question's pattern covers: every catalog action it matches, up to
 * MAX_SCOPED_EXPANSION; wider (`*`), every action of each service either world's policies name
 * that it matches — a grant on a service no policy names cannot change — beside the actions the
 * policies name.
 */
export function scopedActions(pattern: string, before: DiffSide, after: DiffSide, expand: ExpandPattern | undefined): string[] {
  const matches = compileWildcard(pattern, true);
  const mentioned = union(actionsOf(before.scenario, expand), actionsOf(after.scenario, expand), (a) => a).filter(matches);
  const full = expand?.(pattern) ?? [];
  if (full.length > 0 && full.length <= MAX_SCOPED_EXPANSION) return union(full, mentioned, (a) => a);
  const services = union(servicesOf(before.scenario), servicesOf(after.scenario), (s) => s);
  const out = new Set(mentioned);
  for (const service of services) for (const a of expand?.(`${service}:*`) ?? []) if (matches(a)) out.add(a);
  return [...out];
}

/** Each pattern expanded once per diff: both worlds, and the note of what was not, ask about the same ones. */
function memoized(expand: ExpandPattern): ExpandPattern {
  const known = new Map<string, readonly string[]>();
  return (pattern) => {
    let hits = known.get(pattern);
    if (!hits) known.set(pattern, (hits = expand(pattern)));
    return hits;
  };
}

/** Everything every principal's decisions read from the world besides its own policies. */
function sharedFingerprint(world: World): string {
  const org = world.organization;
  return JSON.stringify({
    defaultAccount: world.defaultAccount,
    accounts: [...world.accounts],
    resources: [...world.resources.values()].map((r) => [r.arn, r.account, r.tags, r.policy?.document ?? null]),
    trust: [...world.roles.values()].map((r) => [r.arn, r.trustPolicy?.document ?? null]),
    org: org && { id: org.id, management: org.managementAccount, scp: [...org.scpPaths], rcp: [...org.rcpPaths], paths: [...org.orgPaths] },
  });
}

/** What one principal's decisions read of its own: policies (with where they come from), boundary, tags. Empty for callers the scenario does not define. */
function principalFingerprint(world: World, principal: string): string {
  const p = world.users.get(principal) ?? world.roles.get(principal);
  if (!p) return principal.startsWith('arn:') && !principal.endsWith(':root') ? 'absent' : '';
  return JSON.stringify([
    p.kind,
    p.policies.map((x) => [x.id, x.document]),
    p.boundary?.document ?? null,
    p.tags,
    p.kind === 'user' ? [p.mfa, p.groups.map((g) => g.arn)] : [p.serviceLinked],
  ]);
}

function exists(world: World, principal: string): boolean {
  if (!principal.startsWith('arn:')) return true; // services and anonymous exist everywhere
  if (principal.endsWith(':root')) return true;
  return world.users.has(principal) || world.roles.has(principal);
}

function union<T>(a: readonly T[], b: readonly T[], key: (t: T) => string): string[] {
  return [...new Set([...a, ...b].map(key))];
}

function actionsOf(scenario: Scenario, expand: ExpandPattern | undefined): string[] {
  const actions = new Set(queryOptions(scenario).actions);
  if (expand) {
    for (const pattern of patternsOf(scenario)) {
      const hits = expand(pattern);
      if (hits.length <= MAX_EXPANSION) for (const a of hits) actions.add(a);
    }
  }
  return [...actions].sort();
}

function patternsOf(scenario: Scenario): string[] {
  return actionTextsOf(scenario).filter((a) => /[*?]/.test(a) && a !== '*');
}

/** Patterns wider than the diff expands, `*` included. */
function unexpandedOf(scenario: Scenario, expand: ExpandPattern | undefined): string[] {
  if (!expand) return [];
  return actionTextsOf(scenario).filter((a) => a === '*' || (/[*?]/.test(a) && expand(a).length > MAX_EXPANSION));
}

/** The services (lower-cased prefixes) the policies' Action and NotAction entries name. */
function servicesOf(scenario: Scenario): string[] {
  return [...new Set(actionTextsOf(scenario, true).flatMap((a) => (a.includes(':') ? [a.slice(0, a.indexOf(':')).toLowerCase()] : [])))];
}

/** Every Action entry of every policy document of the world (NotAction too, when asked). */
function actionTextsOf(scenario: Scenario, withNotAction = false): string[] {
  const out = new Set<string>();
  const documents: (PolicyDocument | null | undefined)[] = [
    ...(scenario.policies ?? []).map((p) => p.document),
    ...[...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])].flatMap((e) =>
      (e.inlinePolicies ?? []).map((p) => p.document),
    ),
    ...(scenario.resources ?? []).map((r) => r.policy),
  ];
  for (const d of documents) {
    if (!d) continue;
    for (const s of readableStatementsOf(d))
      for (const a of [s.Action ?? [], withNotAction ? (s.NotAction ?? []) : []].flat()) if (typeof a === 'string') out.add(a);
  }
  return [...out];
}

function resourcesOf(scenario: Scenario): string[] {
  return [...queryOptions(scenario).resources, '*'];
}
