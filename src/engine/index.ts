import {
  restoreAgainstWorld,
  restoreScenario,
  SCENARIO_VERSION,
  type ManagedPolicyCatalog,
  type Query,
  type RestoreResult,
  type Scenario,
  type ScenarioIssue,
  type World,
} from '../model';
import { computeAssumeEdges, type AssumeEdge } from './assumeGraph';
import { compileScenario, type CompiledScenario } from './compileScenario';
import { evaluateQuery, type EvaluateOptions } from './evaluateQuery';
import type { EvaluationCache } from './evaluationCache';
import type { QueryResult } from './types';

export { compileScenario, CompiledScenario } from './compileScenario';
export { defaultKeyPolicyDocument, evaluateQuery, type EvaluateOptions } from './evaluateQuery';
export * from './types';
export { assumeActionOf, computeAssumeEdges, type AssumeEdge } from './assumeGraph';
export { EvaluationCache } from './evaluationCache';
export type { IssuedSession } from './sessionRequest';

export type ScenarioEvaluation =
  | {
      ok: true;
      /** The queries as restored, the ones `results` answer in order (the caller has the world itself). */
      queries: Query[];
      results: QueryResult[];
      warnings: ScenarioIssue[];
      assumeEdges: AssumeEdge[];
    }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] };

/** Evaluates every query of an already-restored scenario. */
export function evaluateAll(scenario: Scenario, world: World, options: Omit<EvaluateOptions, 'queryPath'> = {}): QueryResult[] {
  return evaluateCompiled(compileScenario(scenario, world), options);
}

function evaluateCompiled(compiled: ReturnType<typeof compileScenario>, options: Omit<EvaluateOptions, 'queryPath'>): QueryResult[] {
  return (compiled.scenario.queries ?? []).map((q, i) => evaluateQuery(compiled, q, { ...options, queryPath: `/queries/${i}` }));
}

/**
 * Untrusted input in (a file's text, a URL payload, an IndexedDB record), every query's answer out.
 * The entry point of the worker and the CLI; never throws on bad input.
 */
export function evaluateScenarioInput(
  input: unknown,
  catalog: ManagedPolicyCatalog,
  options: { explain?: boolean; assumeEdges?: boolean; cache?: EvaluationCache } = { explain: true },
): ScenarioEvaluation {
  const restored = restoreScenario(input, catalog);
  // Only what went wrong: the partial world a view may draw is not the engine's to send back.
  if (!restored.ok) return { ok: false, errors: restored.errors, warnings: restored.warnings };
  const compiled = compileScenario(restored.scenario, restored.world);
  const { cache } = options;
  if (!cache) {
    return {
      ok: true,
      queries: restored.scenario.queries ?? [],
      results: evaluateCompiled(compiled, options),
      warnings: restored.warnings,
      assumeEdges: options.assumeEdges ? computeAssumeEdges(compiled) : [],
    };
  }
  cache.begin(restored.scenario, catalog, options.explain ?? false);
  return evaluateCached(compiled, restored.scenario.queries ?? [], restored.warnings, cache, options);
}

function evaluateCached(
  compiled: CompiledScenario,
  queries: Query[],
  warnings: ScenarioIssue[],
  cache: EvaluationCache,
  options: { explain?: boolean; assumeEdges?: boolean },
): ScenarioEvaluation {
  const now = Date.now();
  const results = queries.map((q, i) =>
    cache.query(i, q, now, () => evaluateQuery(compiled, q, { explain: options.explain, queryPath: `/queries/${i}` })),
  );
  cache.retainOnly(new Set(results));
  return { ok: true, queries, results, warnings, assumeEdges: options.assumeEdges ? cache.assume(() => computeAssumeEdges(compiled)) : [] };
}

/**
 * A document's world (its fields but queries, title, description and layout: scenarioParts.ts)
 * restored and compiled once, to answer every revision of the outside fields that follows: the
 * worker's live loop, where a keystroke in a query must not restore a 2,000-principal account again.
 */
export interface PreparedWorld {
  /** The world part as it was given, for the documents the split cannot read (below). */
  readonly document: unknown;
  readonly catalog: ManagedPolicyCatalog;
  readonly restored: RestoreResult;
  /**
   * Policies compile on first use and stay compiled for every later request against this world.
   * Its tables of request text (actions, resources, session tags) grow with what is typed, so it is
   * compiled afresh once they hold far more than a request of this document needs.
   */
  compiled: CompiledScenario | null;
  /** How much request text `compiled` held after its first request (-1: none yet). */
  settledTexts: number;
}

/** Request texts beyond twice what the first request needed before the world is compiled afresh. */
const FRESH_AFTER_TEXTS = 5_000;

export function prepareWorld(worldPart: unknown, catalog: ManagedPolicyCatalog): PreparedWorld {
  const restored = restoreScenario(worldPart, catalog);
  const compiled = restored.ok ? compileScenario(restored.scenario, restored.world) : null;
  return { document: worldPart, catalog, restored, compiled, settledTexts: -1 };
}

/**
 * `evaluateScenarioInput` of the world's fields together with `outside`, reading only `outside`.
 * A world that did not restore, or an older version that migrations rewrite, is evaluated whole,
 * so its errors are exactly those of the whole document.
 */
export function evaluateAgainstWorld(
  prepared: PreparedWorld,
  outside: Record<string, unknown>,
  options: { explain?: boolean; assumeEdges?: boolean; cache: EvaluationCache },
): ScenarioEvaluation {
  const { restored, compiled, document } = prepared;
  const current = typeof document === 'object' && document !== null && (document as { version?: unknown }).version === SCENARIO_VERSION;
  if (!restored.ok || !compiled || !current)
    return evaluateScenarioInput({ ...(document as object), ...outside }, prepared.catalog, options);
  const whole = restoreAgainstWorld(restored, outside);
  if (!whole.ok) return { ok: false, errors: whole.errors, warnings: whole.warnings };
  options.cache.beginWorld(prepared, options.explain ?? false);
  const evaluation = evaluateCached(compiled, whole.scenario.queries ?? [], whole.warnings, options.cache, options);
  const texts = compiled.requestTexts();
  if (prepared.settledTexts < 0) prepared.settledTexts = texts;
  else if (texts > 2 * prepared.settledTexts + FRESH_AFTER_TEXTS) {
    prepared.compiled = compileScenario(restored.scenario, restored.world);
    prepared.settledTexts = -1;
  }
  return evaluation;
}

// The building blocks the analyses (findings, completion, effective permissions) reuse, so they
// read values and match patterns exactly as the engine does. Everything outside the engine imports
// from here: the folder's files are its own business.
export { compileArnPattern, compileWildcard, splitArn, type Matcher } from './wildcard';
export { isKnownOperator, parseOperator } from './conditions/operators';
export { parseBool } from './conditions/boolOperator';
export { base64ToHex } from './conditions/binaryOperator';
export { parseCidr } from './conditions/ipAddress';
export { parseDate } from './conditions/isoDate';
export { parseNumber } from './conditions/numericOperators';
export type { Scalar } from './conditions/types';
export { isFederatedCaller, matchPrincipal, notPrincipalApplies, type RequestPrincipal } from './principalMatcher';
export { variablesEnabled } from './policyVariables';
export { RCP_SERVICES } from './rcpServices';
export type { CompiledStatement, CompiledPolicy } from './compilePolicy';
