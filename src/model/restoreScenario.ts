import { type ScenarioIssue } from './issues';
import { emptyCatalog, type ManagedPolicyCatalog } from './managedPolicyCatalog';
import { withoutByteOrderMark } from './jsonDepth';
import { migrateToCurrent } from './migrations';
import { fastParser } from './fastParse';
import { isPlainJsonObject, jsonValueIssues } from './sanitizeJson';
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
  const jsonIssues = jsonValueIssues(raw);
  if (!isPlainJsonObject(raw)) return fail([{ path: '', message: 'a scenario is a JSON object', severity: 'error' }, ...jsonIssues]);
  if (jsonIssues.length > 0) return fail(jsonIssues);
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return fail([{ path: migrated.path, message: migrated.message, severity: 'error' }]);
  const scenario = parseScenario(migrated.doc);
  if (!scenario.ok) return fail(scenario.errors);
  const { issues, world } = validateScenario(scenario.value, catalog);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (errors.length > 0) return { ok: false, errors, warnings, partial: { scenario: scenario.value, world } };
  return { ok: true, scenario: scenario.value, world, warnings };
}

const fastScenario = fastParser(scenarioSchema);

/**
 * The schema's reading of a document: the fast parse for one that is well shaped, zod for the
 * words and paths of what is wrong with one that is not (the two accept exactly the same).
 */
function parseScenario(doc: Record<string, unknown>): { ok: true; value: Scenario } | { ok: false; errors: ScenarioIssue[] } {
  const fast = fastScenario(doc);
  if (fast.ok) return fast;
  // `reportInput`: the messages say what was found ("must be a list, not an object"), not just that something is wrong.
  const parsed = scenarioSchema.safeParse(doc, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fromZodIssues(parsed.error.issues) };
}
