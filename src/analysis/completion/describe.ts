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

/** What an action does, on what, under which condition keys (the body below its title). */
export function describeAction(action: ActionInfo, catalog: ServiceCatalog, docs: DocsLookup | undefined): string {
  const parts: string[] = [];
  const description = actionDescription(action, docs);
  if (description) parts.push(description);
  parts.push(`Access level: **${action.accessLevel}**`);
  const types = action.resourceTypes.map((r) => `${code(r.name)}${r.required ? ' (required)' : ''}`);
  parts.push(`Resource types: ${types.length ? types.join(', ') : '`*` only'}`);
  const resourceKeys = action.resourceTypes.flatMap((r) => catalog.resourceType(action.service, r.name)?.conditionKeys ?? []);
  const keys = [...new Set([...action.conditionKeys, ...resourceKeys])];
  if (keys.length) parts.push(`Condition keys: ${listOf(keys, 20)}`);
  return parts.join('\n\n');
}

/** The first names a wildcard matches, and how many it matches in all. */
export function describeExpansion(actions: readonly ActionInfo[], max = 10): string {
  if (actions.length === 0) return 'Matches no action in the catalog.';
  const noun = actions.length === 1 ? 'action' : 'actions';
  return `Matches ${actions.length} ${noun}: ${listOf(
    actions.map((a) => a.id),
    max,
  )}`;
}

export function conditionKeyDescription(info: ConditionKeyInfo, docs: DocsLookup | undefined): string | undefined {
  if (info.service === 'aws') return GLOBAL_CONDITION_KEY_DOCS[info.key];
  return docs?.(info.service)?.conditionKeys[info.key];
}
