import type { ScenarioEvaluation } from '../engine';

/** Messages between the page and the engine worker. Every request carries an id; its answer echoes it. */
export interface EvaluateRequest {
  id: number;
  type: 'evaluate';
  /** A scenario as JSON text or as a parsed object. Untrusted: the engine restores it like any other input. */
  scenario: unknown;
}

/**
 * `evaluated` covers invalid scenarios too (`evaluation.ok === false`, with the JSON paths of the faults);
 * `failed` means the engine itself threw, which is a bug.
 */
export type EngineResponse =
  { id: number; type: 'evaluated'; evaluation: ScenarioEvaluation } | { id: number; type: 'failed'; message: string };
