import type { ActionInfo, ServiceCatalog } from '../../catalog';
import type { CompiledStatement } from '../../engine';
import { actionsCoveredBy } from '../expandActions';

/**
 * The catalog actions a compiled statement's `Action`/`NotAction` covers, memoised by the text of
 * the patterns (never by object identity, so an edited document can never read a stale entry).
 * AWS managed policies such as ReadOnlyAccess list thousands of patterns; expanding them once per
 * catalog instead of once per call is most of the difference between a cold and a warm run.
 */

const MAX_ENTRIES = 2000;
const cache = new WeakMap<ServiceCatalog, Map<string, ActionInfo[]>>();

export function coveredActions(st: CompiledStatement, catalog: ServiceCatalog): ActionInfo[] {
  if (!st.actions) return [];
  const key = `${st.notAction ? 'N' : 'A'}\u0000${st.actions.patterns.join('\u0000')}`;
  let entries = cache.get(catalog);
  if (!entries) {
    entries = new Map();
    cache.set(catalog, entries);
  }
  let hit = entries.get(key);
  if (!hit) {
    hit = actionsCoveredBy(st.actions.patterns, st.notAction, catalog);
    // A bound keeps a long editing session from growing the cache without limit.
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, hit);
  }
  return hit;
}
