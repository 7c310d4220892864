import { EvaluationCache, evaluateAgainstWorld, evaluateScenarioInput, prepareWorld, type PreparedWorld } from '../engine';
import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import type { EngineResponse, EvaluateRequest } from './protocol';

/**
 * What the worker does with a request. Shared by the worker and the in-thread fallback, so both
 * paths run the same code.
 */
/** One per worker (and one for the in-thread fallback): answers to unchanged queries are reused. */
const cache = new EvaluationCache();

/**
 * The world of the latest revision the page sent, restored and compiled once: later requests of
 * that revision send only their queries, title and layout, and are read against it.
 */
let held: { worldRevision: number; world: Promise<PreparedWorld> } | null = null;

export async function handleRequest(request: EvaluateRequest): Promise<EngineResponse> {
  try {
    if (request.type === 'evaluate') {
      const catalog = await managedPolicyCatalogFor(request.scenario);
      return { id: request.id, type: 'evaluated', evaluation: evaluateScenarioInput(request.scenario, catalog, OPTIONS) };
    }
    if (request.world !== undefined) held = { worldRevision: request.worldRevision, world: prepare(request.world) };
    if (held?.worldRevision !== request.worldRevision) return { id: request.id, type: 'needWorld' };
    // The same answers and messages as evaluating the document the page holds, whole.
    const evaluation = evaluateAgainstWorld(await held.world, request.outside, OPTIONS);
    return { id: request.id, type: 'evaluated', evaluation };
  } catch (e) {
    return { id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

// The can-assume edges are the analysis worker's (assumeEdgesStore): a decision never waits for them.
const OPTIONS = { explain: true, assumeEdges: false, cache };

async function prepare(world: Record<string, unknown>): Promise<PreparedWorld> {
  return prepareWorld(world, await managedPolicyCatalogFor(world));
}
