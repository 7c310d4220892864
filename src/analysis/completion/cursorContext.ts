import { findNodeAtLocation, getLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import { locateDocument } from './documentLocation';
import type { DocumentKind, PolicyKind, TextSpan } from './types';

/** The token under the cursor: what a completion replaces. See `CompletionItem.range`. */
export interface Token {
  span: TextSpan;
  /** The token is a string (it starts with a quote); false for a bare word or nothing typed. */
  quoted: boolean;
  /** The string's content before the cursor: what the user has typed so far. */
  prefix: string;
  /** The first character after the token that is not white space ('' at the end of the text). */
  next: string;
}

/** What the cursor is in, as far as a policy document goes. */
export type Slot =
  | { type: 'documentValue' } // where a whole document goes: an empty text, `"trustPolicy": |`
  | { type: 'documentKey' } // a top-level property name: Version, Statement
  | { type: 'version' }
  | { type: 'statementsValue' } // `"Statement": |`
  | { type: 'statementElement' } // an element of the Statement array: a statement object goes here
  | { type: 'statementKey' }
  | { type: 'effect' }
  | { type: 'action'; negated: boolean }
  | { type: 'resource'; negated: boolean }
  | { type: 'principalValue'; negated: boolean } // `"Principal": |`
  | { type: 'principalKey' } // AWS, Service, …
  | { type: 'principalTypeValue'; principalType: string } // a value under `AWS`, `Service`, …
  | { type: 'operatorKey' } // a key of the Condition block
  | { type: 'conditionKeyKey'; operator: string } // a key of an operator block
  | { type: 'conditionValue'; operator: string; key: string }
  | { type: 'none' };

export interface CursorContext {
  kind: PolicyKind;
  slot: Slot;
  token: Token;
  /** The statement object the cursor is in, for slots inside one. */
  statement: Node | undefined;
  /** The object whose property name is being typed, for key slots. */
  container: Node | undefined;
}

/**
 * Where a string token starting at `start` ends: after its closing quote, or (unterminated) at the
 * line break or the end of the text, as a JSON scanner stops there too.
 */
export function scanString(text: string, start: number): { end: number; terminated: boolean } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return { end: i + 1, terminated: true };
    if (ch === '\\') i += 2;
    else if (ch === '\n' || ch === '\r') break;
    else i++;
  }
  return { end: Math.min(i, text.length), terminated: false };
}

/** Characters of a bare (unquoted) word being typed: enough for names, ARNs and wildcards. */
const WORD = /[A-Za-z0-9_:*?.\-/]/;

function nextNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i]!)) return text[i]!;
  return '';
}

/** The token at the cursor, or null when the cursor is just outside one (before or after a string). */
function tokenAt(text: string, offset: number, previous: Node | undefined): Token | null {
  if (previous && (previous.type === 'string' || previous.type === 'property') && text[previous.offset] === '"') {
    const { end, terminated } = scanString(text, previous.offset);
    const inside = offset > previous.offset && (terminated ? offset < end : offset <= end);
    if (inside) {
      // An unterminated string is replaced only up to the cursor: the rest of its line is
      // whatever followed the cursor (closing brackets, the next property), not the string.
      const spanEnd = terminated ? end : offset;
      return {
        span: { start: previous.offset, end: spanEnd },
        quoted: true,
        prefix: text.slice(previous.offset + 1, offset),
        next: nextNonSpace(text, spanEnd),
      };
    }
    if (offset <= previous.offset || offset >= end) return null;
  }
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end]!)) end++;
  return { span: { start, end }, quoted: false, prefix: text.slice(start, offset), next: nextNonSpace(text, end) };
}

/** The value of an element may be a string or an array of strings: `rest` is its path below the element. */
const isElementValue = (rest: JSONPath) => rest.length === 1 || (rest.length === 2 && typeof rest[1] === 'number');

/**
 * The slot a path inside a document (relative to its root) names, with the paths of the statement and
 * of the object whose key is typed, where there are.
 */
export function slotFor(rel: JSONPath, isKey: boolean): { slot: Slot; statementPath?: JSONPath; containerPath?: JSONPath } {
  if (rel.length === 0) return { slot: { type: 'documentValue' } };
  if (rel.length === 1 && isKey) return { slot: { type: 'documentKey' }, containerPath: [] };
  const [top] = rel;
  if (top === 'Version' && rel.length === 1) return { slot: { type: 'version' } };
  if (top !== 'Statement') return { slot: { type: 'none' } };
  if (rel.length === 1) return { slot: { type: 'statementsValue' } };
  // `Statement` is an array of statements or a single statement object.
  const statementPath = typeof rel[1] === 'number' ? rel.slice(0, 2) : rel.slice(0, 1);
  const rest = rel.slice(statementPath.length);
  if (rest.length === 0) return { slot: { type: 'statementElement' } };
  const at = (slot: Slot, containerPath?: JSONPath) => ({ slot, statementPath, containerPath });
  if (rest.length === 1 && isKey) return at({ type: 'statementKey' }, statementPath);
  const element = rest[0];
  if (isKey) {
    if ((element === 'Principal' || element === 'NotPrincipal') && rest.length === 2)
      return at({ type: 'principalKey' }, [...statementPath, element]);
    if (element === 'Condition' && rest.length === 2) return at({ type: 'operatorKey' }, [...statementPath, element]);
    if (element === 'Condition' && rest.length === 3)
      return at({ type: 'conditionKeyKey', operator: String(rest[1]) }, [...statementPath, 'Condition', rest[1]!]);
    return at({ type: 'none' });
  }
  switch (element) {
    case 'Effect':
      return at(rest.length === 1 ? { type: 'effect' } : { type: 'none' });
    case 'Action':
    case 'NotAction':
      return at(isElementValue(rest) ? { type: 'action', negated: element === 'NotAction' } : { type: 'none' });
    case 'Resource':
    case 'NotResource':
      return at(isElementValue(rest) ? { type: 'resource', negated: element === 'NotResource' } : { type: 'none' });
    case 'Principal':
    case 'NotPrincipal':
      if (rest.length === 1) return at({ type: 'principalValue', negated: element === 'NotPrincipal' });
      if (isElementValue(rest.slice(1))) return at({ type: 'principalTypeValue', principalType: String(rest[1]) });
      return at({ type: 'none' });
    case 'Condition':
      if (isElementValue(rest.slice(2)) && rest.length >= 3)
        return at({ type: 'conditionValue', operator: String(rest[1]), key: String(rest[2]) });
      return at({ type: 'none' });
    default:
      return at({ type: 'none' });
  }
}

/** A parsed text, kept for the last text seen: completion asks on every keystroke, hover often. */
let lastText: string | undefined;
let lastTree: Node | undefined;

export function parseCached(text: string): Node | undefined {
  if (text !== lastText) {
    lastTree = parseTree(text, [], { allowTrailingComma: true, allowEmptyContent: true });
    lastText = text;
  }
  return lastTree;
}

/**
 * What the cursor at `offset` is in. Null when it is outside every policy document (in a scenario)
 * or just outside a token, where nothing should be proposed. Works on incomplete JSON: the path
 * comes from a tolerant scan up to the cursor, the statement's other elements from a tolerant parse.
 */
export function cursorContext(text: string, offset: number, kind: DocumentKind): CursorContext | null {
  const location = getLocation(text, offset);
  const token = tokenAt(text, offset, location.previousNode);
  if (!token) return null;
  const tree = parseCached(text);
  const place = locateDocument(location.path, kind, tree);
  if (!place) return null;
  // A path ending in an index is an array element, whatever the scan says about property keys.
  const last = location.path[location.path.length - 1];
  const isKey =
    location.previousNode && token.quoted
      ? location.previousNode.type === 'property'
      : location.isAtPropertyKey && typeof last === 'string';
  const rel = location.path.slice(place.root.length);
  if (rel.length === 0 && isKey) return null; // on the name of the property that holds the document
  const { slot, statementPath, containerPath } = slotFor(rel, isKey);
  // With nothing typed, a value right after the cursor is already there: inserting one would break
  // it. (A statement may go before another one: its snippet adds the comma.)
  const valueFollows = !token.quoted && token.span.start === token.span.end && /^["{[\w-]/.test(token.next);
  if (valueFollows && !isKey && slot.type !== 'statementElement') return null;
  const node = (path: JSONPath | undefined) => (tree && path ? findNodeAtLocation(tree, [...place.root, ...path]) : undefined);
  const statement = node(statementPath);
  const container = node(containerPath);
  return {
    kind: place.kind,
    slot,
    token,
    statement: statement?.type === 'object' ? statement : undefined,
    container: container?.type === 'object' ? container : undefined,
  };
}

/** The property names of an object node, without the one whose name is the token being typed. */
export function presentKeys(object: Node | undefined, token: Token): Set<string> {
  const keys = new Set<string>();
  for (const property of object?.children ?? []) {
    const name = property.children?.[0];
    if (name && name.offset !== token.span.start && typeof name.value === 'string') keys.add(name.value);
  }
  return keys;
}

/** The string values of a statement element (`"Action": "x"` or `"Action": ["x", "y"]`). */
export function elementStrings(statement: Node | undefined, element: string, except?: Token): string[] {
  const value = statement ? findNodeAtLocation(statement, [element]) : undefined;
  if (!value) return [];
  const nodes = value.type === 'array' ? (value.children ?? []) : [value];
  return nodes
    .filter((n) => n.type === 'string' && typeof n.value === 'string' && n.offset !== except?.span.start)
    .map((n) => n.value as string);
}
