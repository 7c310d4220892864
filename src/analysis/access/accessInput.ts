import { compileScenario, computeAssumeEdges } from '../../engine';
import type { Scenario, World } from '../../model';
import { conditionalAssumeEdges } from '../conditionalAssume';
import type { WhoCanInput } from './whoCan';

/** Everything the access analyses read, computed from a restored scenario (the CLI's way; the worker shares its analysis pass instead). */
export function accessInputOf(scenario: Scenario, world: World): WhoCanInput {
  const compiled = compileScenario(scenario, world);
  const definite = computeAssumeEdges(compiled);
  return { scenario, world, compiled, assumeEdges: [...definite, ...conditionalAssumeEdges(scenario, world, definite)] };
}
