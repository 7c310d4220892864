import { compileWildcard } from '../../engine';
import type { OrgLevel, PolicyDocument, PolicyStatement, ResolvedPolicy, World } from '../../model';
import type { PrincipalView } from './principalView';

/**
 * Speed, not semantics. The engine tests a statement's `Action` patterns one by one, and AWS
 * managed policies such as ReadOnlyAccess put ~1,500 patterns in one statement: every evaluation
 * would walk thousands of patterns to find the few of its own service. So candidates are evaluated
 * service by service, each in a copy of the world where the principal's own policies (identity,
 * boundary, SCPs) keep, in every statement, only the `Action`/`NotAction` patterns that can match
 * an action of that service.
 *
 * For an action of that service the answer is the same: a pattern whose service part cannot match
 * the service never matches the action (with `NotAction`, never excludes it), so dropping it changes
 * no statement's verdict. Statements stay in place (an emptied `Action` matches nothing), so the
 * engine's statement indexes and JSON pointers still point into the real scenario.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */

/** Below this many patterns in every statement, projecting costs more than it saves. */
const WORTH_IT = 64;

type Grouped = { byPrefix: Map<string, string[]>; wild: { prefix: (s: string) => boolean; pattern: string }[]; other: string[] };

function patternsOf(s: PolicyStatement): string[] | null {
  const v = s.Action ?? s.NotAction;
  return v === undefined ? null : Array.isArray(v) ? v : [v];
}

function group(patterns: string[]): Grouped {
  const byPrefix = new Map<string, string[]>();
  const wild: Grouped['wild'] = [];
  const other: string[] = [];
  for (const p of patterns) {
    const colon = p.indexOf(':');
    if (colon < 0) {
      other.push(p); // `*` (or a pattern that matches nothing): kept for every service
      continue;
    }
    const prefix = p.slice(0, colon);
    if (/[*?]/.test(prefix)) wild.push({ prefix: compileWildcard(prefix, true), pattern: p });
    else {
      const key = prefix.toLowerCase();
      const list = byPrefix.get(key);
      if (list) list.push(p);
      else byPrefix.set(key, [p]);
    }
  }
  return { byPrefix, wild, other };
}

export class ServiceProjection {
  private readonly grouped = new WeakMap<PolicyStatement, Grouped>();
  private readonly projected = new Map<string, Map<ResolvedPolicy, ResolvedPolicy>>();

  private constructor(
    private readonly world: World,
    private readonly view: PrincipalView,
  ) {}

  /** A projection of `world` for this principal, or null when its policies are small enough. */
  static create(world: World, view: PrincipalView): ServiceProjection | null {
    const policies = [...view.identity, ...(view.boundary ? [view.boundary] : []), ...view.scps];
    const big = policies.some((p) => statements(p.document).some((s) => (patternsOf(s)?.length ?? 0) > WORTH_IT));
    return big ? new ServiceProjection(world, view) : null;
  }

  /** The world as seen by requests for actions of `service` (a lower-case prefix). */
  worldFor(service: string): World {
    const world = this.world;
    const project = (p: ResolvedPolicy) => this.policy(p, service);
    const out: World = { ...world };
    const user = this.view.user ? world.users.get(this.view.user.arn) : undefined;
    if (user) {
      out.users = new Map(world.users);
      out.users.set(user.arn, { ...user, policies: user.policies.map(project), boundary: user.boundary && project(user.boundary) });
    }
    const role = this.view.role ? world.roles.get(this.view.role.arn) : undefined;
    if (role) {
      out.roles = new Map(world.roles);
      out.roles.set(role.arn, { ...role, policies: role.policies.map(project), boundary: role.boundary && project(role.boundary) });
    }
    const account = this.view.request.account;
    const levels = account !== undefined ? world.organization?.scpPaths.get(account) : undefined;
    if (world.organization && account !== undefined && levels) {
      const scpPaths = new Map(world.organization.scpPaths);
      scpPaths.set(
        account,
        levels.map((l): OrgLevel => ({ ...l, policies: l.policies.map(project) })),
      );
      out.organization = { ...world.organization, scpPaths };
    }
    return out;
  }

  private policy(p: ResolvedPolicy, service: string): ResolvedPolicy {
    let memo = this.projected.get(service);
    if (!memo) {
      memo = new Map();
      this.projected.set(service, memo);
    }
    let out = memo.get(p);
    if (!out) {
      const document = this.document(p.document, service);
      out = document === p.document ? p : { ...p, document };
      memo.set(p, out);
    }
    return out;
  }

  private document(d: PolicyDocument, service: string): PolicyDocument {
    if (!Array.isArray(d.Statement)) {
      const s = this.statement(d.Statement, service);
      return s === d.Statement ? d : { ...d, Statement: s };
    }
    const list = d.Statement.map((s) => this.statement(s, service));
    return list.every((s, i) => s === (d.Statement as PolicyStatement[])[i]) ? d : { ...d, Statement: list };
  }

  private statement(s: PolicyStatement, service: string): PolicyStatement {
    const patterns = patternsOf(s);
    if (!patterns || patterns.length <= WORTH_IT) return s;
    let g = this.grouped.get(s);
    if (!g) {
      g = group(patterns);
      this.grouped.set(s, g);
    }
    const kept = [...g.other, ...(g.byPrefix.get(service) ?? []), ...g.wild.filter((w) => w.prefix(service)).map((w) => w.pattern)];
    return s.Action !== undefined ? { ...s, Action: kept } : { ...s, NotAction: kept };
  }
}

function statements(d: PolicyDocument): PolicyStatement[] {
  return Array.isArray(d.Statement) ? d.Statement : [d.Statement];
}
