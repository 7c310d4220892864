import { EvaluationCache, evaluateScenarioInput } from '../engine';
import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import type { EngineResponse, EvaluateRequest } from './protocol';

/**
 * What the worker does with a request. Shared by the worker and the in-thread fallback, so both
 * paths run the same code.
 */
/** One per worker (and one for the in-thread fallback): answers to unchanged queries are reused. */
const cache = new EvaluationCache();

export async function handleRequest(request: EvaluateRequest): Promise<EngineResponse> {
  try {
    const catalog = await managedPolicyCatalogFor(request.scenario);
    const evaluation = evaluateScenarioInput(request.scenario, catalog, { explain: true, assumeEdges: true, cache });
    return { id: request.id, type: 'evaluated', evaluation };
  } catch (e) {
    return { id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
