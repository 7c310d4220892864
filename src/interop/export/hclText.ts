/**
 * Writing HCL (Terraform's configuration language): string literals, JSON values as HCL
 * expressions (for `jsonencode(…)`), and blocks of attributes. Every string goes through
 * `hclString`, which also escapes template sequences: `${aws:username}` in a policy must reach AWS
 * as written, so it is written `$${aws:username}`.
 * https://developer.hashicorp.com/terraform/language/expressions/strings
 */

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

/** An attribute: its name and its expression, already written; undefined ones are left out. */
export type HclAttribute = readonly [name: string, expression: string] | undefined;

export function hclString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += ESCAPES[ch] ?? (code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
  }
  // `${` and `%{` open template sequences; doubling the sigil keeps them literal.
  // (A function, not a replacement string: in one `$$` would stand for a single `$`.)
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')}"`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A JSON value as an HCL expression, multi-line from `indent` on; object keys always quoted. */
export function hclValue(value: JsonValue, indent: number): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (isList(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${pad}${hclValue(v, indent + 2)},`).join('\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter((e): e is [string, JsonValue] => e[1] !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${hclString(k)} = ${hclValue(v, indent + 2)}`).join('\n')}\n${end}}`;
}

function isList(value: readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined }): value is readonly JsonValue[] {
  return Array.isArray(value);
}

/** A list of expressions already written, on one line. */
export function hclList(expressions: readonly string[]): string {
  return `[${expressions.join(', ')}]`;
}

/** A map of strings (tags), one entry a line. */
export function hclStringMap(map: Record<string, string>, indent: number): string {
  return hclValue(map, indent);
}

/** `KEYWORD "label" "label" { attributes and nested blocks }`. */
export function hclBlock(header: string, attributes: readonly HclAttribute[], nested: readonly string[] = [], indent = 0): string {
  const pad = ' '.repeat(indent + 2);
  const lines = attributes
    .filter((a): a is readonly [string, string] => a !== undefined)
    .map(([name, expression]) => `${pad}${name} = ${expression}`);
  return [`${' '.repeat(indent)}${header} {`, ...lines, ...nested, `${' '.repeat(indent)}}`].join('\n');
}

/** A Terraform identifier from any name: letters, digits, `_` and `-`, not starting with a digit or `-`. */
export function hclIdentifier(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}
