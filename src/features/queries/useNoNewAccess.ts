import { useMemo } from 'react';
import { newAccessOf, type AccessChange } from '../../analysis/access';
import type { QueryResult } from '../../engine';
import { worldPartOf, type Query } from '../../model';
import { useBaseline } from '../../store/accessBaseline';
import { useWorldAnalysis } from '../../store/worldAnalysis';

/** A noNewAccess query's verdict: what its principal gained within its scope, null until compared. */
export interface NewAccessVerdict {
  gained: AccessChange[] | null;
  /** Why it could not be compared (the scenario has errors…). */
  failed?: string;
}

/**
 * The noNewAccess assertions of the queries, checked against the baseline of "What my edit
 * changes" (the scenario as it opened, or as pinned) in the analysis worker, following every edit.
 * One comparison serves every query; none is asked while no query asserts.
 */
export function useNoNewAccess(queries: readonly Query[]): { verdicts: (NewAccessVerdict | undefined)[]; baseline: string } {
  const baseline = useBaseline();
  const asserts = queries.some((q) => q.noNewAccess === true);
  const world = useMemo(() => worldPartOf(baseline.document), [baseline.document]);
  const state = useWorldAnalysis(asserts ? { type: 'diff', baseline: world } : null);
  const diff = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  const failed = state.status === 'failed' ? state.message : undefined;
  const verdicts = useMemo(
    () =>
      queries.map((q): NewAccessVerdict | undefined =>
        q.noNewAccess !== true ? undefined : { gained: diff ? newAccessOf(q, diff.gained) : null, ...(failed ? { failed } : {}) },
      ),
    [queries, diff, failed],
  );
  return { verdicts, baseline: baseline.label };
}

/** Whether every assertion of a query holds (`expect`, and noNewAccess once compared); null with none checked. */
export function queryPasses(result: QueryResult | undefined, verdict: NewAccessVerdict | undefined): boolean | null {
  const expectPass = result?.pass ?? null;
  if (!verdict || verdict.gained === null) return expectPass;
  return expectPass !== false && verdict.gained.length === 0;
}
