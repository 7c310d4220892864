import { SCENARIO_FORMAT, SCENARIO_VERSION } from './scenarioSchema';

/**
 * Older scenario versions are migrated on load, never rejected (scenario-format.md). Version 1 is
 * the first, so the chain is empty; each future version adds one step `n → n+1` here.
 */
// A step returns a new document and never changes the one it is given: that is the caller's own
// (restoreScenario reads it without copying).
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
const MIGRATIONS: Record<number, Migration> = {};

export type MigrationResult = { ok: true; doc: Record<string, unknown> } | { ok: false; path: string; message: string };

export function migrateToCurrent(doc: Record<string, unknown>): MigrationResult {
  if (doc.format !== SCENARIO_FORMAT) {
    return {
      ok: false,
      path: '/format',
      message:
        doc.format === undefined
          ? `not a scenario: \`format\` must be \`${SCENARIO_FORMAT}\``
          : `\`format\` must be \`${SCENARIO_FORMAT}\`, not ${JSON.stringify(doc.format)}`,
    };
  }
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, path: '/version', message: `\`version\` must be a whole number from 1 to ${SCENARIO_VERSION}` };
  }
  if (version > SCENARIO_VERSION) {
    return {
      ok: false,
      path: '/version',
      message: `this scenario is version ${version}, made by a newer IAM Playground; this one reads up to version ${SCENARIO_VERSION}`,
    };
  }
  let current = doc;
  while (version < SCENARIO_VERSION) {
    current = MIGRATIONS[version]!(current);
    version += 1;
  }
  return { ok: true, doc: current };
}
