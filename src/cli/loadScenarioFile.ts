import { readFile } from 'node:fs/promises';
import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import { parseJson, pointerLocator, restoreScenario, worldPartOf, type ManagedPolicyCatalog, type Scenario, type World } from '../model';
import type { FileError } from './output';

export type LoadedScenario =
  | {
      ok: true;
      scenario: Scenario;
      world: World;
      catalog: ManagedPolicyCatalog;
      warnings: FileError[];
      /** Line and column of a JSON path in the file (the file is parsed for positions on first use). */
      locate: (path: string) => { line: number; column: number } | null;
    }
  | { ok: false; errors: FileError[] };

/**
 * Reads, parses and restores a scenario file; every problem names the file, line and JSON path.
 * `worldOnly`: without its queries, title and layout, for the commands that compare worlds.
 */
export async function loadScenarioFile(file: string, options: { worldOnly?: boolean } = {}): Promise<LoadedScenario> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      errors: [{ file, path: '', message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` }],
    };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.map((s) => ({ file, path: '', message: s.message, line: s.location.line, column: s.location.column })),
    };
  }
  // Parsed for positions only when there is something to point at, and then once for all of it.
  let locator: ReturnType<typeof pointerLocator> | undefined;
  const locate = (path: string) => (locator ??= pointerLocator(text))(path);
  const located = (issue: { path: string; message: string }): FileError => {
    const at = locate(issue.path);
    return { file, path: issue.path, message: issue.message, ...(at ? { line: at.line, column: at.column } : {}) };
  };
  // Loaded only when the file mentions an AWS managed policy: most never do, and start-up stays quick.
  const catalog = await managedPolicyCatalogFor(text);
  const restored = restoreScenario(options.worldOnly ? worldPartOf(parsed.value) : parsed.value, catalog);
  if (!restored.ok) return { ok: false, errors: restored.errors.map(located) };
  return { ok: true, scenario: restored.scenario, world: restored.world, catalog, warnings: restored.warnings.map(located), locate };
}
