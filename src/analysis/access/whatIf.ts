import { compileScenario } from '../../engine';
import { restoreScenario, switchedOff, type ManagedPolicyCatalog, type SwitchOff } from '../../model';
import { accessDiff, type AccessDiff, type DiffSide, type ExpandPattern } from './accessDiff';

/**
 * What a policy or one of its statements does, as the access that would go (lost) and come (gained:
 * a Deny switched off) if it were switched off: the scenario as it is against itself without them.
 */
export function whatIfSwitchedOff(
  now: DiffSide,
  off: SwitchOff,
  catalog: ManagedPolicyCatalog,
  expand?: ExpandPattern,
): { ok: true; diff: AccessDiff } | { ok: false; message: string } {
  const switched = switchedOff(now.scenario, off);
  if (!switched.ok) return switched;
  const restored = restoreScenario(switched.scenario, catalog);
  // Taking statements out cannot break a valid scenario; say so plainly if it ever does.
  if (!restored.ok)
    return { ok: false, message: `switched off, the scenario does not restore: ${restored.errors[0]?.message ?? 'invalid'}` };
  const after: DiffSide = {
    scenario: restored.scenario,
    world: restored.world,
    compiled: compileScenario(restored.scenario, restored.world),
  };
  return { ok: true, diff: accessDiff(now, after, expand) };
}
