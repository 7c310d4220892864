import { parseJson, type JsonTextError, type ParsedJson } from '../../model';

export type JsonSyntaxError = JsonTextError;

/**
 * Strict JSON (no comments, no trailing commas), with every syntax error located: the model's
 * reader, so pasted text is read as a file is (a byte-order mark is whitespace; nesting is limited).
 */
export type ParsedJsonText = ParsedJson;

export function parseJsonText(text: string): ParsedJsonText {
  return parseJson(text);
}
