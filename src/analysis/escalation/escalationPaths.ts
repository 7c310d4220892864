import { evaluateQuery, type QueryResult } from '../../engine';
import type { ContextValue, ManagedPolicyCatalog, ResolvedRole, ResolvedUser } from '../../model';
import { decidingStatement, type DecidingStatement, type WhoCanInput } from '../access/whoCan';
import { isAdminEquivalent } from './adminEquivalent';
import { worldAfter, type WorldEdit } from './hypothetical';
import { CREDENTIAL_ACTIONS, PASS_ROLE_METHODS } from './methods';

export interface EscalationStep {
  action: string;
  resource: string;
  /** The statement that allows the step (the first of them), null when none is named (the root user). */
  statement: DecidingStatement | null;
}

export interface EscalationPath {
  principal: string;
  /** A role or user ARN the principal can become, or `admin`: administrator-equivalent. */
  reaches: string;
  /** The steps in order; several steps may make one move (PassRole and RunInstances). */
  steps: EscalationStep[];
  /** What each move of the path is, for people: `edits its own policy`, `passes role X to EC2`. */
  moves: string[];
}

export interface EscalationInput extends WhoCanInput {
  /** To restore the world after a hypothetical edit the way it was restored the first time. */
  catalog: ManagedPolicyCatalog;
}

export interface EscalationAnswer {
  paths: EscalationPath[];
  evaluations: number;
}

/** One move: what the foothold does, and whom (or what) it becomes. */
interface Move {
  label: string;
  steps: EscalationStep[];
  to: string | 'admin';
  /** A plain AssumeRole the principal is allowed anyway: part of a chain, not an escalation in itself. */
  plain: boolean;
}

const ADMIN_POLICY = 'arn:aws:iam::aws:policy/AdministratorAccess';

/**
 * Privilege escalation: for each principal, every way it can make itself more than it is — write
 * itself a policy, rewrite a policy it has, join a group, drop its boundary, take over another user's
 * credentials, rewrite a role's trust and assume it, or pass a role to a service it can run code in —
 * each step asked of the engine for that principal (conditions, boundaries, SCPs and RCPs apply: a
 * PassRole limited by `iam:PassedToService` to another service is no path), and what a policy edit
 * gains measured by restoring the edited world and asking again. Moves chain (breadth first, so
 * each target is reached by its shortest path), through plain role assumption too.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 */
export function escalationPaths(input: EscalationInput, only?: string): EscalationAnswer {
  const search = new EscalationSearch(input);
  const principals = [...input.world.users.values(), ...input.world.roles.values()]
    .map((p) => p.arn)
    .filter((arn) => only === undefined || arn === only);
  const paths = principals.flatMap((p) => search.pathsFrom(p));
  return { paths, evaluations: search.evaluations };
}

class EscalationSearch {
  evaluations = 0;
  private readonly moves = new Map<string, Move[]>();
  private readonly admin = new Map<string, boolean>();
  private readonly granted = new Map<string, (action: string) => boolean>();
  private readonly definiteAssume: ReadonlySet<string>;

  constructor(private readonly input: EscalationInput) {
    this.definiteAssume = new Set(input.assumeEdges.filter((e) => !e.keys || e.keys.length === 0).map((e) => `${e.from}\u0000${e.to}`));
  }

  /**
   * Whether any identity-based policy of the principal allows the action at all. IAM and the
   * services it passes roles to take no resource-based policy for these actions, so without such a
   * statement the engine would deny: not asking it keeps the search linear in the principals that
   * hold escalation permissions rather than quadratic in all of them.
   */
  private mayBeGranted(principal: string, action: string): boolean {
    let test = this.granted.get(principal);
    if (!test) {
      const { world, compiled } = this.input;
      const policies = world.users.get(principal)?.policies ?? world.roles.get(principal)?.policies ?? [];
      const allows = policies.flatMap((p) => compiled.policy(p).statements.filter((s) => s.effect === 'Allow'));
      test = (a) => allows.some((s) => (s.actions === null ? false : s.notAction ? !s.actions.matches(a) : s.actions.matches(a)));
      this.granted.set(principal, test);
    }
    return test(action);
  }

  pathsFrom(start: string): EscalationPath[] {
    if (this.isAdmin(start)) return [];
    const out: EscalationPath[] = [];
    const seen = new Set([start]);
    let frontier: { at: string; moves: Move[] }[] = [{ at: start, moves: [] }];
    let adminFound = false;
    while (frontier.length > 0 && !adminFound) {
      const next: typeof frontier = [];
      for (const { at, moves } of frontier) {
        for (const move of this.movesFrom(at)) {
          const path = [...moves, move];
          const escalates = path.some((m) => !m.plain);
          if (move.to === 'admin' || this.isAdmin(move.to)) {
            // Becoming an administrator-equivalent role by plain assumption is still a path to admin.
            if (!adminFound) out.push(pathOf(start, 'admin', path));
            adminFound = true;
            continue;
          }
          if (seen.has(move.to)) continue;
          seen.add(move.to);
          if (escalates) out.push(pathOf(start, move.to, path));
          next.push({ at: move.to, moves: path });
        }
      }
      frontier = next;
    }
    // Admin first: it is the finding that matters.
    return out.sort((a, b) => Number(b.reaches === 'admin') - Number(a.reaches === 'admin'));
  }

  private isAdmin(principal: string): boolean {
    let known = this.admin.get(principal);
    if (known === undefined) {
      const account = this.accountOf(principal);
      this.evaluations += 4;
      known = account !== null && isAdminEquivalent(this.input.compiled, principal, account);
      this.admin.set(principal, known);
    }
    return known;
  }

  private accountOf(principal: string): string | null {
    return this.input.world.users.get(principal)?.account ?? this.input.world.roles.get(principal)?.account ?? null;
  }

  private ask(
    principal: string,
    action: string,
    resource: string,
    context?: Record<string, ContextValue>,
    cs = this.input.compiled,
  ): QueryResult {
    this.evaluations++;
    return evaluateQuery(cs, { principal, action, resource, sessionName: 'escalation', ...(context ? { context } : {}) });
  }

  /** The step, if the engine allows it. */
  private step(principal: string, action: string, resource: string, context?: Record<string, ContextValue>): EscalationStep | null {
    if (!this.mayBeGranted(principal, action)) return null;
    const r = this.ask(principal, action, resource, context);
    return r.decision === 'allowed' ? { action, resource, statement: statementOf(r) } : null;
  }

  /** Whether `principal` is administrator-equivalent once `edits` are made. */
  private adminAfter(principal: string, edits: readonly WorldEdit[]): boolean {
    const cs = worldAfter(this.input.scenario, this.input.catalog, edits);
    const account = this.accountOf(principal);
    this.evaluations += 4;
    return cs !== null && account !== null && isAdminEquivalent(cs, principal, account);
  }

  private movesFrom(at: string): Move[] {
    let known = this.moves.get(at);
    if (!known) {
      known = this.computeMoves(at);
      this.moves.set(at, known);
    }
    return known;
  }

  private computeMoves(at: string): Move[] {
    const { world } = this.input;
    const user = world.users.get(at);
    const role = world.roles.get(at);
    const moves: Move[] = [];
    if (user) moves.push(...this.selfEdits(at, user, 'users'));
    if (role) moves.push(...this.selfEdits(at, role, 'roles'));
    for (const other of world.users.values()) {
      if (other.arn === at) continue;
      for (const action of CREDENTIAL_ACTIONS) {
        const s = this.step(at, action, other.arn);
        if (s) {
          moves.push({ label: `${action.slice(4)} for user ${other.name}, and signs in as it`, steps: [s], to: other.arn, plain: false });
          break;
        }
      }
    }
    for (const target of world.roles.values()) {
      if (target.arn === at) continue;
      moves.push(...this.roleMoves(at, target));
    }
    return moves;
  }

  /** Edits of its own permissions: its policies, its groups' policies, the managed policies it has, its boundary. */
  private selfEdits(at: string, self: ResolvedUser | ResolvedRole, collection: 'users' | 'roles'): Move[] {
    const moves: Move[] = [];
    const kind = collection === 'users' ? 'User' : 'Role';
    // A boundary it may delete or replace first, so a policy it writes afterwards is not fenced in.
    const drop: WorldEdit = { kind: 'dropBoundary', collection, index: self.index };
    const dropStep = self.boundary
      ? (this.step(at, `iam:Delete${kind}PermissionsBoundary`, self.arn) ?? this.step(at, `iam:Put${kind}PermissionsBoundary`, self.arn))
      : null;
    const tryEdit = (action: string, resource: string, label: string, edit: WorldEdit, context?: Record<string, ContextValue>) => {
      const s = this.step(at, action, resource, context);
      if (!s) return false;
      if (this.adminAfter(at, [edit])) moves.push({ label, steps: [s], to: 'admin', plain: false });
      else if (dropStep && this.adminAfter(at, [drop, edit]))
        moves.push({ label: `removes its permissions boundary, then ${label}`, steps: [dropStep, s], to: 'admin', plain: false });
      return true;
    };
    const own: WorldEdit = { kind: 'grantEverything', collection, index: self.index };
    if (!tryEdit(`iam:Put${kind}Policy`, self.arn, 'writes itself an inline policy', own))
      tryEdit(`iam:Attach${kind}Policy`, self.arn, 'attaches AdministratorAccess to itself', own, { 'iam:PolicyARN': ADMIN_POLICY });
    if (self.kind === 'user') {
      for (const g of self.groups) {
        const edit: WorldEdit = { kind: 'grantEverything', collection: 'groups', index: g.index };
        if (!tryEdit('iam:PutGroupPolicy', g.arn, `writes an inline policy into its group ${g.name}`, edit))
          tryEdit('iam:AttachGroupPolicy', g.arn, `attaches AdministratorAccess to its group ${g.name}`, edit, {
            'iam:PolicyARN': ADMIN_POLICY,
          });
      }
      for (const g of this.input.world.groups.values()) {
        if (g.account !== self.account || self.groups.includes(g)) continue;
        tryEdit('iam:AddUserToGroup', g.arn, `adds itself to group ${g.name}`, { kind: 'joinGroup', user: self.index, group: g.name });
      }
    }
    // A customer managed policy it has, rewritten: CreatePolicyVersion with --set-as-default needs no other permission.
    const managed = new Set<string>();
    for (const p of self.policies) {
      const index = p.documentPath?.match(/^\/policies\/(\d+)\/document$/)?.[1];
      if (!p.arn || index === undefined || managed.has(p.arn)) continue;
      managed.add(p.arn);
      tryEdit('iam:CreatePolicyVersion', p.arn, `rewrites its policy ${p.name} with a new default version`, {
        kind: 'rewriteManagedPolicy',
        index: Number(index),
      });
    }
    if (dropStep && moves.length === 0 && this.adminAfter(at, [drop]))
      moves.push({ label: 'removes its permissions boundary', steps: [dropStep], to: 'admin', plain: false });
    return moves;
  }

  /** Ways into another role: assume it, rewrite its trust and assume it, or pass it to a service that runs code. */
  private roleMoves(at: string, target: ResolvedRole): Move[] {
    // Plain assumption is what the engine's can-assume edges already say (a same-account trust that
    // names the caller needs no identity grant, so the shortcut above does not apply to it).
    if (this.definiteAssume.has(`${at}\u0000${target.arn}`)) {
      const r = this.ask(at, 'sts:AssumeRole', target.arn);
      const assume = { action: 'sts:AssumeRole', resource: target.arn, statement: statementOf(r) };
      return [{ label: `assumes role ${target.name}`, steps: [assume], to: target.arn, plain: true }];
    }
    const moves: Move[] = [];
    const update = this.step(at, 'iam:UpdateAssumeRolePolicy', target.arn);
    if (update) {
      const cs = worldAfter(this.input.scenario, this.input.catalog, [{ kind: 'trustCaller', role: target.index, caller: at }]);
      const then = cs ? this.ask(at, 'sts:AssumeRole', target.arn, undefined, cs) : null;
      if (then?.decision === 'allowed') {
        moves.push({
          label: `rewrites the trust policy of role ${target.name} and assumes it`,
          steps: [update, { action: 'sts:AssumeRole', resource: target.arn, statement: statementOf(then) }],
          to: target.arn,
          plain: false,
        });
        return moves;
      }
    }
    if (!this.mayBeGranted(at, 'iam:PassRole')) return moves;
    for (const method of PASS_ROLE_METHODS) {
      if (!this.trusts(target, method.service)) continue;
      const pass = this.step(at, 'iam:PassRole', target.arn, { 'iam:PassedToService': method.service });
      // Asked per service: `iam:PassedToService` may allow one and not another.
      if (!pass) continue;
      for (const actions of method.actions) {
        const steps = actions.map((a) => this.step(at, a, '*'));
        if (steps.every((s) => s !== null)) {
          moves.push({
            label: `passes role ${target.name} to ${method.service} and runs code as it`,
            steps: [pass, ...steps],
            to: target.arn,
            plain: false,
          });
          return moves;
        }
      }
    }
    return moves;
  }

  private trusts(role: ResolvedRole, service: string): boolean {
    return this.definiteAssume.has(`${service}\u0000${role.arn}`);
  }
}

function statementOf(r: QueryResult): DecidingStatement | null {
  const first = r.explanation.deciding[0];
  return first ? decidingStatement(first) : null;
}

function pathOf(principal: string, reaches: string, moves: readonly Move[]): EscalationPath {
  return { principal, reaches, steps: moves.flatMap((m) => m.steps), moves: moves.map((m) => m.label) };
}
