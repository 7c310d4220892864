import type { AnalysisContext } from './analysisContext';
import { at, isObject, type DocumentView, type ListElement, type StatementView } from './policyView';
import type { FindingSink } from './rules';

/**
 * Policies that work but could be shorter or clearer: entries another entry already covers,
 * repeated statements, empty lists and blocks.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
export function suggestionChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  for (const s of doc.statements) {
    if (s.action) redundantActions(s.action, ctx, sink);
    if (s.notAction) redundantActions(s.notAction, ctx, sink);
    emptyElements(s, sink);
  }
  duplicateStatements(doc, sink);
}

/** A wildcard with a single trailing `*` (`s3:Get*`): covers every pattern that starts the same. */
function trailingStarPrefix(pattern: string): string | null {
  if (!pattern.endsWith('*')) return null;
  const prefix = pattern.slice(0, -1);
  return /[*?]/.test(prefix) ? null : prefix.toLowerCase();
}

/**
 * True when every action `narrow` names is also named by `wide`. Exact names are matched against
 * the wildcard; for two patterns only the sure cases are used (`*`, or a trailing-star prefix).
 */
function covers(wide: string, narrow: string, ctx: AnalysisContext): boolean {
  if (wide === '*') return true;
  if (!wide.includes(':') || !narrow.includes(':')) return false;
  if (!/[*?]/.test(narrow)) return /[*?]/.test(wide) && ctx.actionMatcher(wide)(narrow);
  const prefix = trailingStarPrefix(wide);
  return prefix !== null && narrow.toLowerCase().startsWith(prefix);
}

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html */
function redundantActions(element: ListElement, ctx: AnalysisContext, sink: FindingSink): void {
  const entries = element.entries;
  entries.forEach((entry, i) => {
    const by = entries.find((other, j) => {
      if (j === i) return false;
      // Equal entries (names are case-insensitive): the later one is the redundant one.
      if (other.value.toLowerCase() === entry.value.toLowerCase()) return j < i;
      return covers(other.value, entry.value, ctx);
    });
    if (!by) return;
    const message =
      by.value.toLowerCase() === entry.value.toLowerCase()
        ? `\`${entry.value}\` is listed twice in \`${element.name}\``
        : `\`${entry.value}\` is already covered by \`${by.value}\` in \`${element.name}\``;
    sink.add('redundant-action', entry.path, message);
  });
}

function emptyElements(s: StatementView, sink: FindingSink): void {
  for (const name of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    const value = s.raw[name];
    if (Array.isArray(value) && value.length === 0)
      sink.add('empty-array', at(s.path, name), `\`${name}\` is an empty list, so the statement matches nothing`);
  }
  for (const name of ['Principal', 'NotPrincipal']) {
    const block = s.raw[name];
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block))
      if (Array.isArray(value) && value.length === 0)
        sink.add('empty-array', at(s.path, name, key), `\`${name}\` \`${key}\` is an empty list`);
  }
  const condition = s.raw.Condition;
  if (!isObject(condition)) return;
  if (Object.keys(condition).length === 0) {
    sink.add('empty-condition', at(s.path, 'Condition'), '`Condition` is an empty block');
    return;
  }
  for (const [operator, keys] of Object.entries(condition)) {
    if (!isObject(keys)) continue;
    if (Object.keys(keys).length === 0) {
      sink.add('empty-condition', at(s.path, 'Condition', operator), `\`${operator}\` tests no condition key`);
      continue;
    }
    for (const [key, values] of Object.entries(keys))
      if (Array.isArray(values) && values.length === 0)
        sink.add('empty-array', at(s.path, 'Condition', operator, key), `\`${key}\` has no values to compare with`);
  }
}

/** JSON with sorted keys, so key order does not make two statements differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Statements equal but for their Sid. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html */
function duplicateStatements(doc: DocumentView, sink: FindingSink): void {
  if (doc.statements.length < 2) return;
  // A cheap first pass (the native JSON of the actions) finds the statements that could be equal;
  // only those are compared in full.
  const sketches = doc.statements.map((s) => JSON.stringify([s.raw.Effect, s.raw.Action ?? s.raw.NotAction]));
  const counts = new Map<string, number>();
  for (const k of sketches) counts.set(k, (counts.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const [i, s] of doc.statements.entries()) {
    if (counts.get(sketches[i]!)! < 2) continue;
    const { Sid: _sid, ...content } = s.raw;
    const text = canonical(content);
    const first = seen.get(text);
    if (first === undefined) seen.set(text, s.index);
    else
      sink.add(
        'duplicate-statement',
        s.path,
        `this statement repeats statement ${first}${s.raw.Sid !== undefined ? ' (only the `Sid` differs)' : ''}`,
      );
  }
}
