import { findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import type { ServiceCatalog } from '../../catalog';
import { parseOperator } from '../../engine';
import { expandAction } from './catalogIndex';
import { parseCached, slotFor, type Slot } from './cursorContext';
import { conditionKeyDescription, describeAction, describeExpansion } from './describe';
import { claimKey } from './providerKeys';
import { locateDocument } from './documentLocation';
import { DOCUMENT_ELEMENT_DOCS, ELEMENT_DOCS, type DocumentElement, type StatementElement } from './elements';
import { describeOperator, operatorByName, operatorKeyTypes } from './operatorDocs';
import type { DocsLookup, DocumentKind, HoverResult } from './types';

/** The string under the cursor, and what it is in its policy document. */
export interface HoverTarget {
  node: Node;
  value: string;
  slot: Slot;
}

/** The string token at `offset` (quotes included) and its slot; null outside a policy document or a string. */
export function hoverTarget(text: string, offset: number, kind: DocumentKind): HoverTarget | null {
  const tree = parseCached(text);
  const node = tree ? findNodeAtOffset(tree, offset) : undefined;
  if (!node || node.type !== 'string' || typeof node.value !== 'string') return null;
  const path = getNodePath(node);
  const place = locateDocument(path, kind, tree);
  if (!place) return null;
  const isKey = node.parent?.type === 'property' && node.parent.children?.[0] === node;
  const rel = path.slice(place.root.length);
  if (rel.length === 0) return null;
  return { node, value: node.value, slot: slotFor(rel, isKey).slot };
}

const code = (s: string) => `\`${s}\``;

function hoverAction(value: string, negated: boolean, catalog: ServiceCatalog, docs: DocsLookup | undefined): string {
  if (/[*?]/.test(value)) {
    const actions = expandAction(catalog, value);
    const scope = negated ? '\n\nThe statement applies to every action **except** these.' : '';
    return `${code(value)}\n\n${describeExpansion(actions)}${scope}`;
  }
  const action = catalog.action(value);
  if (action) return `**${action.id}**\n\n${describeAction(action, catalog, docs)}`;
  const colon = value.indexOf(':');
  if (colon < 0) return `${code(value)} is not an action: actions are written \`service:ActionName\`.`;
  const service = catalog.service(value.slice(0, colon));
  if (!service) return `${code(value)}: no service has the prefix ${code(value.slice(0, colon))}.`;
  return `${code(value)}: ${service.name} has no action named ${code(value.slice(colon + 1))}.`;
}

function hoverConditionKey(value: string, operator: string, catalog: ServiceCatalog, docs: DocsLookup | undefined): string {
  const info = catalog.conditionKey(value);
  if (!info) {
    // Identity providers' claims are named after their host, so the catalog cannot list them all.
    const claim = claimKey(value);
    if (claim)
      return `**${value}** — ${claim.type}\n\n${claim.description}. A claim of the identity provider's token, tested in the trust policy of a role it may assume.`;
    return `${code(value)} is not a condition key in the catalog.`;
  }
  const parts = [`**${value}** — ${info.type}`];
  if (info.key.toLowerCase() !== value.toLowerCase()) parts.push(`An instance of ${code(info.key)}.`);
  const description = conditionKeyDescription(info, docs);
  if (description) parts.push(description);
  const types = operatorKeyTypes(operator);
  if (types && !types.includes(info.type))
    parts.push(`Note: ${code(operator)} compares ${types.join('/')} values; this key is ${info.type}.`);
  return parts.join('\n\n');
}

function hoverOperator(value: string): string {
  const op = operatorByName(value);
  if (op) return [`**${value}**`, ...describeOperator(op)].join('\n\n');
  const parsed = parseOperator(value);
  return parsed.kind === 'unknown' ? parsed.why : `**${value}**`;
}

/**
 * What a string of a policy document means: an action (its description, access level, resource
 * types and condition keys), a wildcard action (how many actions it matches and the first ones), a
 * condition operator, a condition key (its type and description), or an element name.
 */
export function hoverPolicy(
  text: string,
  offset: number,
  kind: DocumentKind,
  catalog: ServiceCatalog,
  docs?: DocsLookup,
): HoverResult | null {
  const target = hoverTarget(text, offset, kind);
  if (!target) return null;
  const { node, value, slot } = target;
  let markdown: string | null = null;
  switch (slot.type) {
    case 'action':
      markdown = hoverAction(value, slot.negated, catalog, docs);
      break;
    case 'operatorKey':
      markdown = hoverOperator(value);
      break;
    case 'conditionKeyKey':
      markdown = hoverConditionKey(value, slot.operator, catalog, docs);
      break;
    case 'statementKey':
      markdown = Object.hasOwn(ELEMENT_DOCS, value) ? `**${value}**\n\n${ELEMENT_DOCS[value as StatementElement]}` : null;
      break;
    case 'documentKey':
      markdown = Object.hasOwn(DOCUMENT_ELEMENT_DOCS, value) ? `**${value}**\n\n${DOCUMENT_ELEMENT_DOCS[value as DocumentElement]}` : null;
      break;
    default:
      break;
  }
  return markdown === null ? null : { markdown, range: { start: node.offset, end: node.offset + node.length } };
}
