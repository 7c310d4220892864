import { compileScenario, evaluateQuery, parseOperator, type CompiledScenario, type QueryResult } from '../../engine';
import { getAtPointer, type ContextValue, type Query, type Scenario, type World } from '../../model';
import { relaxWorld } from '../effective/relaxConditions';
import { requestKeyTest } from '../effective/requestKeys';
import { valueThatFails, valueThatHolds } from './conditionValues';

/** What a denied request would need to be allowed, as far as request context can give it. */
export type ContextDiscovery =
  | { outcome: 'allowed' }
  /** Allowed with these values in the request context (checked by asking the engine again). */
  | { outcome: 'fixable'; context: Record<string, ContextValue>; keys: string[] }
  /** Allowed with the right values of `keys`, but no value could be picked that the engine accepts. */
  | { outcome: 'keysOnly'; keys: string[] }
  | { outcome: 'unfixable'; reason: string };

export interface DiscoveryInput {
  scenario: Scenario;
  world: World;
  compiled: CompiledScenario;
}

type Conditions = Record<string, Record<string, unknown>>;

/**
 * For a denied query: which request values (MFA, source IP, region, tags, time, VPC endpoint…)
 * would make the engine allow it, or why none can. First, whether any can: the query asked again in
 * a world where conditions on keys the caller supplies go its way (as effective permissions reads
 * conditional grants). Then which: the conditions on those keys, of the statements that would allow
 * and of the denies that applied, each given a value that satisfies (or escapes) it; the values are
 * kept only if the engine, asked once more with them, allows the request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export function contextToAllow(input: DiscoveryInput, query: Query): ContextDiscovery {
  const ask = (cs: CompiledScenario, q: Query): QueryResult => evaluateQuery(cs, { sessionName: 'discovery', ...q }, { explain: true });
  const real = ask(input.compiled, query);
  if (real.decision === 'allowed') return { outcome: 'allowed' };
  const open = requestKeyTest(query.resource !== '*', Object.keys(query.context ?? {}));
  const keys = real.missingContextKeys.filter(open);
  if (keys.length === 0) return { outcome: 'unfixable', reason: unfixable(real) };
  const relaxed = compileScenario(input.scenario, relaxWorld(input.world, open));
  const optimistic = ask(relaxed, query);
  if (optimistic.decision !== 'allowed') return { outcome: 'unfixable', reason: unfixable(real) };

  const context: Record<string, ContextValue> = { ...query.context };
  const wanted = new Set(keys.map((k) => k.toLowerCase()));
  const consider = (path: string | null, satisfy: boolean) => {
    if (!path) return;
    const statement = getAtPointer(input.scenario, path) as { Condition?: Conditions } | undefined;
    for (const [operator, byKey] of Object.entries(statement?.Condition ?? {})) {
      const parsed = parseOperator(operator);
      for (const [key, values] of Object.entries(byKey)) {
        if (!wanted.has(key.toLowerCase()) || Object.keys(context).some((k) => k.toLowerCase() === key.toLowerCase())) continue;
        const list = (Array.isArray(values) ? values : [values]).map(String);
        const value = satisfy ? valueThatHolds(parsed, list) : valueThatFails(parsed, list);
        if (value !== undefined) context[key] = value;
      }
    }
  };
  for (const ref of optimistic.explanation.deciding) consider(ref.path, true);
  for (const p of real.explanation.policies)
    for (const s of p.statements) if (s.effect === 'Deny' && s.verdict === 'matched') consider(s.path, false);

  const suggested = Object.fromEntries(Object.entries(context).filter(([k]) => !(k in (query.context ?? {}))));
  if (Object.keys(suggested).length > 0 && ask(input.compiled, { ...query, context }).decision === 'allowed') {
    return { outcome: 'fixable', context: suggested, keys };
  }
  return { outcome: 'keysOnly', keys };
}

function unfixable(real: QueryResult): string {
  if (real.decision === 'explicitDeny') return 'an explicit deny applies whatever the request carries: no context value lifts it';
  return 'no statement grants this, with any request context: a policy must allow it first';
}
