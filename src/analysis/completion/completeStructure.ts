import { presentKeys, type CursorContext } from './cursorContext';
import {
  ALTERNATIVE,
  DOCUMENT_ELEMENT_DOCS,
  DOCUMENT_ELEMENT_VALUE,
  documentElements,
  ELEMENT_DOCS,
  elementValueSnippet,
  statementElements,
} from './elements';
import { propertyItem, rank, snippetItem, stringItem } from './items';
import { policyBody, policySkeleton, statementSnippets } from './snippets';
import type { CompletionItem } from './types';

const KIND_NAMES = {
  identity: 'identity-based policy',
  session: 'session policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
} as const;

/** Where a whole document goes (an empty editor, `"trustPolicy": |`): a policy skeleton. */
export function completeDocumentValue(ctx: CursorContext): CompletionItem[] {
  return [
    snippetItem(
      ctx.token,
      {
        label: 'New policy',
        kind: 'snippet',
        detail: KIND_NAMES[ctx.kind],
        documentation: `A ${KIND_NAMES[ctx.kind]} with one statement.`,
      },
      policySkeleton(ctx.kind),
    ),
  ];
}

/** Top-level property names not yet present, and the whole body when the document is empty. */
export function completeDocumentKey(ctx: CursorContext): CompletionItem[] {
  const present = presentKeys(ctx.container, ctx.token);
  const items = documentElements(ctx.kind)
    .filter((name) => !present.has(name))
    .map((name, i) =>
      propertyItem(
        ctx.token,
        { label: name, kind: 'property', documentation: DOCUMENT_ELEMENT_DOCS[name], sortText: rank(0, String(i)) },
        DOCUMENT_ELEMENT_VALUE[name],
      ),
    );
  if (present.size === 0 && ctx.token.next !== ':')
    items.push(
      snippetItem(
        ctx.token,
        {
          label: 'New policy',
          kind: 'snippet',
          detail: KIND_NAMES[ctx.kind],
          documentation: 'Version and one statement.',
          sortText: rank(1, ''),
        },
        policyBody(ctx.kind),
      ),
    );
  return items;
}

export function completeVersion(ctx: CursorContext): CompletionItem[] {
  return [stringItem(ctx.token, { label: '2012-10-17', kind: 'value', detail: 'current policy language version' })];
}

export function completeEffect(ctx: CursorContext): CompletionItem[] {
  // An RCP may only deny: Allow is reserved for the built-in RCPFullAWSAccess.
  const effects = ctx.kind === 'rcp' ? ['Deny'] : ['Allow', 'Deny'];
  return effects.map((effect, i) => stringItem(ctx.token, { label: effect, kind: 'keyword', sortText: rank(i, effect) }));
}

/** Statement templates where a statement object goes: an element of `Statement`, or its value. */
export function completeStatementSnippets(ctx: CursorContext, asArray: boolean): CompletionItem[] {
  return statementSnippets(ctx.kind).map((s, i) =>
    snippetItem(
      ctx.token,
      { label: s.label, kind: 'snippet', documentation: s.description, sortText: rank(i, s.label) },
      asArray ? `[\n\t${s.body.replace(/\n/g, '\n\t')}\n]` : s.body,
      asArray ? /^"/ : /^[{"]/,
    ),
  );
}

/** Statement element names the kind allows and the statement does not have yet (nor its alternative). */
export function completeStatementKey(ctx: CursorContext): CompletionItem[] {
  const present = presentKeys(ctx.statement, ctx.token);
  return statementElements(ctx.kind)
    .filter((name) => !present.has(name) && !(ALTERNATIVE[name] && present.has(ALTERNATIVE[name])))
    .map((name, i) =>
      propertyItem(
        ctx.token,
        // `Not…` elements are the rarer, riskier choice: after the plain ones.
        { label: name, kind: 'property', documentation: ELEMENT_DOCS[name], sortText: rank(name.startsWith('Not') ? 1 : 0, String(i)) },
        elementValueSnippet(name, ctx.kind),
      ),
    );
}
