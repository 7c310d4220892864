import { compileScenario, evaluateQuery, type AssumeEdge, type CompiledScenario, type QueryResult, type StatementRef } from '../../engine';
import type { Scenario, World } from '../../model';
import { relaxWorld } from '../effective/relaxConditions';
import { requestKeyTest } from '../effective/requestKeys';
import { candidatesOf, type Candidate } from './candidates';
import { roleChainIndex } from './roleChains';

/** A statement that decided, as the CLI's JSON and the panel show it. */
export interface DecidingStatement {
  policy: string;
  statement: number;
  sid?: string;
  /** JSON pointer of the statement in the scenario; null for AWS managed policies. */
  path: string | null;
}

export interface WhoCanEntry {
  principal: string;
  kind: Candidate['kind'];
  /** `allowed`: as the request stands; `conditional`: only with the right values for `conditional`'s keys. */
  decision: 'allowed' | 'conditional';
  /** Request keys the allow waits on, over every hop of the chain; empty for an unconditional allow. */
  conditional: string[];
  /** The roles assumed on the way, in order; empty when the principal is allowed itself. */
  via: string[];
  /** The statements that allow it (of the last role of the chain, when there is one). */
  statements: DecidingStatement[];
  /** For an action pattern: the actions it matches that are allowed. */
  actions: string[];
}

export interface WhoCanAnswer {
  action: string;
  resource: string;
  /** The concrete actions asked about (the pattern's expansion, or the action itself). */
  actions: string[];
  principals: WhoCanEntry[];
  /** Engine evaluations it took, for the bench and the panel's footnote. */
  evaluations: number;
}

/** What who-can reads: the world compiled as it is, and can-assume edges for the role chains. */
export interface WhoCanInput {
  scenario: Scenario;
  world: World;
  compiled: CompiledScenario;
  /** Definite edges, and conditional ones with the keys they wait on. */
  assumeEdges: readonly (AssumeEdge & { keys?: readonly string[] })[];
}

/**
 * "Who can do `action` on `resource`?", answered by asking the engine for every principal that
 * could make the request (candidates.ts) — never by reading policies for names. A principal the
 * engine denies only for want of request context (MFA, source IP…) is listed as conditional, with
 * those keys, found as effective permissions finds conditional grants: by asking again in a world
 * where conditions on keys the caller supplies go its way. Principals that are not allowed
 * themselves but can assume (through a chain of roles) a role that is, are listed with the chain.
 */
export function whoCan(input: WhoCanInput, action: string, resource: string, actions: readonly string[] = [action]): WhoCanAnswer {
  const open = requestKeyTest(true, []);
  let relaxed: CompiledScenario | null = null;
  const relaxedCompiled = () => (relaxed ??= compileScenario(input.scenario, relaxWorld(input.world, open)));
  let evaluations = 0;
  const ask = (cs: CompiledScenario, principal: string, a: string): QueryResult => {
    evaluations++;
    return evaluateQuery(cs, { principal, action: a, resource, sessionName: 'who-can' });
  };

  const candidates = candidatesOf(input.world);
  const direct = new Map<string, WhoCanEntry>();
  for (const c of candidates) {
    const allowedActions: string[] = [];
    const keys = new Set<string>();
    let statements: DecidingStatement[] = [];
    let definite = false;
    for (const a of actions) {
      const real = ask(input.compiled, c.principal, a);
      if (real.decision === 'allowed') {
        allowedActions.push(a);
        definite = true;
        if (statements.length === 0) statements = real.explanation.deciding.map(decidingStatement);
        continue;
      }
      // An explicit deny is not something the caller can talk its way out of.
      if (real.decision === 'explicitDeny' || !real.missingContextKeys.some(open)) continue;
      const optimistic = ask(relaxedCompiled(), c.principal, a);
      if (optimistic.decision !== 'allowed') continue;
      allowedActions.push(a);
      for (const k of real.missingContextKeys.filter(open)) keys.add(k);
      if (statements.length === 0) statements = optimistic.explanation.deciding.map(decidingStatement);
    }
    if (allowedActions.length === 0) continue;
    // Of an action pattern, one action allowed outright makes the principal allowed.
    const conditional = definite ? [] : [...keys].sort();
    direct.set(c.principal, {
      principal: c.principal,
      kind: c.kind,
      decision: definite ? 'allowed' : 'conditional',
      conditional,
      via: [],
      statements,
      actions: actions.length > 1 ? allowedActions : [],
    });
  }

  const chained: WhoCanEntry[] = [];
  const chainsOf = roleChainIndex(input.assumeEdges);
  for (const c of candidates) {
    if (direct.has(c.principal) || c.kind === 'anonymous') continue;
    const { reach } = chainsOf(c.principal);
    let best: WhoCanEntry | null = null;
    for (const [role, hops] of reach) {
      const end = direct.get(role);
      if (!end) continue;
      const needs = [...new Set([...hops.flatMap((h) => h.needs), ...end.conditional])].sort();
      const entry: WhoCanEntry = {
        principal: c.principal,
        kind: c.kind,
        decision: needs.length === 0 && end.decision === 'allowed' ? 'allowed' : 'conditional',
        conditional: needs,
        via: hops.map((h) => h.role),
        statements: end.statements,
        actions: end.actions,
      };
      // The shortest chain, and of those one that needs nothing.
      if (!best || entry.via.length < best.via.length || (entry.via.length === best.via.length && needs.length < best.conditional.length))
        best = entry;
    }
    if (best) chained.push(best);
  }

  return { action, resource, actions: [...actions], principals: [...direct.values(), ...chained], evaluations };
}

/** A deciding statement as the analyses report it. */
export function decidingStatement(ref: StatementRef): DecidingStatement {
  return { policy: ref.policyLabel, statement: ref.statementIndex, ...(ref.sid ? { sid: ref.sid } : {}), path: ref.path };
}
