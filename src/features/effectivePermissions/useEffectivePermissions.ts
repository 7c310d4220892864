import { useEffect, useState } from 'react';
import type { EffectivePermissions } from '../../analysis/effectivePermissionsTypes';
import { useRestoredWorld } from '../../store/restoredScenario';
import { useScenarioStore } from '../../store/scenarioStore';
import { analysisClient } from '../../worker/analysisClient';

export type EffectiveState =
  | { status: 'idle' }
  | { status: 'computing'; previous: EffectivePermissions | null }
  | { status: 'done'; result: EffectivePermissions; ms: number }
  | { status: 'failed'; message: string };

/**
 * Effective permissions of `principal` on `resource`, computed in the analysis worker and again
 * whenever the document changes (after a short pause, so typing does not queue runs).
 */
export function useEffectivePermissions(principal: string, resource: string): EffectiveState {
  // The world alone: editing a query changes nobody's permissions.
  const scenario = useRestoredWorld().scenario;
  const [state, setState] = useState<EffectiveState>({ status: 'idle' });
  useEffect(() => {
    if (!principal) return;
    let live = true;
    const timer = setTimeout(() => {
      setState((s) => ({ status: 'computing', previous: s.status === 'done' ? s.result : s.status === 'computing' ? s.previous : null }));
      const started = performance.now();
      analysisClient
        .ask({
          type: 'effective',
          scenario,
          worldRevision: useScenarioStore.getState().worldRevision,
          principal,
          resource: resource.trim() || '*',
        })
        .then(
          (outcome) => {
            if (live && outcome.status === 'done') setState({ status: 'done', result: outcome.value, ms: performance.now() - started });
          },
          (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
        );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, principal, resource]);
  return state;
}
