/**
 * How deep JSON may nest. A scenario needs about a dozen levels (scenario → users → user →
 * inlinePolicies → policy → document → Statement → statement → Condition → operator → key →
 * values); the limit is far above that and far below where a recursive reader (ours, jsonc-parser,
 * `JSON.stringify`, `structuredClone`) runs out of stack.
 */
export const MAX_JSON_DEPTH = 64;

export const TOO_DEEP_MESSAGE = `nested deeper than ${MAX_JSON_DEPTH} levels`;

/**
 * A leading UTF-8 byte-order mark, which Windows editors write, becomes a space: JSON.parse and
 * jsonc-parser refuse it, and a space leaves every offset, line and column where it was.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** Whether a parsed value holds more than MAX_JSON_DEPTH levels of arrays and objects. */
export function nestedTooDeep(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_JSON_DEPTH) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestedTooDeep(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (nestedTooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

/**
 * Where a text first opens more than MAX_JSON_DEPTH arrays and objects, or -1. A plain scan, not a
 * parse: it also works on text that is not valid JSON, before a recursive parser is let near it.
 */
export function tooDeepOffset(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included, so brackets inside it do not count.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
