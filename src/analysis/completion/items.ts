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

function base(token: Token, fields: ItemFields): Omit<CompletionItem, 'insertText'> {
  const item: Omit<CompletionItem, 'insertText'> = {
    label: fields.label,
    kind: fields.kind,
    range: { ...token.span },
    // The editor filters with the text from the range's start to the cursor, opening quote included.
    filterText: token.quoted ? `"${fields.label}"` : fields.label,
  };
  if (fields.detail !== undefined) item.detail = fields.detail;
  if (fields.documentation !== undefined) item.documentation = fields.documentation;
  if (fields.sortText !== undefined) item.sortText = fields.sortText;
  return item;
}

/** An item whose value is the JSON string `value` (the label unless given). */
export function stringItem(token: Token, fields: ItemFields, value = fields.label): CompletionItem {
  return { ...base(token, fields), insertText: JSON.stringify(value) };
}

/** An item whose value is a JSON string with snippet placeholders: `body` is its content, unquoted. */
export function snippetStringItem(token: Token, fields: ItemFields, body: string): CompletionItem {
  return { ...base(token, fields), insertText: `"${body}"`, isSnippet: true };
}

/** An item inserting raw JSON snippet text (a statement, an object), adding a comma before a following element. */
export function snippetItem(token: Token, fields: ItemFields, snippet: string, commaBefore: RegExp = /^["{[]/): CompletionItem {
  return { ...base(token, fields), insertText: snippet + (commaBefore.test(token.next) ? ',' : ''), isSnippet: true };
}

/**
 * An item for a property name. Where the name is followed by its colon only the name is replaced;
 * otherwise the whole property is inserted with `valueSnippet`, and a comma when another property
 * follows. `keyBody` is the name in snippet syntax when it has placeholders.
 */
export function propertyItem(token: Token, fields: ItemFields, valueSnippet: string, keyBody?: string): CompletionItem {
  const key = keyBody === undefined ? quotedSnippet(fields.label) : `"${keyBody}"`;
  if (token.next === ':') {
    if (keyBody === undefined) return { ...base(token, fields), insertText: JSON.stringify(fields.label) };
    return { ...base(token, fields), insertText: key, isSnippet: true };
  }
  const comma = token.next === '"' ? ',' : '';
  return { ...base(token, fields), insertText: `${key}: ${valueSnippet}${comma}`, isSnippet: true };
}

/** Sort text that keeps `group` order first, then the name. */
export function rank(group: number, name: string): string {
  return `${group}_${name.toLowerCase()}`;
}
