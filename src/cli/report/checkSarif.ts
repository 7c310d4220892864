import { failureLines, queryName, type CheckedFile } from './checkReport';
import { sarifLog, type SarifResult, type SarifRule } from './sarif';

const RULES: SarifRule[] = [
  {
    id: 'expectation-failed',
    short: 'An access question does not get the decision its scenario expects',
    full: "The query's `expect` names the decision it should get; the engine decided otherwise. The message says why, statement by statement in `iam-playground check --explain`.",
    level: 'error',
  },
  {
    id: 'invalid-scenario',
    short: 'The scenario file cannot be read or is not a valid scenario',
    full: 'A file that is not JSON, or breaks the scenario format (a reference that resolves to nothing, a malformed ARN…), is not checked at all. Fix the problem at the place named.',
    level: 'error',
  },
  {
    id: 'scenario-warning',
    short: 'The scenario is valid, but AWS would refuse part of it',
    full: 'An AWS quota the scenario exceeds (policy size, groups per user, managed policies per entity).',
    level: 'warning',
  },
];

/** Failed expectations, unreadable files and quota warnings as SARIF results, each at its line. */
export function checkSarif(files: readonly CheckedFile[], version: string): string {
  const results: SarifResult[] = [];
  for (const f of files) {
    for (const e of f.errors)
      results.push({
        ruleId: 'invalid-scenario',
        level: 'error',
        message: e.message,
        file: f.file,
        line: e.line,
        column: e.column,
        path: e.path,
      });
    for (const w of f.warnings)
      results.push({
        ruleId: 'scenario-warning',
        level: 'warning',
        message: w.message,
        file: f.file,
        line: w.line,
        column: w.column,
        path: w.path,
      });
    for (const c of f.queries) {
      if (c.pass !== false) continue;
      const path = `/queries/${c.index}`;
      const at = f.locate(path);
      const q = c.query;
      results.push({
        ruleId: 'expectation-failed',
        level: 'error',
        message:
          c.result?.pass === false
            ? `${queryName(c)}: ${q.principal} ${q.action} ${q.resource} is ${c.decision}, expected ${q.expect}. ${c.summary}${c.newAccess?.length ? ` ${failureLines(c).slice(1).join(' ')}` : ''}`
            : `${queryName(c)}: ${q.principal} ${q.action} ${q.resource}: ${failureLines(c).join(' ')}`,
        file: f.file,
        line: at?.line,
        column: at?.column,
        path,
      });
    }
  }
  return sarifLog({ version, command: 'check' }, RULES, results);
}
