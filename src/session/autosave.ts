import { putScenario } from '../persistence/database';
import { useLibraryStore } from '../store/libraryStore';
import { currentRestored } from '../store/restoredScenario';
import { useScenarioStore } from '../store/scenarioStore';
import { refreshLibrary } from './library';
import { errorMessage as message, rememberSaved, savedJson } from './savedState';
import { announceSave, startTabSync } from './tabSync';

/** Saves the open scenario now. A failure is shown and the in-memory work is kept. */
export async function saveNow(): Promise<void> {
  const { scenarioId, document } = useScenarioStore.getState();
  if (!scenarioId) return;
  const json = JSON.stringify(document);
  if (json === savedJson()) return;
  try {
    const updatedAt = Date.now();
    // The document as typed, errors and all: saving never drops work; the title is the last one that could be read.
    const title = currentRestored().scenario.title ?? 'Untitled scenario';
    await putScenario({ id: scenarioId, title, updatedAt, scenario: document });
    rememberSaved(json);
    useLibraryStore.setState({ saveError: null });
    announceSave({ id: scenarioId, title, updatedAt });
    // This tab knows what it wrote: reading every stored scenario back (megabytes each for a real
    // account) to learn one title and time would cost the page on every autosave.
    const known = useLibraryStore.getState().scenarios.some((s) => s.id === scenarioId);
    if (known) useLibraryStore.getState().savedEntry({ id: scenarioId, title, updatedAt });
    else await refreshLibrary();
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
