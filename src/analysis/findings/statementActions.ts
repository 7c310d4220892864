import type { ActionInfo } from '../../catalog';
import type { AnalysisContext } from './analysisContext';
import type { StatementView } from './policyView';

const cache = new WeakMap<StatementView, readonly ActionInfo[] | null>();

/**
 * The catalog actions a statement's `Action` names, when they can be listed with certainty: null
 * for `NotAction`, for `*` (every action: nothing to learn from listing them) and when an entry is
 * malformed or unknown (the statement's intent is then unclear, and other findings say so).
 */
export function listedActions(s: StatementView, ctx: AnalysisContext): readonly ActionInfo[] | null {
  if (cache.has(s)) return cache.get(s)!;
  let result: readonly ActionInfo[] | null = null;
  const entries = s.action && !s.notAction ? s.action.entries : [];
  if (entries.length === 1) {
    // The common single-pattern case needs no merging.
    const { value } = entries[0]!;
    const found = value === '*' || !value.includes(':') ? [] : ctx.expand(value);
    result = found.length > 0 ? found : null;
  } else if (entries.length > 1) {
    const byId = new Map<string, ActionInfo>();
    for (const { value } of entries) {
      const found = value === '*' || !value.includes(':') ? [] : ctx.expand(value);
      if (found.length === 0) {
        byId.clear();
        break;
      }
      for (const a of found) byId.set(a.id, a);
    }
    if (byId.size > 0) result = [...byId.values()];
  }
  cache.set(s, result);
  return result;
}
