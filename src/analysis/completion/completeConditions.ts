import type { ConditionKeyInfo, ServiceCatalog } from '../../catalog';
import { allConditionKeys, keysOfActions, statementActions } from './catalogIndex';
import { elementStrings, presentKeys, type CursorContext } from './cursorContext';
import { conditionKeyDescription } from './describe';
import { propertyItem, rank, stringItem, templateSnippet } from './items';
import { describeOperator, OPERATOR_NAMES, operatorByName, operatorKeyTypes } from './operatorDocs';
import type { CompletionItem, DocsLookup } from './types';

/**
 * Operator names as keys of `Condition`: the plain operators first; `IfExists`, then the
 * `ForAnyValue:`/`ForAllValues:` forms after, as they are the rarer choices.
 */
export function completeOperators(ctx: CursorContext): CompletionItem[] {
  const present = presentKeys(ctx.container, ctx.token);
  return OPERATOR_NAMES.filter((op) => !present.has(op.name)).map((op, i) => {
    const group = (op.quantifier ? 2 : 0) + (op.ifExists ? 1 : 0);
    return propertyItem(
      ctx.token,
      {
        label: op.name,
        kind: 'operator',
        detail: 'condition operator',
        documentation: describeOperator(op).join('\n\n'),
        sortText: rank(group, String(i).padStart(3, '0')),
      },
      '{\n\t"$1": "$2"\n}',
    );
  });
}

/** The keys a statement's actions support, lower case; empty when its actions say nothing (none, `*`, NotAction). */
function relevantKeys(ctx: CursorContext, catalog: ServiceCatalog): Set<string> {
  const actions = statementActions(catalog, elementStrings(ctx.statement, 'Action'));
  return actions ? keysOfActions(catalog, actions) : new Set();
}

/** The value a key is given when its name is inserted: a list for multivalued keys, a choice for booleans. */
function valueSnippet(info: ConditionKeyInfo, first: number): string {
  if (info.type === 'Bool' || info.type === 'ArrayOfBool') return `"\${${first}|true,false|}"`;
  if (info.type.startsWith('ArrayOf')) return `["$${first}"]`;
  return `"$${first}"`;
}

/**
 * Condition keys as keys of an operator block. Ranked: the keys the statement's actions support
 * (their own and their resource types'), then the global keys, then the rest; within each group,
 * keys whose type the operator compares come first. Once a colon is typed only that service's
 * keys are listed (a prefix of it, case-insensitive), since fuzzy matching would otherwise pull
 * in unrelated services.
 */
export function completeConditionKeys(
  ctx: CursorContext,
  catalog: ServiceCatalog,
  docs: DocsLookup | undefined,
  operator: string,
): CompletionItem[] {
  const relevant = relevantKeys(ctx, catalog);
  const present = new Set([...presentKeys(ctx.container, ctx.token)].map((k) => k.toLowerCase()));
  const types = operatorKeyTypes(operator);
  const typed = ctx.token.prefix.toLowerCase();
  const colon = typed.indexOf(':');
  const servicePrefix = colon >= 0 ? typed.slice(0, colon) : null;
  const items: CompletionItem[] = [];
  for (const info of allConditionKeys(catalog)) {
    const lower = info.key.toLowerCase();
    if (present.has(lower)) continue;
    if (servicePrefix !== null && !lower.startsWith(servicePrefix)) continue;
    const group = relevant.has(lower) ? 0 : info.service === 'aws' ? 1 : 2;
    const fits = !types || types.includes(info.type);
    const key = templateSnippet(info.key);
    const documentation = [conditionKeyDescription(info, docs), group === 0 ? 'Supported by the actions of this statement.' : undefined]
      .filter(Boolean)
      .join('\n\n');
    const fields = { label: info.key, kind: 'conditionKey' as const, detail: info.type, sortText: `${group}${fits ? 0 : 1}_${lower}` };
    items.push(
      propertyItem(
        ctx.token,
        documentation ? { ...fields, documentation } : fields,
        valueSnippet(info, key.next),
        key.next > 1 ? key.body : undefined,
      ),
    );
  }
  return items;
}

/** Values where they are few: booleans for `Bool` keys and for `Null`. */
export function completeConditionValue(ctx: CursorContext, operator: string): CompletionItem[] {
  const op = operatorByName(operator);
  if (!op || (op.base !== null && op.base.name !== 'Bool')) return [];
  const meaning = op.base === null ? { true: 'the key is absent', false: 'the key is present' } : { true: 'true', false: 'false' };
  return (['true', 'false'] as const).map((v, i) =>
    stringItem(ctx.token, { label: v, kind: 'value', detail: meaning[v], sortText: rank(i, v) }),
  );
}
