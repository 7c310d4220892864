/** Terminal output shared by the commands: colour only on a terminal and without NO_COLOR. */
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;

export const paint = (code: number, text: string): string => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

export const DECISION_COLOR = { allowed: 32, explicitDeny: 31, implicitDeny: 33 } as const;

export interface FileError {
  file: string;
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** `file:line:column /json/path`, as editors and CI annotations read it. */
export function where(e: FileError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}:${e.column}` : ''}${e.path ? ` ${e.path}` : ''}`;
}

/** Files that could not be read or restored: as `{ "errors": [...] }` with `--json`, else one line each on stderr. Exit 2. */
export function reportFileErrors(errors: readonly FileError[], json: boolean, io: { out(t: string): void; err(t: string): void }): 2 {
  if (json) io.out(JSON.stringify({ errors }, null, 2) + '\n');
  else for (const e of errors) io.err(`error: ${where(e)}: ${e.message}\n`);
  return 2;
}
