import { EvaluationCache, evaluateScenarioInput } from '../engine';
import { emptyCatalog, type ManagedPolicyCatalog } from '../model';
import { loadAwsManagedPolicyCatalog } from '../data/awsManagedPolicies';
import type { EngineResponse, EvaluateRequest } from './protocol';

/**
 * What the worker does with a request. Shared by the worker and the in-thread fallback, so both
 * paths run the same code.
 */
/** One per worker (and one for the in-thread fallback): answers to unchanged queries are reused. */
const cache = new EvaluationCache();

export async function handleRequest(request: EvaluateRequest): Promise<EngineResponse> {
  try {
    const catalog = await catalogFor(request.scenario);
    return {
      id: request.id,
      type: 'evaluated',
      evaluation: evaluateScenarioInput(request.scenario, catalog, { explain: true, assumeEdges: true, cache }),
    };
  } catch (e) {
    return { id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

/** The 3 MB AWS managed policy catalog is fetched only once a scenario references it. */
async function catalogFor(scenario: unknown): Promise<ManagedPolicyCatalog> {
  const text = typeof scenario === 'string' ? scenario : JSON.stringify(scenario ?? null);
  return /arn:aws[a-z-]*:iam::aws:policy\//.test(text) ? loadAwsManagedPolicyCatalog() : emptyCatalog;
}
