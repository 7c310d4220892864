import type { FindingSeverity } from '../../analysis/findings';
import type { LintedFile } from './lintReport';
import { sarifLog, type SarifResult, type SarifRule } from './sarif';

/** Code scanning's levels: what fails a lint run is an error; a warning is a warning; a suggestion a note. */
const LEVEL: Record<FindingSeverity, SarifRule['level']> = { error: 'error', security: 'error', warning: 'warning', suggestion: 'note' };

/** Every finding as a SARIF result at its line, its code as the rule, with the rule's "learn more" and AWS page. */
export function lintSarif(files: readonly LintedFile[], version: string): string {
  const rules = new Map<string, SarifRule>();
  const results: SarifResult[] = [];
  for (const file of files) {
    for (const e of file.errors) {
      rules.set('unreadable-file', {
        id: 'unreadable-file',
        short: 'The file cannot be read as JSON',
        full: 'A file that cannot be read, or is not JSON, is not checked at all. Fix the problem at the place named.',
        level: 'error',
      });
      results.push({
        ruleId: 'unreadable-file',
        level: 'error',
        message: e.message,
        file: e.file,
        line: e.line,
        column: e.column,
        path: '',
      });
    }
    for (const f of file.findings) {
      if (!rules.has(f.code))
        rules.set(f.code, {
          id: f.code,
          short: f.code.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
          full: f.learnMore,
          ...(f.docUrl ? { helpUri: f.docUrl } : {}),
          level: LEVEL[f.severity],
          // A policy that grants more than it seems to is high on code scanning's scale.
          ...(f.severity === 'security' ? { securitySeverity: 7.5 } : {}),
        });
      results.push({
        ruleId: f.code,
        level: LEVEL[f.severity],
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        path: f.path,
      });
    }
  }
  return sarifLog({ version, command: 'lint' }, [...rules.values()], results);
}
