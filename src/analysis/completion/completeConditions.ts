import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { ConditionKeyInfo, ServiceCatalog, ServiceDocs } from '../../catalog';
import { allConditionKeys, keysOfActions, statementActions } from './catalogIndex';
import { elementStrings, presentKeys, type CursorContext } from './cursorContext';
import { conditionKeyDescription } from './describe';
import { propertyItem, rank, stringItem, templateSnippet } from './items';
import { describeOperator, OPERATOR_NAMES, operatorByName, operatorKeyTypes } from './operatorDocs';
import { providerKeys, providerPrefixes } from './providerKeys';
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

/**
 * The keys a statement's actions support (lower case), and their services; nothing when the
 * actions say nothing (none, `*`, NotAction).
 */
function relevantKeys(ctx: CursorContext, catalog: ServiceCatalog): { keys: Set<string>; services: string[] } {
  const actions = statementActions(catalog, elementStrings(ctx.statement, 'Action'));
  if (!actions) return { keys: new Set(), services: [] };
  return { keys: keysOfActions(catalog, actions), services: [...new Set(actions.map((a) => a.service))] };
}

/** The value a key is given when its name is inserted: a list for multivalued keys, a choice for booleans. */
function valueSnippet(info: ConditionKeyInfo, first: number): string {
  if (info.type === 'Bool' || info.type === 'ArrayOfBool') return `"\${${first}|true,false|}"`;
  if (info.type.startsWith('ArrayOf')) return `["$${first}"]`;
  return `"$${first}"`;
}

/** What completing a key needs that never changes: worked out once per catalog. */
interface KeyProto {
  info: ConditionKeyInfo;
  lower: string;
  /** The quoted key in snippet syntax, placeholders numbered from 1. */
  keySnippet: string;
  value: string;
}

const protos = new WeakMap<ServiceCatalog, KeyProto[]>();

function keyProtos(catalog: ServiceCatalog): KeyProto[] {
  let list = protos.get(catalog);
  if (!list) {
    list = allConditionKeys(catalog).map((info) => {
      const { body, next } = templateSnippet(info.key);
      return { info, lower: info.key.toLowerCase(), keySnippet: `"${body}"`, value: valueSnippet(info, next) };
    });
    protos.set(catalog, list);
  }
  return list;
}

/** The statement's `Principal.Federated` values: the identity providers a trust statement names. */
function federatedOf(statement: Node | undefined): string[] {
  const value = statement ? findNodeAtLocation(statement, ['Principal', 'Federated']) : undefined;
  const nodes = value?.type === 'array' ? (value.children ?? []) : value ? [value] : [];
  return nodes.flatMap((n) => (typeof n.value === 'string' ? [n.value] : []));
}

/**
 * Condition keys as keys of an operator block. Ranked: the keys the statement's actions support
 * (their own and their resource types') and the claims of the identity providers it names, then
 * the global keys, then the rest; within each group,
 * keys whose type the operator compares come first. Once a colon is typed only that service's
 * keys are listed (case-insensitive): the editor's fuzzy matching would otherwise pull in keys of
 * unrelated services.
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
  const onlyService = colon >= 0 ? typed.slice(0, colon + 1) : null;
  // Each service's prose is asked for once per call, not once per key.
  const memo = new Map<string, ServiceDocs | undefined>();
  const docsOnce: DocsLookup | undefined =
    docs && ((prefix) => (memo.has(prefix) ? memo.get(prefix) : memo.set(prefix, docs(prefix)).get(prefix)));
  const items: CompletionItem[] = [];
  const federated = federatedOf(ctx.statement);
  const ofProviders = providerPrefixes(federated);
  const claims = providerKeys(federated);
  const mainClaims = new Set(claims.map((k) => k.key.toLowerCase()));
  const listed = new Set<string>();
  for (const proto of keyProtos(catalog)) {
    const { info, lower } = proto;
    listed.add(lower);
    if (onlyService !== null && !lower.startsWith(onlyService)) continue;
    if (present.has(lower)) continue;
    // The statement's own provider's claims come first (its main ones, `sub` and `aud`, before the
    // rest), then the other keys its action supports (other providers' claims among them).
    const claim = mainClaims.has(lower) ? 0 : ofProviders.some((prefix) => lower.startsWith(prefix)) ? 1 : 2;
    const group = relevant.keys.has(lower) || claim < 2 ? 0 : info.service === 'aws' ? 1 : 2;
    const fits = !types || types.includes(info.type);
    const description = conditionKeyDescription(info, docsOnce, group === 0 ? relevant.services : undefined);
    const documentation =
      group === 0 ? `${description ? `${description}\n\n` : ''}Supported by the actions of this statement.` : description;
    items.push(
      propertyItem(
        ctx.token,
        {
          label: info.key,
          kind: 'conditionKey',
          detail: info.type,
          documentation,
          sortText: `${group}${fits ? 0 : 1}${claim}_${lower}`,
        },
        proto.value,
        proto.keySnippet,
      ),
    );
  }
  // Claims the catalog does not list (`token.actions.githubusercontent.com:sub`, any OIDC host's `aud`).
  for (const { key, type, description } of claims) {
    const lower = key.toLowerCase();
    if (listed.has(lower) || present.has(lower) || (onlyService !== null && !lower.startsWith(onlyService))) continue;
    const fits = !types || types.includes(type);
    items.push(
      propertyItem(
        ctx.token,
        {
          label: key,
          kind: 'conditionKey',
          detail: type,
          documentation: `${description}.\n\nA claim of the identity provider this statement trusts.`,
          sortText: `0${fits ? 0 : 1}0_${lower}`,
        },
        type.startsWith('ArrayOf') ? '["$1"]' : '"$1"',
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
