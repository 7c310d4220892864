import { useMemo } from 'react';
import type { AccessChange, AccessScope } from '../../analysis/access';
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
 * changes" (the scenario as it opened, or as pinned) in the analysis worker, following every edit:
 * one request for all of them, none while no query asserts.
 */
export function useNoNewAccess(queries: readonly Query[]): { verdicts: (NewAccessVerdict | undefined)[]; baseline: string } {
  const baseline = useBaseline();
  const world = useMemo(() => worldPartOf(baseline.document), [baseline.document]);
  const asserting = queries.flatMap((q, index) => (q.noNewAccess === true ? [index] : []));
  const scopes: AccessScope[] = asserting.map((i) => ({
    principal: queries[i]!.principal,
    action: queries[i]!.action,
    resource: queries[i]!.resource,
  }));
  const state = useWorldAnalysis(scopes.length > 0 ? { type: 'noNewAccess', baseline: world, scopes } : null);
  const answer = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  const failed = state.status === 'failed' ? state.message : undefined;
  const verdicts = useMemo(() => {
    const out: (NewAccessVerdict | undefined)[] = queries.map(() => undefined);
    const indices = queries.flatMap((q, index) => (q.noNewAccess === true ? [index] : []));
    indices.forEach((index, k) => {
      // An answer to another set of asserting queries is not this one's.
      const gained = answer && answer.length === indices.length ? (answer[k] ?? null) : null;
      out[index] = failed ? { gained: null, failed } : { gained };
    });
    return out;
  }, [queries, answer, failed]);
  return { verdicts, baseline: baseline.label };
}

/** Whether every assertion of a query holds (`expect`, and noNewAccess once compared); null with none checked. */
export function queryPasses(result: QueryResult | undefined, verdict: NewAccessVerdict | undefined): boolean | null {
  const expectPass = result?.pass ?? null;
  if (!verdict || verdict.gained === null) return expectPass;
  return expectPass !== false && verdict.gained.length === 0;
}
