import { restoreScenario, type ManagedPolicyCatalog, type Query, type Scenario, type ScenarioIssue, type World } from '../model';
import { computeAssumeEdges, type AssumeEdge } from './assumeGraph';
import { compileScenario } from './compileScenario';
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
  const now = Date.now();
  const results = (restored.scenario.queries ?? []).map((q, i) =>
    cache.query(i, q, now, () => evaluateQuery(compiled, q, { explain: options.explain, queryPath: `/queries/${i}` })),
  );
  cache.retainOnly(new Set(results));
  return {
    ok: true,
    queries: restored.scenario.queries ?? [],
    results,
    warnings: restored.warnings,
    assumeEdges: options.assumeEdges ? cache.assume(() => computeAssumeEdges(compiled)) : [],
  };
}

// The building blocks the analyses (findings, completion, effective permissions) reuse, so they
// read values and match patterns exactly as the engine does. Everything outside the engine imports
// from here: the folder's files are its own business.
export { compileWildcard, splitArn, type Matcher } from './wildcard';
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
