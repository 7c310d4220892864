import type { QueryResult } from '../../engine';
import type { Query } from '../../model';
import { formatExplanation } from '../formatExplanation';
import { DECISION_COLOR, paint, where, type FileError } from '../output';

/** What `check` found in one file: its errors, or its queries and their answers. */
export interface CheckedFile {
  file: string;
  title: string | undefined;
  /** Empty when the file was read and restored. */
  errors: FileError[];
  warnings: FileError[];
  queries: CheckedQuery[];
  /** Line and column of a JSON path in the file, for the reports that point at queries. */
  locate: (path: string) => { line: number; column: number } | null;
}

export interface CheckedQuery {
  index: number;
  query: Query;
  result: QueryResult;
}

export const queryName = (q: CheckedQuery): string => q.query.name ?? `query ${q.index}`;

export interface CheckTotals {
  passed: number;
  failed: number;
  unchecked: number;
  errors: number;
}

export function totalsOf(files: readonly CheckedFile[]): CheckTotals {
  const totals = { passed: 0, failed: 0, unchecked: 0, errors: 0 };
  for (const f of files) {
    totals.errors += f.errors.length;
    for (const q of f.queries) {
      if (q.result.pass === true) totals.passed++;
      else if (q.result.pass === false) totals.failed++;
      else totals.unchecked++;
    }
  }
  return totals;
}

/** The exit code scenario-format.md gives: 2 for a file that cannot be read, 1 for a failed expectation. */
export function checkExitCode(files: readonly CheckedFile[]): number {
  const t = totalsOf(files);
  return t.errors > 0 ? 2 : t.failed > 0 ? 1 : 0;
}

/** The report for people: one line per query, the reason for each that fails, totals at the end. */
export function checkText(files: readonly CheckedFile[], explain: boolean): string {
  const out: string[] = [];
  for (const f of files) {
    if (f.errors.length > 0) {
      out.push(paint(1, f.file), ...f.errors.map((e) => `  ${paint(31, 'error')} ${where(e)}: ${e.message}`), '');
      continue;
    }
    out.push(paint(1, `${f.file}${f.title ? ` — ${f.title}` : ''}`));
    for (const w of f.warnings) out.push(`  ${paint(33, 'warning')} ${where(w)}: ${w.message}`);
    for (const c of f.queries) {
      const { query: q, result: r } = c;
      const mark = r.pass === true ? paint(32, '✓') : r.pass === false ? paint(31, '✗') : paint(2, '•');
      out.push(
        `  ${mark} ${queryName(c)}: ${q.principal} ${q.action} ${q.resource} → ${paint(DECISION_COLOR[r.decision], r.decision)}${r.pass === false ? ` (expected ${q.expect})` : ''}`,
      );
      if (r.pass === false || explain) out.push(`      ${r.explanation.summary}`);
      if (explain) out.push(formatExplanation(r, '      '));
      if (r.missingContextKeys.length > 0 && (r.pass === false || explain))
        out.push(`      missing context values: ${r.missingContextKeys.join(', ')}`);
    }
    if (f.queries.length === 0) out.push('  (no queries)');
    out.push('');
  }
  const t = totalsOf(files);
  const errorFiles = new Set(files.filter((f) => f.errors.length > 0).map((f) => f.file)).size;
  out.push(
    `${t.passed} passed, ${t.failed} failed${t.unchecked ? `, ${t.unchecked} without expectation` : ''}${t.errors ? `; ${t.errors} error${t.errors === 1 ? '' : 's'} in ${errorFiles} file(s)` : ''}`,
  );
  return out.join('\n') + '\n';
}

/** `{ results, errors }`, as scenario-format.md specifies. */
export function checkJson(files: readonly CheckedFile[], explain: boolean): string {
  const results = files.flatMap((f) => f.queries.map((c) => jsonResult(f.file, c, explain)));
  const errors = files.flatMap((f) => f.errors);
  return JSON.stringify({ results, errors }, null, 2) + '\n';
}

function jsonResult(file: string, { index, query: q, result: r }: CheckedQuery, explain: boolean): Record<string, unknown> {
  return {
    file,
    query: index,
    name: q.name ?? null,
    principal: q.principal,
    action: q.action,
    resource: q.resource,
    decision: r.decision,
    expect: q.expect ?? null,
    pass: r.pass,
    missingContextKeys: r.missingContextKeys,
    summary: r.explanation.summary,
    ...(explain ? { explanation: r.explanation } : {}),
  };
}
