/**
 * Pretty-prints JSON the way people write IAM policies: one member per line, but a short array or
 * object of plain values stays on one line (`"Action": ["s3:GetObject", "s3:ListBucket"]`), so a
 * statement reads at a glance. The editor's text for a store value and "Format" both use it, so
 * formatting never fights the text the store writes back.
 */
const INDENT = '  ';

export function formatJson(value: unknown, width = 80): string {
  return print(value, '', 0, width);
}

/**
 * Printed text of large subtrees, by object: the store shares every unchanged subtree between
 * revisions, so after an edit to a real account's scenario only the path to the edit is printed
 * again, not its 3 MB. Small values are cheaper to print than to look up, and are not kept.
 */
const printed = new WeakMap<object, Map<string, string>>();
const KEEP_FROM = 2048;

function print(value: unknown, indent: string, prefix: number, width: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const key = `${indent.length}:${prefix}:${width}`;
  const known = printed.get(value)?.get(key);
  if (known !== undefined) return known;
  const text = printObject(value, indent, prefix, width);
  if (text.length >= KEEP_FROM) {
    const byPlace = printed.get(value) ?? new Map<string, string>();
    byPlace.set(key, text);
    printed.set(value, byPlace);
  }
  return text;
}

function printObject(value: object, indent: string, prefix: number, width: number): string {
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v: unknown) => [null, v])
    : Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const member = (key: string | null): string => (key === null ? '' : `${JSON.stringify(key)}: `);
  if (entries.every(([, v]) => isFlat(v))) {
    const inner = entries.map(([key, v]) => member(key) + JSON.stringify(v)).join(', ');
    const line = Array.isArray(value) ? `[${inner}]` : `{ ${inner} }`;
    if (indent.length + prefix + line.length <= width) return line;
  }
  const childIndent = indent + INDENT;
  const lines = entries.map(([key, v]) => {
    const head = member(key);
    return childIndent + head + print(v, childIndent, head.length, width);
  });
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/** A value that can sit inside a one-line container: a primitive or an empty container. */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}
