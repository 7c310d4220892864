import { GLOBAL_CONDITION_KEY_DOCS, type ActionInfo, type ConditionKeyInfo, type ServiceCatalog } from '../../catalog';
import type { DocsLookup } from './types';

/** Markdown for the parts of catalog entries that completion documentation and hover share. */

const code = (s: string) => `\`${s}\``;

/** A list of names, cut after `max` with how many more there are. */
function listOf(names: readonly string[], max: number): string {
  const shown = names.slice(0, max).map(code).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export function actionDescription(action: ActionInfo, docs: DocsLookup | undefined): string | undefined {
  return docs?.(action.service)?.actions[action.name];
}

// The catalog part of an action's description never changes: built once per action.
const catalogParts = new WeakMap<ActionInfo, string>();

function catalogPart(action: ActionInfo, catalog: ServiceCatalog): string {
  let text = catalogParts.get(action);
  if (text === undefined) {
    const parts = [`Access level: **${action.accessLevel}**`];
    const types = action.resourceTypes.map((r) => `${code(r.name)}${r.required ? ' (required)' : ''}`);
    parts.push(`Resource types: ${types.length ? types.join(', ') : '`*` only'}`);
    const resourceKeys = action.resourceTypes.flatMap((r) => catalog.resourceType(action.service, r.name)?.conditionKeys ?? []);
    const keys = [...new Set([...action.conditionKeys, ...resourceKeys])];
    if (keys.length) parts.push(`Condition keys: ${listOf(keys, 20)}`);
    text = parts.join('\n\n');
    catalogParts.set(action, text);
  }
  return text;
}

/** What an action does, on what, under which condition keys (the body below its title). */
export function describeAction(action: ActionInfo, catalog: ServiceCatalog, docs: DocsLookup | undefined): string {
  const description = actionDescription(action, docs);
  const part = catalogPart(action, catalog);
  return description ? `${description}\n\n${part}` : part;
}

/** The first names a wildcard matches, and how many it matches in all. */
export function describeExpansion(actions: readonly ActionInfo[], max = 10): string {
  if (actions.length === 0) return 'Matches no action in the catalog.';
  const noun = actions.length === 1 ? 'action' : 'actions';
  const list = `Matches ${actions.length} ${noun}: ${listOf(
    actions.map((a) => a.id),
    max,
  )}`;
  return actions.length > max ? `${list}\n\nRight-click › **Expand action pattern** lists them all.` : list;
}

/**
 * A condition key's description: the global keys' own, else the prose of the service that lists
 * the key, of the service its name starts with, or of one of `alsoIn` (a key such as `saml:sub`
 * is described by the services whose actions take it, here STS).
 */
export function conditionKeyDescription(
  info: ConditionKeyInfo,
  docs: DocsLookup | undefined,
  alsoIn: readonly string[] = [],
): string | undefined {
  if (info.service === 'aws') return GLOBAL_CONDITION_KEY_DOCS[info.key];
  if (!docs) return undefined;
  const own = docs(info.service)?.conditionKeys[info.key];
  if (own) return own;
  const named = info.key.slice(0, Math.max(0, info.key.indexOf(':'))).toLowerCase();
  for (const service of [named, ...alsoIn]) {
    const text = service === info.service ? undefined : docs(service)?.conditionKeys[info.key];
    if (text) return text;
  }
  return undefined;
}
