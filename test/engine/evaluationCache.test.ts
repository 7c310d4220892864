import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EvaluationCache, evaluateScenarioInput, type ScenarioEvaluation } from '../../src/engine';
import { emptyCatalog, type Scenario } from '../../src/model';
import { caseFilesIn } from './caseFiles';

const library = join(import.meta.dirname, '../../src/examples/library');
const load = (file: string) => JSON.parse(readFileSync(join(library, file), 'utf8')) as Scenario;
const ok = (e: ScenarioEvaluation) => {
  if (!e.ok) throw new Error(JSON.stringify(e.errors));
  return e;
};
const options = (cache?: EvaluationCache) => ({ explain: true, assumeEdges: true, cache });

describe('EvaluationCache', () => {
  // Answers to queries without a `time` are kept for the current second (the request clock's
  // precision): freeze the clock so two evaluations never straddle a second.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  it.each(caseFilesIn(library))('gives the same answers as a fresh evaluation: %s', (file) => {
    const scenario = load(file);
    const cache = new EvaluationCache();
    ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    const cached = ok(evaluateScenarioInput(structuredClone(scenario), emptyCatalog, options(cache)));
    const fresh = ok(evaluateScenarioInput(scenario, emptyCatalog, options()));
    expect(cached.results).toEqual(fresh.results);
    expect(cached.assumeEdges).toEqual(fresh.assumeEdges);
  });

  it('re-evaluates only the query that changed while the world stays the same', () => {
    const scenario = load('09-explicit-deny.json');
    const cache = new EvaluationCache();
    const first = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    const edited = structuredClone(scenario);
    edited.queries![0]!.name = 'renamed question';
    const second = ok(evaluateScenarioInput(edited, emptyCatalog, options(cache)));
    expect(second.results[0]).not.toBe(first.results[0]);
    second.results.slice(1).forEach((r, i) => expect(r).toBe(first.results[i + 1]));
    expect(second.assumeEdges).toBe(first.assumeEdges);
  });

  it('keeps every answer when only the graph layout changes (a node moved or an account folded)', () => {
    const scenario = load('09-explicit-deny.json');
    const cache = new EvaluationCache();
    const first = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    const moved = {
      ...structuredClone(scenario),
      layout: { positions: { 'user:x': { x: 1, y: 2 } }, collapsed: ['account:111122223333'] },
    };
    const second = ok(evaluateScenarioInput(moved, emptyCatalog, options(cache)));
    second.results.forEach((r, i) => expect(r).toBe(first.results[i]));
  });

  it('drops every answer when the world changes, so a removed deny is seen at once', () => {
    const scenario = load('09-explicit-deny.json');
    const cache = new EvaluationCache();
    const first = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    const denied = first.results.findIndex((r) => r.decision === 'explicitDeny');
    expect(denied).toBeGreaterThanOrEqual(0);
    // Without its Deny statements the world is different: the same query must be asked again.
    const edited = structuredClone(scenario);
    const strip = (doc: { Statement: unknown }) => {
      const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      doc.Statement = list.filter((s: { Effect?: string }) => s.Effect !== 'Deny');
    };
    for (const p of edited.policies ?? []) strip(p.document);
    for (const e of [...(edited.users ?? []), ...(edited.groups ?? []), ...(edited.roles ?? [])])
      for (const p of e.inlinePolicies ?? []) strip(p.document);
    const second = ok(evaluateScenarioInput(edited, emptyCatalog, options(cache)));
    expect(second.results[denied]!.decision).not.toBe('explicitDeny');
  });
});

describe('EvaluationCache and the clock', () => {
  afterAll(() => vi.useRealTimers());

  it('asks again, a second later, a query whose answer depends on the current time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-29T12:00:00Z'));
    const scenario = load('09-explicit-deny.json');
    const cache = new EvaluationCache();
    const first = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    const same = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    expect(same.results[0]).toBe(first.results[0]);
    vi.setSystemTime(new Date('2026-11-29T12:00:01Z'));
    const later = ok(evaluateScenarioInput(scenario, emptyCatalog, options(cache)));
    expect(later.results[0]).not.toBe(first.results[0]);
    expect(later.results[0]!.decision).toBe(first.results[0]!.decision);
  });
});
