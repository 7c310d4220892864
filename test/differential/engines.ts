import { runSimulation } from '@cloud-copilot/iam-simulate';
import { compileScenario, evaluateQuery, type QueryResult } from '../../src/engine';
import { emptyCatalog, restoreScenario } from '../../src/model';
import { fromTheirs, toScenario, toSimulation, type Decision } from './convert';
import type { CaseSpec } from './generateCase';
import type { Context } from './policyGen';

export interface TheirAnswer {
  decision: Decision;
  /** Context keys iam-simulate dropped because they do not apply to the action. */
  ignoredContextKeys: string[];
}

/** iam-simulate's decision, or the reason it refused the input (a generator bug). */
export async function runTheirs(spec: CaseSpec): Promise<TheirAnswer | { error: string }> {
  const res = await runSimulation(toSimulation(spec), {});
  if (res.resultType === 'error') return { error: JSON.stringify(res.errors) };
  if (res.resultType === 'wildcard') return { decision: fromTheirs(res.overallResult), ignoredContextKeys: [] };
  return { decision: fromTheirs(res.overallResult), ignoredContextKeys: res.result.ignoredContextKeys ?? [] };
}

/** Our engine's full result for the case, with `context` as the request context. */
export function runOursResult(spec: CaseSpec, context: Context = spec.context, explain = false): QueryResult {
  const restored = restoreScenario(toScenario(spec, context), emptyCatalog);
  if (!restored.ok) throw new Error(`case ${spec.seed}: invalid scenario: ${JSON.stringify(restored.errors)}`);
  const compiled = compileScenario(restored.scenario, restored.world);
  return evaluateQuery(compiled, restored.scenario.queries![0]!, { explain, queryPath: '/queries/0' });
}

export function runOurs(spec: CaseSpec, context: Context = spec.context): Decision {
  return runOursResult(spec, context).decision;
}

/** The context minus the keys iam-simulate ignored, so both engines judge the same request. */
export function withoutKeys(context: Context, keys: string[]): Context {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return Object.fromEntries(Object.entries(context).filter(([k]) => !drop.has(k.toLowerCase())));
}
