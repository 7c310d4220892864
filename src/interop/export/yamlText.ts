/**
 * A small YAML writer for JSON values: block mappings and sequences, scalars plain only where YAML
 * 1.1 and 1.2 read them back as the same string, else double-quoted. Double-quoted YAML accepts
 * JSON's string escapes, so `JSON.stringify` quotes safely; the few characters YAML wants escaped
 * and JSON does not (C1 controls, line and paragraph separators, BOM) are escaped on top.
 */
export type YamlValue = string | number | boolean | null | readonly YamlValue[] | YamlMapping;
/** Keys whose value is undefined are left out, as JSON.stringify leaves them out. */
export type YamlMapping = { readonly [key: string]: YamlValue | undefined };

export function toYaml(value: YamlValue): string {
  return (isBlock(value) ? block(value, 0) : [scalar(value)]).join('\n') + '\n';
}

function isBlock(value: YamlValue): value is readonly YamlValue[] | YamlMapping {
  if (value === null || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.length > 0 : definedEntries(value as YamlMapping).length > 0;
}

function block(value: readonly YamlValue[] | YamlMapping, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  if (isList(value)) {
    for (const item of value) {
      if (!isBlock(item)) {
        lines.push(`${pad}- ${scalar(item)}`);
        continue;
      }
      // The item's first line shares the dash: `- Effect: Allow`, the rest indented under it.
      const inner = block(item, indent + 2);
      lines.push(`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1));
    }
    return lines;
  }
  for (const [key, item] of definedEntries(value)) {
    if (isBlock(item)) lines.push(`${pad}${text(key)}:`, ...block(item, indent + 2));
    else lines.push(`${pad}${text(key)}: ${scalar(item)}`);
  }
  return lines;
}

function isList(value: readonly YamlValue[] | YamlMapping): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function definedEntries(value: YamlMapping): [string, YamlValue][] {
  return Object.entries(value).filter((e): e is [string, YamlValue] => e[1] !== undefined);
}

function scalar(value: YamlValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? '[]' : '{}';
}

/** Words that YAML 1.1 (which some CloudFormation tooling still speaks) reads as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/**
 * Starts with a letter or `/`, then characters without meaning in a plain scalar. No spaces, so
 * never `: ` or ` #`; a `:` is fine (`AWS::IAM::Role`, `arn:aws:s3:::b/*`) except at the end.
 */
const PLAIN = /^[A-Za-z/][A-Za-z0-9_./@*+=,():-]*$/;

function text(value: string): string {
  if (PLAIN.test(value) && !value.endsWith(':') && !RESERVED.test(value)) return value;
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
