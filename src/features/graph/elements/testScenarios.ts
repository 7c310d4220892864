import { evaluateScenarioInput, type ScenarioEvaluation } from '../../../engine';
import { permissiveCatalog, restoreScenario, type Scenario } from '../../../model';
import type { GraphModel } from './graphModel';
import { scenarioToGraph } from './scenarioToGraph';
import starter from '../../../examples/starter.json';
import crossAccount from '../../../examples/library/05-cross-account-assume-role.json';
import bucketPolicy from '../../../examples/library/10-bucket-policy-cross-account.json';
import boundary from '../../../examples/library/11-permissions-boundary.json';
import scpGuardrail from '../../../examples/library/12-scp-region-guardrail.json';
import instanceRole from '../../../examples/library/03-ec2-instance-role.json';

/** Shared by the graph's unit tests: real examples, evaluated by the real engine. */
export const examples = {
  starter: starter as Scenario,
  crossAccount: crossAccount as Scenario,
  bucketPolicy: bucketPolicy as Scenario,
  boundary: boundary as Scenario,
  scpGuardrail: scpGuardrail as Scenario,
  instanceRole: instanceRole as Scenario,
};

export function evaluate(scenario: Scenario): ScenarioEvaluation {
  return evaluateScenarioInput(scenario, permissiveCatalog, { explain: true, assumeEdges: true });
}

export function scenario(partial: Partial<Scenario>): Scenario {
  return { format: 'iam-playground/scenario', version: 1, ...partial };
}

/**
 * The graph of a scenario the way the app draws it: restored first (as far as it resolves, for the
 * tests of dangling references), then built from the world.
 */
export function graphOf(s: Scenario, ...rest: Parameters<typeof scenarioToGraph> extends [unknown, ...infer R] ? R : never): GraphModel {
  const restored = restoreScenario(s, permissiveCatalog);
  const readable = restored.ok ? restored : restored.partial;
  if (!readable) throw new Error(`test scenario does not restore: ${JSON.stringify(restored.ok ? [] : restored.errors)}`);
  return scenarioToGraph(readable, ...rest);
}
