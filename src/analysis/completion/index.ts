/**
 * Completion and hover for IAM policy documents, driven by the AWS service catalog. Pure: the
 * worker calls these with the editor's text and cursor offset and turns the results into Monaco's
 * types. See `CompletionItem` for how `range` and `insertText` treat quotes.
 */
import type { ServiceCatalog } from '../../catalog';
import { completeActions } from './completeActions';
import { completeConditionKeys, completeConditionValue, completeOperators } from './completeConditions';
import { completePrincipalKey, completePrincipalTypeValue, completePrincipalValue } from './completePrincipals';
import { completeResources } from './completeResources';
import {
  completeDocumentKey,
  completeDocumentValue,
  completeEffect,
  completeStatementKey,
  completeStatementSnippets,
  completeVersion,
} from './completeStructure';
import { cursorContext } from './cursorContext';
import { scenarioPrincipalItems, scenarioProviderItems, scenarioResourceItems, type ScenarioNames } from './completeScenarioNames';
import type { CompletionItem, DocsLookup, DocumentKind } from './types';

export type { CompletionItem, DocsLookup, DocumentKind, HoverResult, PolicyKind, TextSpan } from './types';
export { hoverPolicy } from './hover';
export type { ScenarioNames } from './completeScenarioNames';
export { docsWantedAt } from './docsWanted';

/**
 * Completion proposals at `offset`. With kind `scenario` the policy document around the cursor is
 * found from its JSON path and completed as its own kind; outside every document there are none.
 */
export function completePolicy(
  text: string,
  offset: number,
  kind: DocumentKind,
  catalog: ServiceCatalog,
  docs?: DocsLookup,
  names?: ScenarioNames,
): CompletionItem[] {
  const ctx = cursorContext(text, offset, kind);
  if (!ctx) return [];
  const { slot } = ctx;
  switch (slot.type) {
    case 'documentValue':
      return completeDocumentValue(ctx);
    case 'documentKey':
      return completeDocumentKey(ctx);
    case 'version':
      return completeVersion(ctx);
    case 'statementsValue':
      return ctx.token.quoted ? [] : completeStatementSnippets(ctx, true);
    case 'statementElement':
      return completeStatementSnippets(ctx, false);
    case 'statementKey':
      return completeStatementKey(ctx);
    case 'effect':
      return completeEffect(ctx);
    case 'action':
      return completeActions(ctx, slot.negated, catalog, docs);
    case 'resource':
      return [...scenarioResourceItems(ctx, names), ...completeResources(ctx, slot.negated, catalog)];
    case 'principalValue':
      return completePrincipalValue(ctx);
    case 'principalKey':
      return completePrincipalKey(ctx);
    case 'principalTypeValue':
      return [
        ...(slot.principalType === 'AWS' ? scenarioPrincipalItems(ctx, names) : []),
        ...(slot.principalType === 'Federated' ? scenarioProviderItems(ctx, names) : []),
        ...completePrincipalTypeValue(ctx, slot.principalType),
      ];
    case 'operatorKey':
      return completeOperators(ctx);
    case 'conditionKeyKey':
      return completeConditionKeys(ctx, catalog, docs, slot.operator);
    case 'conditionValue':
      return completeConditionValue(ctx, slot.operator);
    case 'none':
      return [];
  }
}
