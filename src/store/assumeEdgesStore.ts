import { create } from 'zustand';
import type { ConditionalAssumeEdge } from '../analysis/conditionalAssume';
import type { AssumeEdge } from '../engine';
import { analysisClient } from '../worker/analysisClient';
import { EMPTY_SCENARIO, useScenarioStore } from './scenarioStore';

/**
 * Who can assume which role: definitely, and given the right request context (MFA, source IP…).
 * Both come from the analysis worker's pass over the world, once per world revision. They used to
 * come with every engine answer, which made a large account's first answer wait for them: on a
 * 2,000-principal account they take about a second, and the engine's worker is the one a person
 * waits on for a decision.
 */
export interface AssumeEdgesState {
  definite: readonly AssumeEdge[];
  conditional: readonly ConditionalAssumeEdge[];
  /** The world revision the edges are of (-1: none yet); the graph's first layout waits a moment for them. */
  worldRevision: number;
  /** The scenario they are of (the store's generation): another scenario's edges are never drawn. */
  generation: number;
}

const NONE: readonly never[] = [];

export const useAssumeEdgesStore = create<AssumeEdgesState>()(() => ({
  definite: NONE,
  conditional: NONE,
  worldRevision: -1,
  generation: -1,
}));

function ask(): void {
  const { document, worldRevision, generation } = useScenarioStore.getState();
  analysisClient.ask({ type: 'assumeEdges', scenario: document, worldRevision }).then(
    (outcome) => {
      if (outcome.status !== 'done' || useScenarioStore.getState().worldRevision !== worldRevision) return;
      const { definite, conditional } = useAssumeEdgesStore.getState();
      // Same edges, same arrays: the graph is rebuilt only when they change.
      useAssumeEdgesStore.setState({
        definite: sameEdges(definite, outcome.value.definite) ? definite : outcome.value.definite,
        conditional: sameConditionalEdges(conditional, outcome.value.conditional) ? conditional : outcome.value.conditional,
        worldRevision,
        generation,
      });
    },
    // A missing edge is no reason to alarm anyone (an invalid world has none): the graph lays out without it.
    () => {
      if (useScenarioStore.getState().worldRevision === worldRevision)
        useAssumeEdgesStore.setState({ definite: NONE, conditional: NONE, worldRevision, generation });
    },
  );
}

function sameEdges(a: readonly AssumeEdge[], b: readonly AssumeEdge[]): boolean {
  return a.length === b.length && a.every((e, i) => e.from === b[i]!.from && e.to === b[i]!.to);
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
export function startAssumeEdges(): () => void {
  if (useScenarioStore.getState().document !== EMPTY_SCENARIO) ask();
  return useScenarioStore.subscribe((state, previous) => {
    if (state.worldRevision !== previous.worldRevision || state.generation !== previous.generation) ask();
  });
}
