import { compileScenario } from '../../engine';
import { getAtPointer, restoreScenario, switchedOff, type ManagedPolicyCatalog, type SwitchOff } from '../../model';
import { accessDiff, scopedActions, type AccessDiff, type DiffSide, type ExpandPattern } from './accessDiff';

/**
 * What a policy or one of its statements does, as the access that would go (lost) and come (gained:
 * a Deny switched off) if it were switched off: the scenario as it is against itself without them.
 * The actions those statements name are asked about in full (scopedActions: a pattern's every
 * catalog action, or for `*` every action of the services the policies name), beside the ones the
 * diff asks about anyway, so `s3:*` switched off shows every S3 action it granted.
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
  const named = actionsNamed(now.scenario, off);
  const actions = named.flatMap((a) => (/[*?]/.test(a) ? scopedActions(a, now, after, expand) : [a]));
  return { ok: true, diff: accessDiff(now, after, expand, { actions, expanded: named }) };
}

/** The Action entries of the switched-off statements (NotAction names what a statement leaves out). */
function actionsNamed(scenario: unknown, off: SwitchOff): string[] {
  const raw = (getAtPointer(scenario, off.document) as { Statement?: unknown } | undefined)?.Statement;
  const all: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const statements = off.statement === undefined ? all : all.slice(off.statement, off.statement + 1);
  const out = new Set<string>();
  for (const st of statements)
    for (const a of [(st as { Action?: unknown } | null)?.Action ?? []].flat()) if (typeof a === 'string') out.add(a);
  return [...out];
}
