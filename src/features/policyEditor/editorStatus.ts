import type { JsonSyntaxError } from './parseJsonText';

/** A problem as the status line needs it: where, what, how bad. Mirrors Monaco's marker fields. */
export interface EditorProblem {
  owner: string;
  code?: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  message: string;
}

export interface EditorStatus {
  tone: 'valid' | 'error';
  /** `valid`, or the first error: `Line 3: invalid JSON: comma expected`. */
  text: string;
  warnings: number;
}

/**
 * JSON syntax error codes of vscode-json-languageservice (`ErrorCode`, 0x101–0x107, 0x201–0x207,
 * 0x209, 0x210). Once the text parses, markers with these codes are leftovers the JSON worker has
 * not cleared yet; duplicate keys (0x208) are kept, as the text parses but means something else.
 */
const SYNTAX_CODES = new Set([
  '257',
  '258',
  '259',
  '260',
  '261',
  '262',
  '263',
  '513',
  '514',
  '515',
  '516',
  '517',
  '518',
  '519',
  '521',
  '528',
]);

/** The status line: syntax errors first (they stop everything), then schema and engine errors. */
export function editorStatus(syntaxErrors: readonly JsonSyntaxError[], problems: readonly EditorProblem[]): EditorStatus {
  const first = syntaxErrors[0];
  if (first) return { tone: 'error', text: `Line ${first.location.line}: ${first.message}`, warnings: 0 };
  const current = problems.filter((p) => !(p.owner === 'json' && p.code !== undefined && SYNTAX_CODES.has(p.code)));
  const errors = current.filter((p) => p.severity === 'error').sort((a, b) => a.line - b.line || a.column - b.column);
  const warnings = current.filter((p) => p.severity === 'warning').length;
  const error = errors[0];
  if (error) return { tone: 'error', text: `Line ${error.line}: ${error.message}`, warnings };
  return { tone: 'valid', text: 'valid', warnings };
}

/** The message for a scenario tab whose text is JSON but not an object. */
export const NOT_A_SCENARIO: JsonSyntaxError = {
  message: 'a scenario is a JSON object',
  location: { line: 1, column: 1, offset: 0, length: 0 },
};
