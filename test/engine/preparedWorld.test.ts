import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadAwsManagedPolicyData } from '../../src/data/awsManagedPolicies';
import { EvaluationCache, evaluateAgainstWorld, evaluateScenarioInput, prepareWorld, type ScenarioEvaluation } from '../../src/engine';
import { outsideWorldOf, worldPartOf, type ManagedPolicyCatalog, type ScenarioIssue } from '../../src/model';
import { caseFilesIn } from './caseFiles';

const ROOT = join(import.meta.dirname, '../..');
const files = ['src/examples', 'src/examples/library', 'test/engine/cases'].flatMap((d) =>
  caseFilesIn(join(ROOT, d)).map((f) => relative(ROOT, join(ROOT, d, f))),
);
const load = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
const options = (cache?: EvaluationCache) => ({ explain: true, assumeEdges: true, cache });
let catalog: ManagedPolicyCatalog;

/** Issues as a set: the split reports the world's warnings before the queries'. */
const sorted = (issues: readonly ScenarioIssue[]) =>
  [...issues].sort((a, b) => `${a.path} ${a.message}`.localeCompare(`${b.path} ${b.message}`));
const comparable = (e: ScenarioEvaluation) =>
  e.ok ? { ...e, warnings: sorted(e.warnings) } : { ok: false, errors: sorted(e.errors), warnings: sorted(e.warnings) };

/** What the worker does: the world once, then every revision's outside fields against it. */
function split(doc: Record<string, unknown>, cache = new EvaluationCache()) {
  const prepared = prepareWorld(worldPartOf(doc), catalog);
  return {
    prepared,
    cache,
    evaluate: (d: Record<string, unknown>) => evaluateAgainstWorld(prepared, outsideWorldOf(d), { ...options(), cache }),
  };
}

describe('a world prepared once, evaluated against each revision of the queries', () => {
  beforeAll(async () => {
    catalog = (await loadAwsManagedPolicyData()).catalog;
    // Answers to queries without a `time` read the clock: both paths must read the same second.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  it.each(files)('answers exactly as evaluating the whole document: %s', (file) => {
    const doc = load(file);
    expect(comparable(split(doc).evaluate(doc))).toEqual(comparable(evaluateScenarioInput(doc, catalog, options())));
  });

  it('reads each query edit against the same world, with the whole document’s errors', () => {
    const doc = load('src/examples/library/09-explicit-deny.json');
    const { evaluate, prepared } = split(doc);
    const queries = doc.queries as Record<string, unknown>[];
    const edits: Record<string, unknown>[] = [
      { ...doc, queries: [...queries, { principal: 'user/nobody', action: 's3:GetObject', resource: '*' }] },
      { ...doc, queries: [{ ...queries[0], action: 'not an action' }] },
      { ...doc, queries: [{ ...queries[0], resource: 'arn:aws:s3' }] },
      { ...doc, queries: [{ ...queries[0], sessionPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Maybe' }] } }] },
      { ...doc, queries: { not: 'a list' } },
      { ...doc, queries: [{ ...queries[0], principal: 42 }] },
      { ...doc, title: 7 },
      { ...doc, layout: { positions: 'here' } },
      { ...doc, queries: [] },
    ];
    for (const edit of edits) {
      const whole = evaluateScenarioInput(edit, catalog, options());
      expect(comparable(evaluate(edit)), JSON.stringify(edit.queries)).toEqual(comparable(whole));
    }
    // Eight of the nine are the user's mistakes: the split must say so, not answer.
    expect(edits.map((e) => evaluate(e).ok)).toEqual([false, false, false, false, false, false, false, false, true]);
    // Nothing of it touched the world read once.
    expect(prepared.restored.ok).toBe(true);
  });

  it('keeps answers of unchanged queries between revisions, as the whole-document cache does', () => {
    const doc = load('src/examples/library/09-explicit-deny.json');
    const { evaluate } = split(doc);
    const first = evaluate(doc);
    const queries = doc.queries as Record<string, unknown>[];
    const second = evaluate({ ...doc, queries: [{ ...queries[0], name: 'renamed' }, ...queries.slice(1)] });
    if (!first.ok || !second.ok) throw new Error('the example evaluates');
    expect(second.results[0]).not.toBe(first.results[0]);
    expect(second.results.slice(1)).toEqual(first.results.slice(1));
    second.results.slice(1).forEach((r, i) => expect(r).toBe(first.results[i + 1]));
  });

  it('reads "now" afresh while the world stays: aws:CurrentTime moves on, a query’s own time does not', () => {
    const doc = load('src/examples/library/09-explicit-deny.json');
    const { evaluate } = split(doc);
    const queries = doc.queries as Record<string, unknown>[];
    const edit = { ...doc, queries: [queries[0], { ...queries[0], time: '2026-01-01T00:00:00Z' }] };
    const clocks = () => {
      const e = evaluate(edit);
      if (!e.ok) throw new Error(JSON.stringify(e.errors));
      return e.results.map((r) => r.explanation?.request.context['aws:CurrentTime']);
    };
    expect(clocks()).toEqual(['2026-11-29T12:00:00Z', '2026-01-01T00:00:00Z']);
    vi.setSystemTime(new Date('2026-11-29T13:30:05Z'));
    expect(clocks()).toEqual(['2026-11-29T13:30:05Z', '2026-01-01T00:00:00Z']);
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });

  it('compiles the world afresh once what was typed outgrows it, with the same answers', () => {
    const doc = load('src/examples/library/09-explicit-deny.json');
    const { evaluate, prepared } = split(doc);
    const first = prepared.compiled;
    const query = (doc.queries as Record<string, unknown>[])[0]!;
    let last: ScenarioEvaluation | null = null;
    // A person typing resource after resource: each keystroke is new request text.
    for (let i = 0; i < 6_000 && prepared.compiled === first; i++)
      last = evaluate({ ...doc, queries: [{ ...query, resource: `arn:aws:s3:::bucket-${i}/k` }] });
    expect(prepared.compiled).not.toBe(first);
    const edit = { ...doc, queries: [{ ...query, resource: 'arn:aws:s3:::bucket-1/k' }] };
    expect(comparable(evaluate(edit))).toEqual(comparable(evaluateScenarioInput(edit, catalog, options())));
    expect(last?.ok).toBe(true);
  });

  it('evaluates a world with errors, or of a version this one does not read, whole', () => {
    const doc = load('src/examples/library/09-explicit-deny.json');
    const broken = { ...doc, groups: [{ name: 'g', members: ['nobody'] }] };
    expect(comparable(split(broken).evaluate(broken))).toEqual(comparable(evaluateScenarioInput(broken, catalog, options())));
    const old = { ...doc, version: 0 };
    expect(comparable(split(old).evaluate(old))).toEqual(comparable(evaluateScenarioInput(old, catalog, options())));
  });
});
