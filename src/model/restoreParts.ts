import type { RestoreResult } from './restoreScenario';
import { restoreOutsideWorld } from './scenarioParts';
import { queryPartIssues } from './validateScenario';

/**
 * A document restored in its two parts (scenarioParts.ts): `world` is `restoreScenario` of its
 * world part, read once per world revision; `outside` its queries, title, description and layout,
 * read on every revision against that world. For a world that restored cleanly this is the
 * scenario, errors and warnings of restoring the whole document (in another order: the world's
 * warnings first, schema errors field by field),
 * at the cost of the outside part alone: a 2,000-principal account restores in a few hundred
 * milliseconds, a keystroke in a query should not pay that.
 *
 * Only for a world that restored (`world.ok`): a broken world's errors depend on the whole, so
 * the caller restores the whole then. Migrations run on the world part; none touches the outside
 * fields yet, and one that does must be applied here too.
 */
export function restoreAgainstWorld(world: Extract<RestoreResult, { ok: true }>, outside: Record<string, unknown>): RestoreResult {
  const read = restoreOutsideWorld(outside);
  // A schema error anywhere fails the whole parse, which reports no warnings.
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const scenario = { ...world.scenario, ...read.value };
  const issues = queryPartIssues(scenario, world.world);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = [...world.warnings, ...issues.filter((i) => i.severity === 'warning')];
  if (errors.length > 0) return { ok: false, errors, warnings, partial: { scenario, world: world.world } };
  return { ok: true, scenario, world: world.world, warnings };
}
