import type { ResolvedPolicy, Scenario, World } from '../model';
import { serviceOf } from './actionMatcher';
import { actionPlan, attached, compilePolicy, type CompiledPolicy, type RequestAction } from './compilePolicy';

/**
 * A scenario ready to answer queries. Policies compile lazily on first use and are kept for the
 * life of this revision; a new revision of the scenario gets a new CompiledScenario.
 */
export class CompiledScenario {
  private readonly cache = new Map<string, CompiledPolicy>();
  /** Statements compiled once per policy and kind, shared by every way it is attached (`via`). */
  private readonly statements = new Map<string, CompiledPolicy>();
  /** Fast path: resolved policies are stable objects for the life of a revision. */
  private readonly byObject = new WeakMap<ResolvedPolicy, CompiledPolicy>();

  constructor(
    readonly scenario: Scenario,
    readonly world: World,
  ) {}

  private readonly memos = new Map<string, unknown>();

  /** Caches per-revision derived values (resolved principals) under a key. */
  memo<T>(key: string, make: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  private readonly byText = new Map<string, Map<string, NonNullable<unknown>>>();

  /**
   * Caches per-revision values derived from one piece of request text (a resource ARN, a time) in
   * the table `table`: keyed by the text itself, so no key is built per request. No value is
   * undefined, so one lookup tells a hit from a miss.
   */
  memoText<T extends NonNullable<unknown>>(table: string, text: string, make: () => T): T {
    const values = this.textTable<T>(table);
    let value = values.get(text);
    if (value === undefined) values.set(text, (value = make()));
    return value;
  }

  /**
   * memoText's table itself, for the callers that ask once or more per request: a hit is one
   * lookup, and no closure is made for a miss that almost never comes (three of them were a
   * tenth of what a request allocated).
   */
  textTable<T extends NonNullable<unknown>>(table: string): Map<string, T> {
    let values = this.byText.get(table);
    if (!values) this.byText.set(table, (values = new Map()));
    return values as Map<string, T>;
  }

  /** How many request texts (actions, and each memoText table's entries) this revision holds. */
  requestTexts(): number {
    let n = this.actions.size;
    for (const values of this.byText.values()) n += values.size;
    return n;
  }

  policy(p: ResolvedPolicy): CompiledPolicy {
    const known = this.byObject.get(p);
    if (known) return known;
    // The same managed policy can be attached as a permission policy and as a boundary; the kind
    // is part of the key because it changes how statements are read. Where it is attached from
    // (`via`) changes only what the explanation says: the statements are compiled once.
    // A session policy belongs to its query (its id is the query's path, or a placeholder without
    // one): compiled for its own object only, never looked up by id.
    if (p.kind === 'session') {
      const own = compilePolicy(p);
      this.byObject.set(p, own);
      return own;
    }
    const key = `${p.kind}|${p.id}|${p.via ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const shared = this.statements.get(`${p.kind}|${p.id}`);
      hit = shared ? attached(shared, p) : compilePolicy(p);
      if (!shared) this.statements.set(`${p.kind}|${p.id}`, hit);
      this.cache.set(key, hit);
    }
    this.byObject.set(p, hit);
    return hit;
  }

  private readonly lists = new WeakMap<readonly ResolvedPolicy[], CompiledPolicy[]>();

  /**
   * A list of attached policies compiled, by the list's identity: a principal's identity-based
   * policies and an organization level's SCPs are the same array for every request they apply to,
   * so one lookup stands for a lookup per policy.
   */
  policies(list: readonly ResolvedPolicy[]): CompiledPolicy[] {
    let compiled = this.lists.get(list);
    if (!compiled) this.lists.set(list, (compiled = list.map((p) => this.policy(p))));
    return compiled;
  }

  private readonly actions = new Map<string, RequestAction>();

  /** The action text of a request, lowered, split and numbered once per revision (see RequestAction). */
  action(name: string): RequestAction {
    let known = this.actions.get(name);
    if (!known) this.actions.set(name, (known = { name, lower: name.toLowerCase(), service: serviceOf(name), id: this.actions.size }));
    return known;
  }

  private readonly about = new WeakMap<readonly ResolvedPolicy[], (CompiledPolicy[] | undefined)[]>();

  /**
   * The policies of a list (compiled) with a statement whose Action applies to the action, in
   * order, by the list's identity and the action's number. A policy without one concludes nothing
   * about the request, whatever its resource, principal or context: a request's walk skips it
   * rather than asking each of a principal's policies in turn (most have nothing to say).
   */
  policiesAbout(list: readonly ResolvedPolicy[], action: RequestAction): CompiledPolicy[] {
    let byAction = this.about.get(list);
    if (!byAction) this.about.set(list, (byAction = []));
    let found = byAction[action.id];
    if (!found) {
      found = [];
      for (const compiled of this.policies(list)) if (actionPlan(compiled, action).statements.length > 0) found.push(compiled);
      byAction[action.id] = found;
    }
    return found;
  }

  /** Compiles every policy now (for benchmarks and to surface compile work up front). */
  warm(): this {
    const all: ResolvedPolicy[] = [];
    for (const u of this.world.users.values()) all.push(...u.policies, ...(u.boundary ? [u.boundary] : []));
    for (const r of this.world.roles.values())
      all.push(...r.policies, ...(r.boundary ? [r.boundary] : []), ...(r.trustPolicy ? [r.trustPolicy] : []));
    for (const r of this.world.resources.values()) if (r.policy) all.push(r.policy);
    for (const paths of [this.world.organization?.scpPaths, this.world.organization?.rcpPaths]) {
      for (const levels of paths?.values() ?? []) for (const l of levels) all.push(...l.policies);
    }
    for (const p of all) this.policy(p);
    return this;
  }
}

export function compileScenario(scenario: Scenario, world: World): CompiledScenario {
  return new CompiledScenario(scenario, world);
}
