import type { Finding } from '../../analysis/findings';

export interface LintEntry extends Finding {
  file: string;
  line?: number;
  column?: number;
}

export interface LintError {
  file: string;
  message: string;
  line?: number;
  column?: number;
}

/** What `lint` found in one file: why it could not be read, or its findings and the policies it holds. */
export interface LintedFile {
  file: string;
  errors: LintError[];
  findings: LintEntry[];
  policies: { path: string; name: string; line: number | undefined }[];
}

/** Findings that fail a lint run: errors, and security warnings (a policy that grants more than it seems to). */
export const failsLint = (f: Finding): boolean => f.severity === 'error' || f.severity === 'security';

/** Exit 0 when no file has an error or a security warning, 1 when one does, 2 when a file cannot be read or is not JSON. */
export function lintExitCode(files: readonly LintedFile[]): number {
  if (files.some((f) => f.errors.length > 0)) return 2;
  return files.some((f) => f.findings.some(failsLint)) ? 1 : 0;
}

/** `FILE:LINE:COLUMN severity code message` per finding, as editors and CI annotations read it; errors go to stderr. */
export function lintText(files: readonly LintedFile[]): { out: string; err: string } {
  const findings = files.flatMap((f) => f.findings);
  const err = files
    .flatMap((f) => f.errors)
    .map((e) => `error: ${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}\n`)
    .join('');
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const out =
    findings.map((f) => `${f.file}:${f.line ?? 1}:${f.column ?? 1}  ${f.severity.padEnd(10)} ${f.code}  ${f.message}\n`).join('') +
    `${files.length} file${files.length === 1 ? '' : 's'}: ${count('error')} errors, ${count('security')} security warnings, ` +
    `${count('warning')} warnings, ${count('suggestion')} suggestions\n`;
  return { out, err };
}

/** `{ findings, errors }`, each finding with its JSON pointer, line and column. */
export function lintJson(files: readonly LintedFile[]): string {
  return JSON.stringify({ findings: files.flatMap((f) => f.findings), errors: files.flatMap((f) => f.errors) }, null, 2) + '\n';
}
