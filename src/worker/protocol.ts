import type { ScenarioEvaluation } from '../engine';

/** Messages between the page and the engine worker. Every request carries an id; so does its answer. */
export interface EvaluateRequest {
  id: number;
  type: 'evaluate';
  /** Untrusted: the worker restores it like any other input. */
  scenario: unknown;
}

export type EngineResponse =
  { id: number; type: 'evaluated'; evaluation: ScenarioEvaluation } | { id: number; type: 'failed'; message: string };
