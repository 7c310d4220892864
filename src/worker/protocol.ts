import type { ScenarioEvaluation } from '../engine';

/** Messages between the page and the engine worker. Every request carries an id; its answer echoes it. */
export type EvaluateRequest =
  | {
      id: number;
      type: 'evaluate';
      /** A scenario as JSON text or as a parsed object. Untrusted: the engine restores it like any other input. */
      scenario: unknown;
    }
  | {
      id: number;
      /**
       * A document in its two parts: the world (users, policies…) only when the worker may not hold
       * this world revision yet, and the fields outside it (queries, title, description, layout)
       * every time. Copying a real account's megabytes into the worker on every keystroke in a
       * query would cost the page a long task each time.
       */
      type: 'evaluateParts';
      worldRevision: number;
      world?: Record<string, unknown>;
      outside: Record<string, unknown>;
    };

/**
 * `evaluated` covers invalid scenarios too (`evaluation.ok === false`, with the JSON paths of the faults);
 * `failed` means the engine itself threw, which is a bug; `needWorld`: the worker does not hold the
 * world revision a request named (it was restarted): send it again with the world.
 */
export type EngineResponse =
  | { id: number; type: 'evaluated'; evaluation: ScenarioEvaluation }
  | { id: number; type: 'failed'; message: string }
  | { id: number; type: 'needWorld' };
