import type { Scenario } from '../model';
import type { ScenarioState } from './scenarioStore';

/** Parts of the document that describe the questions asked of the world, not the world itself. */
const NOT_WORLD = new Set(['queries', 'title', 'description']);

/**
 * The world of the open scenario — everything but its queries, title and description — for use
 * with zustand's `useShallow`: the store shares unchanged parts between revisions, so a component
 * that draws the world (graph, entity list, pickers) does not re-render while a query is typed.
 */
export function selectWorld(state: ScenarioState): Scenario {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state.scenario)) if (!NOT_WORLD.has(key)) out[key] = value;
  return out as Scenario;
}
