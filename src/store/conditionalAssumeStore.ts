import { create } from 'zustand';
import type { ConditionalAssumeEdge } from '../analysis/conditionalAssume';
import { analysisClient } from '../worker/analysisClient';
import { worldOrSessionPoliciesChanged } from './scenarioSelectors';
import { EMPTY_SCENARIO, useScenarioStore } from './scenarioStore';

/**
 * Who could assume which role given the right request context (MFA, source IP…), computed in the
 * analysis worker whenever the world changes; the graph draws them apart from the definite edges.
 */
export const useConditionalAssumeStore = create<{ edges: readonly ConditionalAssumeEdge[] }>()(() => ({ edges: [] }));

function ask(): void {
  const { document, worldRevision } = useScenarioStore.getState();
  analysisClient.ask({ type: 'conditionalAssume', scenario: document, worldRevision }).then(
    (outcome) => {
      if (outcome.status !== 'done') return;
      const previous = useConditionalAssumeStore.getState().edges;
      // Same edges, same array: the graph is rebuilt only when they change.
      if (!sameConditionalEdges(previous, outcome.value)) useConditionalAssumeStore.setState({ edges: outcome.value });
    },
    () => undefined, // a missing dashed edge is no reason to alarm anyone; the definite ones still show
  );
}

function sameConditionalEdges(a: readonly ConditionalAssumeEdge[], b: readonly ConditionalAssumeEdge[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const f = b[i]!;
      return e.from === f.from && e.to === f.to && e.keys.length === f.keys.length && e.keys.every((k, j) => k === f.keys[j]);
    })
  );
}

/** Starts following the world. Call once at start-up. */
export function startConditionalAssume(): () => void {
  if (useScenarioStore.getState().document !== EMPTY_SCENARIO) ask();
  return useScenarioStore.subscribe((state, previous) => {
    if (state.document !== previous.document && worldOrSessionPoliciesChanged(previous.document, state.document)) ask();
  });
}
