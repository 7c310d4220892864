import { readFile } from 'node:fs/promises';
import { scenarioFindings, type Finding } from '../../analysis/findings';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { parseJson, pointerLocator } from '../../model';

export interface LintEntry extends Finding {
  file: string;
  line?: number;
  column?: number;
}

/**
 * `lint FILE...`: the playground's policy checks (the Findings panel) on scenario files. Exit 0
 * when no file has an error or a security warning, 1 when one does, 2 when a file cannot be read or
 * is not JSON. Warnings and suggestions are printed but do not fail.
 */
export async function lint(
  files: readonly string[],
  json: boolean,
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  const catalog = await loadServiceCatalog();
  const findings: LintEntry[] = [];
  const errors: { file: string; message: string; line?: number; column?: number }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push({ file, message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` });
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      for (const s of parsed.errors) errors.push({ file, message: s.message, line: s.location.line, column: s.location.column });
      continue;
    }
    const locate = pointerLocator(text);
    for (const f of scenarioFindings(parsed.value, catalog)) {
      const at = locate(f.path);
      findings.push({ file, ...f, ...(at ? { line: at.line, column: at.column } : {}) });
    }
  }
  if (json) out(JSON.stringify({ findings, errors }, null, 2) + '\n');
  else {
    for (const e of errors) err(`error: ${e.file}${e.line ? `:${e.line}:${e.column}` : ''}: ${e.message}\n`);
    for (const f of findings) out(`${f.file}:${f.line ?? 1}:${f.column ?? 1}  ${f.severity.padEnd(10)} ${f.code}  ${f.message}\n`);
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    out(
      `${files.length} file${files.length === 1 ? '' : 's'}: ${count('error')} errors, ${count('security')} security warnings, ` +
        `${count('warning')} warnings, ${count('suggestion')} suggestions\n`,
    );
  }
  if (errors.length > 0) return 2;
  return findings.some((f) => f.severity === 'error' || f.severity === 'security') ? 1 : 0;
}
