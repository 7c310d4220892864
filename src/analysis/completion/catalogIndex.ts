import { GLOBAL_CONDITION_KEYS, type ActionInfo, type ConditionKeyInfo, type ServiceCatalog, type ServiceInfo } from '../../catalog';

/** Actions of one service that share a leading verb: what `s3:Get*` matches. */
export interface VerbGroup {
  verb: string;
  actions: ActionInfo[];
}

/** Lookups built from a catalog on first use; completion runs on every keystroke. */
interface CatalogIndex {
  servicesByPrefix: readonly ServiceInfo[];
  verbs: Map<string, VerbGroup[]>;
  keys: readonly ConditionKeyInfo[] | undefined;
  expansions: Map<string, readonly ActionInfo[]>;
}

// Keyed by the catalog so a reloaded catalog never sees another's indexes, and a dropped one frees them.
const indexes = new WeakMap<ServiceCatalog, CatalogIndex>();

function indexOf(catalog: ServiceCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = {
      servicesByPrefix: [...catalog.services].sort((a, b) => a.prefix.localeCompare(b.prefix)),
      verbs: new Map(),
      keys: undefined,
      expansions: new Map(),
    };
    indexes.set(catalog, index);
  }
  return index;
}

export function sortedServices(catalog: ServiceCatalog): readonly ServiceInfo[] {
  return indexOf(catalog).servicesByPrefix;
}

/**
 * A service's actions grouped by their leading verb (`Get`, `List`, `Describe`…), for the wildcard
 * forms completion offers. A group holds every action the wildcard `prefix:Verb*` matches (IAM
 * matches action names case-insensitively), and only verbs shared by two actions or more count:
 * a wildcard that matches one action is that action.
 */
export function verbGroups(catalog: ServiceCatalog, service: ServiceInfo): VerbGroup[] {
  const index = indexOf(catalog);
  let groups = index.verbs.get(service.prefix);
  if (!groups) {
    const verbs = new Set<string>();
    for (const action of service.actions) {
      const verb = /^[A-Z][a-z]+/.exec(action.name)?.[0];
      if (verb) verbs.add(verb);
    }
    groups = [...verbs]
      .map((verb) => {
        const lower = verb.toLowerCase();
        return { verb, actions: service.actions.filter((a) => a.name.toLowerCase().startsWith(lower)) };
      })
      .filter((g) => g.actions.length > 1)
      .sort((a, b) => a.verb.localeCompare(b.verb));
    index.verbs.set(service.prefix, groups);
  }
  return groups;
}

/** Every condition key once: the global keys first, then each service's own. */
export function allConditionKeys(catalog: ServiceCatalog): readonly ConditionKeyInfo[] {
  const index = indexOf(catalog);
  if (!index.keys) {
    const seen = new Set<string>();
    const keys: ConditionKeyInfo[] = [];
    for (const info of [...GLOBAL_CONDITION_KEYS, ...catalog.services.flatMap((s) => s.conditionKeys)]) {
      const lower = info.key.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      keys.push(info);
    }
    index.keys = keys;
  }
  return index.keys;
}

const EXPANSION_CACHE_LIMIT = 256;

/** `catalog.expandAction`, remembered: the same statement's actions are expanded on every keystroke. */
export function expandAction(catalog: ServiceCatalog, pattern: string): readonly ActionInfo[] {
  const index = indexOf(catalog);
  const key = pattern.toLowerCase();
  let actions = index.expansions.get(key);
  if (!actions) {
    if (index.expansions.size >= EXPANSION_CACHE_LIMIT) index.expansions.clear();
    actions = catalog.expandAction(pattern);
    index.expansions.set(key, actions);
  }
  return actions;
}

/**
 * Above this many actions a statement is about "everything" (`*`, `*:Get*`): ranking keys or
 * resource types by its actions would rank nearly all of them first, which tells nothing.
 */
export const BROAD_STATEMENT = 2000;

/** The actions a statement's `Action` patterns match, each once; null when they are too broad to guide. */
export function statementActions(catalog: ServiceCatalog, patterns: readonly string[]): ActionInfo[] | null {
  const seen = new Set<ActionInfo>();
  for (const pattern of patterns) {
    for (const action of expandAction(catalog, pattern)) seen.add(action);
    if (seen.size > BROAD_STATEMENT) return null;
  }
  return [...seen];
}

/** The condition keys (lower case) that apply to these actions: their own and their resource types'. */
export function keysOfActions(catalog: ServiceCatalog, actions: readonly ActionInfo[]): Set<string> {
  const keys = new Set<string>();
  for (const action of actions) {
    for (const key of action.conditionKeys) keys.add(key.toLowerCase());
    for (const { name } of action.resourceTypes) {
      for (const key of catalog.resourceType(action.service, name)?.conditionKeys ?? []) keys.add(key.toLowerCase());
    }
  }
  return keys;
}
