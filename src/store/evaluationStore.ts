import { create } from 'zustand';
import type { ScenarioEvaluation } from '../engine';
import { EngineClient } from '../worker/engineClient';
import { useScenarioStore } from './scenarioStore';

/**
 * The engine's answers for the current revision. Every change of the document is sent to the
 * worker; answers to superseded revisions are dropped by the client.
 */
export interface EvaluationState {
  evaluation: ScenarioEvaluation | null;
  /** The latest evaluation of a valid revision: answers stay visible while the document has errors. */
  lastGood: Extract<ScenarioEvaluation, { ok: true }> | null;
  /** The revision `evaluation` answers. */
  revision: number;
  pending: boolean;
  error: string | null;
  engineMode: EngineClient['mode'];
}

const client = new EngineClient();

export const useEvaluationStore = create<EvaluationState>()(() => ({
  evaluation: null,
  lastGood: null,
  revision: -1,
  pending: false,
  error: null,
  engineMode: client.mode,
}));

let pendingTimer: ReturnType<typeof setTimeout> | null = null;

function evaluate(revision: number): void {
  const { document, worldRevision } = useScenarioStore.getState();
  // "Evaluating…" only for an answer that takes a while: a fast one would just flicker (and cost a
  // render on every keystroke).
  if (pendingTimer === null) pendingTimer = setTimeout(() => useEvaluationStore.setState({ pending: true }), 200);
  client.evaluateDocument(document, worldRevision).then(
    (outcome) => {
      if (outcome.status === 'stale') return;
      if (pendingTimer !== null) clearTimeout(pendingTimer);
      pendingTimer = null;
      const evaluation = outcome.evaluation;
      useEvaluationStore.setState((state) => ({
        evaluation,
        lastGood: evaluation.ok ? evaluation : state.lastGood,
        revision,
        pending: false,
        error: null,
      }));
    },
    (e: unknown) => {
      if (pendingTimer !== null) clearTimeout(pendingTimer);
      pendingTimer = null;
      useEvaluationStore.setState({ pending: false, error: e instanceof Error ? e.message : String(e) });
    },
  );
}

/** Starts re-evaluating on every document change. Call once at start-up. */
export function startLiveEvaluation(): () => void {
  evaluate(useScenarioStore.getState().revision);
  return useScenarioStore.subscribe((state, previous) => {
    if (state.revision !== previous.revision) evaluate(state.revision);
  });
}
