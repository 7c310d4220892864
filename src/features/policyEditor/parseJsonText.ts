import { jsonSyntaxErrors, type SourceLocation } from '../../model';

export interface JsonSyntaxError {
  message: string;
  location: SourceLocation;
}

/** Strict JSON (no comments, no trailing commas), with every syntax error located. */
export type ParsedJsonText = { ok: true; value: unknown } | { ok: false; errors: JsonSyntaxError[] };

export function parseJsonText(text: string): ParsedJsonText {
  const errors = jsonSyntaxErrors(text);
  if (errors.length > 0) return { ok: false, errors };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // jsonc-parser and JSON.parse should agree; if they ever do not, the text is still not JSON.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ message: `invalid JSON: ${message}`, location: { line: 1, column: 1, offset: 0, length: 0 } }] };
  }
}
