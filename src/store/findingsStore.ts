import { create } from 'zustand';
import type { Finding } from '../analysis/findings/types';
import { analysisClient } from '../worker/analysisClient';
import { worldOrSessionPoliciesChanged } from './scenarioSelectors';
import { EMPTY_SCENARIO, useScenarioStore } from './scenarioStore';

/**
 * Policy findings (Access Analyzer-style checks) for the current revision, computed in the
 * analysis worker on every change. A newer revision's request supersedes an older one.
 */
export interface FindingsState {
  findings: readonly Finding[];
  /** The revision `findings` describe; -1 before the first answer. */
  revision: number;
  pending: boolean;
  error: string | null;
}

export const useFindingsStore = create<FindingsState>()(() => ({ findings: [], revision: -1, pending: false, error: null }));

function analyse(revision: number): void {
  const { document, worldRevision } = useScenarioStore.getState();
  useFindingsStore.setState({ pending: true });
  analysisClient.ask({ type: 'findings', scenario: document, worldRevision }).then(
    (outcome) => {
      if (outcome.status === 'stale') return;
      useFindingsStore.setState({ findings: outcome.value, revision, pending: false, error: null });
    },
    (e: unknown) => useFindingsStore.setState({ pending: false, error: e instanceof Error ? e.message : String(e) }),
  );
}

/** Starts checking the document's policies on every change. Call once at start-up. */
export function startLiveFindings(): () => void {
  // Nothing to check until a scenario is open: the welcome screen must not load the catalog.
  if (useScenarioStore.getState().document !== EMPTY_SCENARIO) analyse(useScenarioStore.getState().revision);
  return useScenarioStore.subscribe((state, previous) => {
    // Query edits change no finding (unless they touch a session policy): no need to ask again.
    if (state.document !== previous.document && worldOrSessionPoliciesChanged(previous.document, state.document)) analyse(state.revision);
  });
}
