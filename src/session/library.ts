import { permissiveCatalog, restoreScenario, type Scenario } from '../model';
import {
  getScenario,
  listScenarios,
  markDeleted,
  newScenarioId,
  putScenario,
  putSession,
  type StoredScenario,
} from '../persistence/database';
import { rememberRestored } from '../store/restoredScenario';
import { useLibraryStore } from '../store/libraryStore';
import { EMPTY_SCENARIO, useScenarioStore } from '../store/scenarioStore';
import { SCENARIO_TAB, useUiStore } from '../store/uiStore';
import { saveNow } from './autosave';
import { errorMessage as message, rememberSaved } from './savedState';
import { safeSession } from './uiPreferences';

/**
 * The scenarios of this browser: list, open, create, duplicate, rename and delete (with undo).
 * Everything read from IndexedDB goes through restoreScenario before the app sees it.
 */

export async function refreshLibrary(): Promise<void> {
  try {
    const list = await listScenarios();
    useLibraryStore.getState().setScenarios(list.map(({ id, title, updatedAt }) => ({ id, title, updatedAt })));
  } catch (e) {
    useLibraryStore.setState({
      saveError: `Saved scenarios are unavailable (${message(e)}). Your work stays in this tab; export it to keep it.`,
    });
  }
}

export async function openScenario(id: string, justStored?: Omit<StoredScenario, 'schemaVersion'>): Promise<boolean> {
  // A scenario just written need not be read back: a real account's is megabytes to copy again.
  const record = justStored ?? (await getScenario(id));
  if (!record || record.deletedAt !== undefined) return false;
  const restored = restoreScenario(record.scenario, permissiveCatalog);
  const first = restored.ok ? undefined : restored.errors[0];
  const opened = restored.ok ? restored.scenario : restored.partial?.scenario;
  if (!opened) {
    // Not a scenario's shape at all: keep the stored document untouched and say what is wrong.
    useLibraryStore.getState().notify({ tone: 'error', text: `“${record.title}” could not be opened: ${first?.path} ${first?.message}` });
    return false;
  }
  // A reference that resolves to nothing is the user's work in progress: open it, and say what to fix.
  if (first)
    useLibraryStore.getState().notify({ tone: 'info', text: `“${record.title}” has errors to fix: ${first.path} ${first.message}` });
  rememberSaved(JSON.stringify(opened));
  // Restored once, here: the views read the world from this result rather than restoring it again.
  if (restored.ok) rememberRestored(opened, restored);
  // A real account's scenario is megabytes of JSON: nobody reads that first, and putting it in the
  // editor costs the page seconds. The graph and the queries come first; the JSON opens on demand.
  // Closed before the scenario opens, so the editor (Monaco) is not even loaded for it.
  if (entityCount(opened) >= JSON_TAB_UP_TO) useUiStore.getState().closeTab(SCENARIO_TAB.id);
  useScenarioStore.getState().open(id, opened);
  useLibraryStore.setState({ origin: 'saved' });
  useUiStore.getState().select(null);
  await putSession({ ...(await safeSession()), openId: id });
  return true;
}

export async function createScenario(scenario: unknown = EMPTY_SCENARIO, title = 'Untitled scenario'): Promise<string> {
  const id = newScenarioId();
  const doc = typeof scenario === 'object' && scenario !== null && !Array.isArray(scenario) ? { ...scenario, title } : scenario;
  const record = { id, title, updatedAt: Date.now(), scenario: doc };
  await putScenario(record);
  await refreshLibrary();
  await openScenario(id, record);
  return id;
}

export async function duplicateScenario(id: string): Promise<void> {
  const record = await getScenario(id);
  if (!record) return;
  const restored = restoreScenario(record.scenario, permissiveCatalog);
  if (!restored.ok) return;
  await createScenario(restored.scenario, `${record.title} (copy)`);
}

export async function renameScenario(id: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (!trimmed) return;
  if (useScenarioStore.getState().scenarioId === id) {
    useScenarioStore.getState().update('rename scenario', (d) => {
      d.title = trimmed;
    });
    await saveNow();
  } else {
    const record = await getScenario(id);
    if (!record) return;
    await putScenario({ ...record, title: trimmed, scenario: { ...(record.scenario as object), title: trimmed }, updatedAt: Date.now() });
  }
  await refreshLibrary();
}

export async function deleteScenario(id: string): Promise<void> {
  const record = await getScenario(id);
  await markDeleted(id, true);
  await refreshLibrary();
  const wasOpen = useScenarioStore.getState().scenarioId === id;
  if (wasOpen) {
    const next = useLibraryStore.getState().scenarios[0];
    if (next) await openScenario(next.id);
    else {
      useScenarioStore.getState().open(null, EMPTY_SCENARIO);
      useLibraryStore.setState({ origin: 'welcome' });
    }
  }
  useLibraryStore.getState().notify({
    tone: 'info',
    text: `Deleted “${record?.title ?? 'scenario'}”.`,
    action: {
      label: 'Undo',
      run: () => {
        void markDeleted(id, false).then(async () => {
          await refreshLibrary();
          if (wasOpen) await openScenario(id);
        });
      },
    },
  });
}

/** From this many users, groups, roles and policies a scenario opens without its JSON tab. */
const JSON_TAB_UP_TO = 1000;

function entityCount(s: Scenario): number {
  return (s.users?.length ?? 0) + (s.groups?.length ?? 0) + (s.roles?.length ?? 0) + (s.policies?.length ?? 0);
}
