import { useEffect, useState } from 'react';
import type { SwitchOff } from '../model';
import { useRestoredWorld } from './restoredScenario';
import { useScenarioStore } from './scenarioStore';
import type { AnalysisAnswers } from '../worker/analysisProtocol';
import { analysisClient } from '../worker/analysisClient';

export type WorldAnalysisState<T> =
  | { status: 'idle' }
  | { status: 'computing'; previous: T | null }
  | { status: 'done'; value: T; ms: number }
  | { status: 'failed'; message: string };

type WorldQuery =
  | { type: 'whoCan'; action: string; resource: string }
  | { type: 'escalation'; principal?: string }
  | { type: 'diff'; baseline: unknown }
  | { type: 'whatIf'; off: SwitchOff }
  | { type: 'roleChains'; principal: string };

/**
 * An analysis of the world asked of the analysis worker, again whenever the world changes (after a
 * short pause, so typing does not queue runs); `query` null asks nothing. Requests of one world
 * revision share the worker's analysis pass.
 */
export function useWorldAnalysis<Q extends WorldQuery>(query: Q | null): WorldAnalysisState<AnalysisAnswers[Q['type']]> {
  const { scenario, current } = useRestoredWorld();
  const [state, setState] = useState<WorldAnalysisState<AnalysisAnswers[Q['type']]>>({ status: 'idle' });
  // A query is asked again when it changes by value, except a baseline document, which is compared by identity.
  const { baseline, ...rest } = (query ?? {}) as Partial<{ baseline: unknown }> & Record<string, unknown>;
  const key = query ? JSON.stringify(rest) : null;
  useEffect(() => {
    if (!key || !current) return;
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ status: 'computing', previous: s.status === 'done' ? s.value : s.status === 'computing' ? s.previous : null }));
      const started = performance.now();
      const asked = { ...(JSON.parse(key) as object), ...(baseline !== undefined ? { baseline } : {}) } as WorldQuery;
      const request = { ...asked, scenario, worldRevision: useScenarioStore.getState().worldRevision };
      analysisClient.ask(request).then(
        (outcome) => {
          if (live && outcome.status === 'done')
            setState({ status: 'done', value: outcome.value as AnalysisAnswers[Q['type']], ms: performance.now() - started });
        },
        (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, current, key, baseline]);
  return state;
}
