import { NOT_WORLD_FIELDS, type Scenario } from '../model';
import type { ScenarioState } from './scenarioStore';

/**
 * The world of the open scenario — everything but its queries, title and description — for use
 * with zustand's `useShallow`: the store shares unchanged parts between revisions, so a component
 * that draws the world (graph, entity list, pickers) does not re-render while a query is typed.
 */
export function selectWorld(state: ScenarioState): Scenario {
  return selectWorldOf(state.scenario);
}

/**
 * What the policy checks read: the world, plus each query's session policy (the only policy a
 * query carries). Same identities as long as none of those changed, for `useShallow`-style checks.
 */
export function worldOrSessionPoliciesChanged(previous: Scenario, next: Scenario): boolean {
  const a = selectWorldOf(previous);
  const b = selectWorldOf(next);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // The graph's layout is the app's, not IAM's: moving or folding nodes changes no finding.
  for (const k of keys) if (k !== 'layout' && (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return true;
  const pa = previous.queries ?? [];
  const pb = next.queries ?? [];
  return pa.length !== pb.length || pa.some((q, i) => q.sessionPolicy !== pb[i]!.sessionPolicy);
}

function selectWorldOf(scenario: Scenario): Scenario {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(scenario)) if (!NOT_WORLD_FIELDS.has(key)) out[key] = value;
  return out as Scenario;
}
