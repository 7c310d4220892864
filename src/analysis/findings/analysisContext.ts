import type { ActionInfo, ConditionKeyInfo, ServiceCatalog } from '../../catalog';
import { compileWildcard, type Matcher } from '../../engine';

/**
 * What one findings run shares across documents: the catalog, and caches so a pattern written in
 * many policies (`s3:Get*` in 200 users' policies) is expanded and compiled once per run.
 */
export interface AnalysisContext {
  catalog: ServiceCatalog;
  /** `catalog.expandAction`, cached per pattern. */
  expand(pattern: string): readonly ActionInfo[];
  /** A case-insensitive wildcard matcher for an action pattern, cached. */
  actionMatcher(pattern: string): Matcher;
  /** A condition key's definition (templates such as `${TagKey}` and `<key>` included); cached. */
  conditionKey(key: string): ConditionKeyInfo | undefined;
  /** Per-run memo for checks that need one (keyed by the check's own string). */
  memo: Map<string, unknown>;
}

export function createContext(catalog: ServiceCatalog): AnalysisContext {
  const expanded = new Map<string, readonly ActionInfo[]>();
  const matchers = new Map<string, Matcher>();
  const keys = new Map<string, ConditionKeyInfo | undefined>();
  return {
    catalog,
    memo: new Map(),
    expand(pattern) {
      let list = expanded.get(pattern);
      if (!list) {
        list = catalog.expandAction(pattern);
        expanded.set(pattern, list);
      }
      return list;
    },
    actionMatcher(pattern) {
      let m = matchers.get(pattern);
      if (!m) {
        m = compileWildcard(pattern, true);
        matchers.set(pattern, m);
      }
      return m;
    },
    conditionKey(key) {
      if (keys.has(key)) return keys.get(key);
      const info = catalog.conditionKey(key);
      keys.set(key, info);
      return info;
    },
  };
}
