import { locatePointer, parseJson, permissiveCatalog, restoreScenario } from '../model';
import { useLibraryStore } from '../store/libraryStore';
import { currentRestored } from '../store/restoredScenario';
import { useScenarioStore } from '../store/scenarioStore';
import { downloadText, fileNameOf } from './download';
import { createScenario } from './library';

/** Import and export a scenario as a `.json` file, in the format the CLI checks. */
export function exportScenario(): void {
  // The document as typed (what the CLI will check), named after the title last read from it.
  const { document } = useScenarioStore.getState();
  downloadText(
    `${fileNameOf(currentRestored().scenario.title ?? 'scenario', 'scenario')}.json`,
    JSON.stringify(document, null, 2) + '\n',
    'application/json',
  );
}

/** Reads a file; on any problem says what and where (file, line, JSON path) and changes nothing. */
export async function importScenarioFile(file: File): Promise<boolean> {
  const text = await file.text();
  const notify = useLibraryStore.getState().notify;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const s = parsed.errors[0]!;
    notify({ tone: 'error', text: `${file.name}:${s.location.line}:${s.location.column}: ${s.message}. Nothing was imported.` });
    return false;
  }
  const restored = restoreScenario(parsed.value, permissiveCatalog);
  if (!restored.ok) {
    const e = restored.errors[0]!;
    const at = locatePointer(text, e.path);
    notify({
      tone: 'error',
      text: `${file.name}${at ? `:${at.line}` : ''} ${e.path || '/'}: ${e.message}${restored.errors.length > 1 ? ` (and ${restored.errors.length - 1} more)` : ''}. Nothing was imported.`,
    });
    return false;
  }
  await createScenario(restored.scenario, restored.scenario.title ?? file.name.replace(/\.json$/, ''));
  notify({ tone: 'success', text: `Imported “${restored.scenario.title ?? file.name}”.` });
  return true;
}
