import type { AccessChange } from '../../analysis/access';
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
  decision: QueryResult['decision'];
  /** Whether the query's assertions hold (`expect`, and `noNewAccess` once compared with a baseline); null with none to check. */
  pass: boolean | null;
  /** For a `noNewAccess` query compared with a baseline: what its principal gained within its scope (empty: it holds). */
  newAccess?: AccessChange[];
  summary: string;
  missingContextKeys: string[];
  /**
   * The whole answer, kept only where a report shows it (explaining, or a failed expectation): for
   * 20,000 queries the rest of every explanation would only be memory for the collector to walk.
   */
  result: QueryResult | null;
}

/** What a report keeps of an answer. */
export function checkedQuery(index: number, query: Query, result: QueryResult, explain: boolean): CheckedQuery {
  const { decision, pass, missingContextKeys } = result;
  return {
    index,
    query,
    decision,
    pass,
    summary: result.explanation.summary,
    missingContextKeys,
    result: explain || pass === false ? result : null,
  };
}

export const queryName = (q: CheckedQuery): string => q.query.name ?? `query ${q.index}`;

/** Why a query failed, in one line per assertion that does not hold. */
export function failureLines(c: CheckedQuery): string[] {
  const lines: string[] = [];
  if (c.query.expect !== undefined && c.result?.pass === false) lines.push(`expected ${c.query.expect}, got ${c.decision}: ${c.summary}`);
  if (c.newAccess && c.newAccess.length > 0) {
    const shown = c.newAccess.slice(0, NEW_ACCESS_SHOWN).map((a) => `+ ${a.principal} ${a.action} ${a.resource}`);
    const more = c.newAccess.length > NEW_ACCESS_SHOWN ? [`… and ${c.newAccess.length - NEW_ACCESS_SHOWN} more`] : [];
    lines.push(`${c.newAccess.length} new since the baseline (noNewAccess):`, ...shown, ...more);
  }
  return lines;
}

/** New access listed per failing query in the reports; the JSON report has all of it. */
const NEW_ACCESS_SHOWN = 20;

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
      if (q.pass === true) totals.passed++;
      else if (q.pass === false) totals.failed++;
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
      const q = c.query;
      const mark = c.pass === true ? paint(32, '✓') : c.pass === false ? paint(31, '✗') : paint(2, '•');
      const expectFailed = c.result?.pass === false;
      const noNew =
        c.newAccess === undefined ? '' : c.newAccess.length === 0 ? ', no new access' : `, ${c.newAccess.length} new since the baseline`;
      out.push(
        `  ${mark} ${queryName(c)}: ${q.principal} ${q.action} ${q.resource} → ${paint(DECISION_COLOR[c.decision], c.decision)}${expectFailed ? ` (expected ${q.expect})` : ''}${noNew}`,
      );
      if (expectFailed || explain) out.push(`      ${c.summary}`);
      if (c.newAccess && c.newAccess.length > 0) for (const line of failureLines(c).slice(expectFailed ? 1 : 0)) out.push(`      ${line}`);
      if (explain && c.result) out.push(formatExplanation(c.result, '      '));
      if (c.missingContextKeys.length > 0 && (c.pass === false || explain))
        out.push(`      missing context values: ${c.missingContextKeys.join(', ')}`);
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

function jsonResult(file: string, c: CheckedQuery, explain: boolean): Record<string, unknown> {
  const q = c.query;
  return {
    file,
    query: c.index,
    name: q.name ?? null,
    principal: q.principal,
    action: q.action,
    resource: q.resource,
    decision: c.decision,
    expect: q.expect ?? null,
    pass: c.pass,
    missingContextKeys: c.missingContextKeys,
    summary: c.summary,
    ...(q.noNewAccess === true
      ? { noNewAccess: c.newAccess === undefined ? null : { pass: c.newAccess.length === 0, gained: c.newAccess } }
      : {}),
    ...(explain && c.result ? { explanation: c.result.explanation } : {}),
  };
}
