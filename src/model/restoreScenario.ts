import { type ScenarioIssue } from './issues';
import { emptyCatalog, type ManagedPolicyCatalog } from './managedPolicyCatalog';
import { withoutByteOrderMark } from './jsonDepth';
import { migrateToCurrent } from './migrations';
import { sanitizeJson } from './sanitizeJson';
import { scenarioSchema, type Scenario } from './scenarioSchema';
import { validateScenario } from './validateScenario';
import type { World } from './world';
import { fromZodIssues } from './zodIssues';

export type RestoreResult =
  | { ok: true; scenario: Scenario; world: World; warnings: ScenarioIssue[] }
  | {
      ok: false;
      errors: ScenarioIssue[];
      warnings: ScenarioIssue[];
      /**
       * Present when the document is well shaped but not consistent (a reference that resolves to
       * nothing, a duplicate name): the scenario and the world as far as they resolve, so a view
       * can still draw what is there while the errors are shown. Never evaluated.
       */
      partial?: { scenario: Scenario; world: World };
    };

/**
 * The only door into the app for a scenario: a parsed URL payload, an IndexedDB record, a file's
 * text. Never throws; returns a valid, migrated scenario or the list of what is wrong and where.
 */
export function restoreScenario(input: unknown, catalog: ManagedPolicyCatalog = emptyCatalog): RestoreResult {
  try {
    return restore(input, catalog);
  } catch (e) {
    // A bug of ours must still not take the caller down with it.
    return {
      ok: false,
      errors: [{ path: '', message: `could not read the scenario: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }],
      warnings: [],
    };
  }
}

function restore(input: unknown, catalog: ManagedPolicyCatalog): RestoreResult {
  const fail = (errors: ScenarioIssue[], warnings: ScenarioIssue[] = []): RestoreResult => ({ ok: false, errors, warnings });
  let raw = input;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(withoutByteOrderMark(raw));
    } catch (e) {
      return fail([{ path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }]);
    }
  }
  const sanitizeIssues: ScenarioIssue[] = [];
  const clean = sanitizeJson(raw, sanitizeIssues);
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    return fail([{ path: '', message: 'a scenario is a JSON object', severity: 'error' }, ...sanitizeIssues]);
  }
  if (sanitizeIssues.length > 0) return fail(sanitizeIssues);
  const migrated = migrateToCurrent(clean as Record<string, unknown>);
  if (!migrated.ok) return fail([{ path: migrated.path, message: migrated.message, severity: 'error' }]);
  // `reportInput`: the messages say what was found ("must be a list, not an object"), not just that something is wrong.
  const parsed = scenarioSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const { issues, world } = validateScenario(parsed.data, catalog);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings, partial: { scenario: parsed.data, world } };
  return { ok: true, scenario: parsed.data, world, warnings };
}
