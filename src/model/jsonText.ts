import { MAX_JSON_DEPTH, nestedTooDeep, TOO_DEEP_MESSAGE, tooDeepOffset, withoutByteOrderMark } from './jsonDepth';
import { jsonSyntaxErrors, offsetToLocation, type SourceLocation } from './jsonLocation';

export { MAX_JSON_DEPTH, TOO_DEEP_MESSAGE, withoutByteOrderMark };

export interface JsonTextError {
  message: string;
  location: SourceLocation;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; errors: JsonTextError[] };

/**
 * Strict JSON (no comments, no trailing commas) as the CLI, the app's import, the editor and share
 * links read it: a byte-order mark is whitespace, a text nested deeper than MAX_JSON_DEPTH is
 * refused where it first goes too deep, and every syntax error is located. The native parser does
 * the work; jsonc-parser, several times slower, runs only to say where a text is broken.
 */
export function parseJson(input: string): ParsedJson {
  const text = withoutByteOrderMark(input);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const errors = jsonSyntaxErrors(text);
    if (errors.length > 0) return { ok: false, errors };
    // jsonc-parser and JSON.parse should agree; if they ever do not, the text is still not JSON.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ message: `invalid JSON: ${message}`, location: offsetToLocation(text, 0) }] };
  }
  // Walking the parsed value costs a few milliseconds on a 10 MB scenario; only a text that fails
  // the walk is scanned for the place to point at.
  if (nestedTooDeep(value)) {
    return { ok: false, errors: [{ message: TOO_DEEP_MESSAGE, location: offsetToLocation(text, Math.max(0, tooDeepOffset(text)), 1) }] };
  }
  return { ok: true, value };
}
