import { permissiveCatalog, restoreScenario } from '../model';
import { getScenario } from '../persistence/database';
import { useLibraryStore, type LibraryState } from '../store/libraryStore';
import { useScenarioStore } from '../store/scenarioStore';
import { refreshLibrary } from './library';
import { rememberSaved } from './savedState';

/**
 * Two tabs of the playground keep the same scenario in step: a save is announced on a
 * BroadcastChannel, and the other tab takes the saved version as an undoable change.
 */
interface SaveMessage {
  type: 'saved';
  id: string;
  from: string;
  /** The saved scenario's library entry: the other tab updates its list without reading every stored scenario back. */
  entry?: LibraryEntry;
}

type LibraryEntry = LibraryState['scenarios'][number];

let channel: BroadcastChannel | null = null;
const tabId = Math.random().toString(36).slice(2);

export function announceSave(entry: LibraryEntry): void {
  channel?.postMessage({ type: 'saved', id: entry.id, from: tabId, entry } satisfies SaveMessage);
}

export function startTabSync(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const own = new BroadcastChannel('iam-playground');
  channel = own;
  const onMessage = (event: MessageEvent<SaveMessage>) => {
    if (event.data.from === tabId) return;
    const { entry } = event.data;
    const library = useLibraryStore.getState();
    if (entry && library.scenarios.some((s) => s.id === entry.id)) library.savedEntry(entry);
    else void refreshLibrary();
    const { scenarioId, document } = useScenarioStore.getState();
    if (event.data.type !== 'saved' || event.data.id !== scenarioId) return;
    void getScenario(scenarioId).then((record) => {
      if (!record) return;
      const restored = restoreScenario(record.scenario, permissiveCatalog);
      if (!restored.ok) return;
      const incoming = JSON.stringify(restored.scenario);
      if (incoming === JSON.stringify(document)) return;
      // Two tabs, one scenario: take the other tab's saved version as an undoable change, and say so.
      rememberSaved(incoming);
      useScenarioStore.getState().replace('changes from another tab', restored.scenario);
      useLibraryStore
        .getState()
        .notify({ tone: 'info', text: 'This scenario was changed in another tab; those changes are shown here (Undo brings yours back).' });
    });
  };
  own.addEventListener('message', onMessage);
  return () => {
    own.removeEventListener('message', onMessage);
    own.close();
    if (channel === own) channel = null;
  };
}
