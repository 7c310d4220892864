import type { Token } from './cursorContext';
import type { CompletionItem } from './types';

/** Escapes text for Monaco snippet syntax, where `$`, `}` and `\` are special. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** A JSON string literal of `text`, as snippet text. */
export function quotedSnippet(text: string): string {
  return escapeSnippet(JSON.stringify(text));
}

/**
 * Turns `${Name}` placeholders of a catalog template (`aws:RequestTag/${TagKey}`,
 * `arn:${Partition}:s3:::${BucketName}`) into numbered snippet placeholders; the same name gets the
 * same number so the editor fills both at once. `fixed` gives names a literal value instead.
 */
export function templateSnippet(template: string, fixed: Record<string, string> = {}, first = 1): { body: string; next: number } {
  const numbers = new Map<string, number>();
  let next = first;
  let body = '';
  let last = 0;
  for (const match of template.matchAll(/\$\{([^}]*)\}/g)) {
    body += escapeSnippet(template.slice(last, match.index));
    const name = match[1]!;
    if (Object.hasOwn(fixed, name)) body += escapeSnippet(fixed[name]!);
    else {
      let n = numbers.get(name);
      if (n === undefined) numbers.set(name, (n = next++));
      body += `\${${n}:${escapeSnippet(name)}}`;
    }
    last = match.index + match[0].length;
  }
  body += escapeSnippet(template.slice(last));
  return { body, next };
}

interface ItemFields {
  label: string;
  kind: CompletionItem['kind'];
  detail?: string;
  documentation?: string;
  sortText?: string;
}

/**
 * Every item is built through here as one object literal of a fixed shape (absent fields are
 * undefined): thousands are made per keystroke, and one shape keeps that cheap.
 */
function make(token: Token, fields: ItemFields, insertText: string, isSnippet: boolean): CompletionItem {
  return {
    label: fields.label,
    kind: fields.kind,
    insertText,
    isSnippet: isSnippet || undefined,
    detail: fields.detail,
    documentation: fields.documentation,
    sortText: fields.sortText,
    // The editor filters with the text from the range's start to the cursor, opening quote included.
    filterText: token.quoted ? `"${fields.label}"` : fields.label,
    range: { start: token.span.start, end: token.span.end },
  };
}

/**
 * A value directly followed by another value lacks the comma between them (typing a new array
 * element above an existing one, say): a value item supplies it.
 */
const valueComma = (token: Token) => (/^["{[]/.test(token.next) ? ',' : '');

/** An item whose value is the JSON string `value` (the label unless given). */
export function stringItem(token: Token, fields: ItemFields, value = fields.label): CompletionItem {
  return make(token, fields, JSON.stringify(value) + valueComma(token), false);
}

/** An item whose value is a JSON string with snippet placeholders: `body` is its content, unquoted. */
export function snippetStringItem(token: Token, fields: ItemFields, body: string): CompletionItem {
  return make(token, fields, `"${body}"${valueComma(token)}`, true);
}

/** An item inserting raw JSON snippet text (a statement, an object), adding a comma before a following element. */
export function snippetItem(token: Token, fields: ItemFields, snippet: string, commaBefore: RegExp = /^["{[]/): CompletionItem {
  return make(token, fields, snippet + (commaBefore.test(token.next) ? ',' : ''), true);
}

/**
 * An item for a property name. Where the name is followed by its colon only the name is replaced;
 * otherwise the whole property is inserted with `valueSnippet`, and a comma when another property
 * follows. `keySnippet` is the quoted name in snippet syntax, given when it has placeholders or to
 * save escaping it again.
 */
export function propertyItem(token: Token, fields: ItemFields, valueSnippet: string, keySnippet?: string): CompletionItem {
  const templated = keySnippet !== undefined && keySnippet.includes('${');
  if (token.next === ':')
    return templated ? make(token, fields, keySnippet, true) : make(token, fields, JSON.stringify(fields.label), false);
  const comma = token.next === '"' ? ',' : '';
  return make(token, fields, `${keySnippet ?? quotedSnippet(fields.label)}: ${valueSnippet}${comma}`, true);
}

/** Sort text that keeps `group` order first, then the name. */
export function rank(group: number, name: string): string {
  return `${group}_${name.toLowerCase()}`;
}
