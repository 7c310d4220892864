import type { ActionInfo, ConditionKeyInfo, ServiceCatalog } from '../../catalog';
import { compileWildcard, type Matcher } from '../../engine/wildcard';

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
  /** A condition key's definition, also for the `<key>` templates some services use; cached. */
  conditionKey(key: string): ConditionKeyInfo | undefined;
  /** Per-run memo for checks that need one (keyed by the check's own string). */
  memo: Map<string, unknown>;
}

/** A catalog key template as a case-insensitive pattern: `${TagKey}` and `<key>` are placeholders. */
function templatePattern(template: string): RegExp | null {
  if (!/\$\{[^}]*\}|<[^>]*>/.test(template)) return null;
  const source = template
    .split(/\$\{[^}]*\}|<[^>]*>/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+');
  return new RegExp(`^${source}$`, 'i');
}

const templateCache = new Map<string, RegExp | null>();

/**
 * True when the concrete key `key` is an instance of the catalog key `template`
 * (`aws:RequestTag/team` of `aws:RequestTag/${TagKey}`, `s3:ExistingObjectTag/team` of
 * `s3:ExistingObjectTag/<key>`), ignoring case as IAM does for key names.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export function keyMatchesTemplate(template: string, key: string): boolean {
  if (template.toLowerCase() === key.toLowerCase()) return true;
  let pattern = templateCache.get(template);
  if (pattern === undefined) {
    pattern = templatePattern(template);
    templateCache.set(template, pattern);
  }
  return pattern?.test(key) ?? false;
}

/** The `<key>`-style templates of a catalog, which `ServiceCatalog.conditionKey` does not expand. */
const angleTemplates = new WeakMap<ServiceCatalog, ConditionKeyInfo[]>();

function angleTemplatesOf(catalog: ServiceCatalog): ConditionKeyInfo[] {
  let list = angleTemplates.get(catalog);
  if (!list) {
    list = catalog.services.flatMap((s) => s.conditionKeys.filter((k) => /<[^>]*>/.test(k.key)));
    angleTemplates.set(catalog, list);
  }
  return list;
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
      const info = catalog.conditionKey(key) ?? angleTemplatesOf(catalog).find((t) => keyMatchesTemplate(t.key, key));
      keys.set(key, info);
      return info;
    },
  };
}
