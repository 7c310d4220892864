import { compileScenario } from '../../engine';
import { getAtPointer, restoreScenario, switchedOff, type ManagedPolicyCatalog, type SwitchOff } from '../../model';
import { accessDiff, MAX_SCOPED_EXPANSION, type AccessDiff, type DiffSide, type ExpandPattern } from './accessDiff';

/**
 * What a policy or one of its statements does, as the access that would go (lost) and come (gained:
 * a Deny switched off) if it were switched off: the scenario as it is against itself without them.
 * The actions those statements name are asked about in full (a pattern up to MAX_SCOPED_EXPANSION
 * catalog actions), beside the ones the diff asks about anyway, so `s3:*` switched off shows every
 * S3 action it granted; wider patterns (`*`) stand for the actions the policies name.
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
  return { ok: true, diff: accessDiff(now, after, expand, { actions: actionsSwitchedOff(now.scenario, off, expand) }) };
}

/** The actions the switched-off statements name, patterns expanded where that stays bounded. */
function actionsSwitchedOff(scenario: unknown, off: SwitchOff, expand: ExpandPattern | undefined): string[] {
  const raw = (getAtPointer(scenario, off.document) as { Statement?: unknown } | undefined)?.Statement;
  const all: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const statements = off.statement === undefined ? all : all.slice(off.statement, off.statement + 1);
  const out = new Set<string>();
  for (const st of statements) {
    // NotAction names what a statement leaves out, not what it is about.
    const action = (st as { Action?: unknown } | null)?.Action;
    for (const a of [action ?? []].flat()) {
      if (typeof a !== 'string') continue;
      if (!/[*?]/.test(a)) out.add(a);
      else {
        const hits = expand?.(a) ?? [];
        if (hits.length <= MAX_SCOPED_EXPANSION) for (const hit of hits) out.add(hit);
      }
    }
  }
  return [...out];
}
