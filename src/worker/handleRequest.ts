import { EvaluationCache, evaluateScenarioInput } from '../engine';
import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import type { EngineResponse, EvaluateRequest } from './protocol';

/**
 * What the worker does with a request. Shared by the worker and the in-thread fallback, so both
 * paths run the same code.
 */
/** One per worker (and one for the in-thread fallback): answers to unchanged queries are reused. */
const cache = new EvaluationCache();

/** The world of the latest revision the page sent, kept so later requests need send only their queries. */
let held: { worldRevision: number; world: Record<string, unknown> } | null = null;

export async function handleRequest(request: EvaluateRequest): Promise<EngineResponse> {
  try {
    let scenario: unknown;
    if (request.type === 'evaluate') scenario = request.scenario;
    else {
      if (request.world !== undefined) held = { worldRevision: request.worldRevision, world: request.world };
      if (held?.worldRevision !== request.worldRevision) return { id: request.id, type: 'needWorld' };
      // The document as the page holds it: the same fields, so the same answers and messages.
      scenario = { ...held.world, ...request.outside };
    }
    const catalog = await managedPolicyCatalogFor(scenario);
    const evaluation = evaluateScenarioInput(scenario, catalog, { explain: true, assumeEdges: true, cache });
    return { id: request.id, type: 'evaluated', evaluation };
  } catch (e) {
    return { id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
