import { useEffect, useRef, useState } from 'react';
import type { AccessScope } from '../analysis/access';
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
  | { type: 'noNewAccess'; baseline: unknown; scopes: AccessScope[] }
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
  // What kind of question the state's answer is to: one of another kind is no stand-in while the next computes.
  const answered = useRef<string | null>(null);
  const type = query?.type ?? null;
  useEffect(() => {
    if (!key || !current) return;
    let live = true;
    const timer = setTimeout(() => {
      const same = answered.current === type;
      setState((s) => ({
        status: 'computing',
        previous: !same ? null : s.status === 'done' ? s.value : s.status === 'computing' ? s.previous : null,
      }));
      const started = performance.now();
      const asked = { ...(JSON.parse(key) as object), ...(baseline !== undefined ? { baseline } : {}) } as WorldQuery;
      const request = { ...asked, scenario, worldRevision: useScenarioStore.getState().worldRevision };
      analysisClient.ask(request).then(
        (outcome) => {
          if (live && outcome.status === 'done') {
            answered.current = type;
            setState({ status: 'done', value: outcome.value as AnalysisAnswers[Q['type']], ms: performance.now() - started });
          }
        },
        (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, current, key, baseline, type]);
  // Until the first answer to this kind of question, an answer to another kind is not shown.
  if (state.status === 'done' && answered.current !== type) return { status: 'computing', previous: null };
  return state;
}
