import { putScenario } from '../persistence/database';
import { useLibraryStore } from '../store/libraryStore';
import { useScenarioStore } from '../store/scenarioStore';
import { refreshLibrary } from './library';
import { errorMessage as message, rememberSaved, savedJson } from './savedState';
import { announceSave, startTabSync } from './tabSync';

/** Saves the open scenario now. A failure is shown and the in-memory work is kept. */
export async function saveNow(): Promise<void> {
  const { scenarioId, scenario } = useScenarioStore.getState();
  if (!scenarioId) return;
  const json = JSON.stringify(scenario);
  if (json === savedJson()) return;
  try {
    const updatedAt = Date.now();
    await putScenario({ id: scenarioId, title: scenario.title ?? 'Untitled scenario', updatedAt, scenario });
    rememberSaved(json);
    useLibraryStore.setState({ saveError: null });
    announceSave(scenarioId);
    await refreshLibrary();
  } catch (e) {
    useLibraryStore.setState({ saveError: `Could not save (${message(e)}). Your work is still here; export it to keep a copy.` });
  }
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;

/** Autosave on every change (debounced) and when the page goes away; follows other tabs' saves of the open scenario. */
export function startAutosave(): () => void {
  const unsubscribe = useScenarioStore.subscribe((state, previous) => {
    if (state.revision === previous.revision || !state.scenarioId) return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void saveNow(), 300);
  });
  const stopTabSync = startTabSync();
  const flush = () => void saveNow();
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    stopTabSync();
    window.removeEventListener('pagehide', flush);
  };
}
