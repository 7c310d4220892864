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
    id: 'new-access',
    short: 'A principal gains access its query asserts it must not (noNewAccess)',
    full: "Compared with `check --baseline OLD.json`, the query's principal is allowed, within the query's action and resource, requests the baseline's world did not allow. The message lists them.",
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
    short: 'The scenario is valid, but something in it needs a look',
    full: 'An AWS quota the scenario exceeds (policy size, groups per user, managed policies per entity), a field that is ignored, or noNewAccess queries left unchecked for want of --baseline.',
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
      const where = { file: f.file, line: at?.line, column: at?.column, path };
      const request = `${queryName(c)}: ${q.principal} ${q.action} ${q.resource}`;
      if (c.result?.pass === false)
        results.push({
          ruleId: 'expectation-failed',
          level: 'error',
          message: `${request} is ${c.decision}, expected ${q.expect}. ${c.summary}`,
          ...where,
        });
      if (c.newAccess && c.newAccess.length > 0)
        results.push({
          ruleId: 'new-access',
          level: 'error',
          message: `${request}: ${failureLines({ ...c, result: null }).join(' ')}`,
          ...where,
        });
    }
  }
  return sarifLog({ version, command: 'check' }, RULES, results);
}
