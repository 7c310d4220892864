import { permissiveCatalog, restoreScenario, type Scenario } from '../model';
import {
  getScenario,
  listScenarios,
  markDeleted,
  newScenarioId,
  purgeDeleted,
  putScenario,
  putSession,
  getSession,
} from '../persistence/database';
import { decodeShareHash, encodeShareHash, isShareHash } from '../persistence/shareLink';
import { useLibraryStore } from '../store/libraryStore';
import { EMPTY_SCENARIO, useScenarioStore } from '../store/scenarioStore';
import { useUiStore } from '../store/uiStore';

/**
 * The scenarios of this browser: open, create, duplicate, rename, delete (with undo), autosave,
 * share links, and keeping two tabs on the same scenario in step. Composition of the stores and
 * persistence; the UI calls these functions.
 */

const UNDO_DELETE_MS = 10 * 60_000;
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('iam-playground') : null;
const tabId = Math.random().toString(36).slice(2);
/** JSON of what is in IndexedDB for the open scenario: autosave skips when nothing changed. */
let savedJson = '';

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

export async function openScenario(id: string): Promise<boolean> {
  const record = await getScenario(id);
  if (!record || record.deletedAt !== undefined) return false;
  const restored = restoreScenario(record.scenario, permissiveCatalog);
  if (!restored.ok) {
    // Keep the stored document untouched; say what is wrong instead of opening half of it.
    useLibraryStore
      .getState()
      .notify({ tone: 'error', text: `“${record.title}” could not be opened: ${restored.errors[0]?.path} ${restored.errors[0]?.message}` });
    return false;
  }
  savedJson = JSON.stringify(restored.scenario);
  useScenarioStore.getState().open(id, restored.scenario);
  useLibraryStore.setState({ origin: 'saved' });
  useUiStore.getState().select(null);
  await putSession({ ...(await safeSession()), openId: id });
  return true;
}

export async function createScenario(scenario: Scenario = EMPTY_SCENARIO, title = scenario.title ?? 'Untitled scenario'): Promise<string> {
  const id = newScenarioId();
  const doc = { ...scenario, title };
  await putScenario({ id, title, updatedAt: Date.now(), scenario: doc });
  await refreshLibrary();
  await openScenario(id);
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

/** Saves the open scenario now. A failure is shown and the in-memory work is kept. */
export async function saveNow(): Promise<void> {
  const { scenarioId, scenario } = useScenarioStore.getState();
  if (!scenarioId) return;
  const json = JSON.stringify(scenario);
  if (json === savedJson) return;
  try {
    const updatedAt = Date.now();
    await putScenario({ id: scenarioId, title: scenario.title ?? 'Untitled scenario', updatedAt, scenario });
    savedJson = json;
    useLibraryStore.setState({ saveError: null });
    channel?.postMessage({ type: 'saved', id: scenarioId, from: tabId });
    await refreshLibrary();
  } catch (e) {
    useLibraryStore.setState({ saveError: `Could not save (${message(e)}). Your work is still here; export it to keep a copy.` });
  }
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;

/** Autosave on every change (debounced), and follow other tabs' saves of the open scenario. */
export function startAutosave(): () => void {
  const unsubscribe = useScenarioStore.subscribe((state, previous) => {
    if (state.revision === previous.revision || !state.scenarioId) return;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void saveNow(), 300);
  });
  const onMessage = (event: MessageEvent<{ type: string; id: string; from: string }>) => {
    if (event.data.from === tabId) return;
    void refreshLibrary();
    const { scenarioId, scenario } = useScenarioStore.getState();
    if (event.data.type !== 'saved' || event.data.id !== scenarioId) return;
    void getScenario(scenarioId).then((record) => {
      if (!record) return;
      const restored = restoreScenario(record.scenario, permissiveCatalog);
      if (!restored.ok) return;
      const incoming = JSON.stringify(restored.scenario);
      if (incoming === JSON.stringify(scenario)) return;
      // Two tabs, one scenario: take the other tab's saved version as an undoable change, and say so.
      savedJson = incoming;
      useScenarioStore.getState().replace('changes from another tab', restored.scenario);
      useLibraryStore
        .getState()
        .notify({ tone: 'info', text: 'This scenario was changed in another tab; those changes are shown here (Undo brings yours back).' });
    });
  };
  channel?.addEventListener('message', onMessage);
  const flush = () => void saveNow();
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    channel?.removeEventListener('message', onMessage);
    window.removeEventListener('pagehide', flush);
  };
}

/** What the app opens at start: a share link, else the last open scenario, else the welcome state. */
export async function startUp(): Promise<void> {
  await refreshLibrary();
  void purgeDeleted(UNDO_DELETE_MS).catch(() => undefined);
  if (isShareHash(location.hash)) {
    openSharedLink(location.hash);
    return;
  }
  const session = await safeSession();
  if (session?.ui?.theme) useUiStore.getState().setTheme(session.ui.theme);
  const bottomTab = session?.ui?.bottomTab;
  if (bottomTab === 'queries' || bottomTab === 'findings' || bottomTab === 'effective') useUiStore.getState().setBottomTab(bottomTab);
  if (session?.openId && (await openScenario(session.openId))) {
    const q = session.ui?.selectedQuery;
    if (typeof q === 'number') useUiStore.getState().select({ kind: 'query', index: q });
    return;
  }
  useLibraryStore.setState({ origin: 'welcome' });
}

export function openSharedLink(hash: string): void {
  const decoded = decodeShareHash(hash);
  if (!decoded.ok) {
    useLibraryStore.getState().notify({ tone: 'error', text: `This share link cannot be opened: ${decoded.message}. Nothing was loaded.` });
    return;
  }
  const restored = restoreScenario(decoded.payload, permissiveCatalog);
  if (!restored.ok) {
    const first = restored.errors[0];
    useLibraryStore.getState().notify({
      tone: 'error',
      text: `This share link holds an invalid scenario (${first?.path || '/'}: ${first?.message}). Nothing was loaded.`,
    });
    return;
  }
  // A shared scenario is shown, never saved over the user's own: they choose to keep a copy.
  savedJson = '';
  useScenarioStore.getState().open(null, restored.scenario);
  useLibraryStore.setState({ origin: 'shared' });
}

export async function saveSharedCopy(): Promise<void> {
  const { scenario } = useScenarioStore.getState();
  history.replaceState(null, '', location.pathname + location.search);
  await createScenario(scenario, scenario.title ?? 'Shared scenario');
  useLibraryStore.getState().notify({ tone: 'success', text: 'Saved a copy to your scenarios.' });
}

export function shareUrl(): string {
  return `${location.origin}${location.pathname}${encodeShareHash(useScenarioStore.getState().scenario)}`;
}

export async function rememberUi(patch: NonNullable<Awaited<ReturnType<typeof getSession>>>['ui']): Promise<void> {
  try {
    const session = await safeSession();
    await putSession({ openId: session?.openId ?? useScenarioStore.getState().scenarioId, ui: { ...session?.ui, ...patch } });
  } catch {
    // UI preferences are a convenience; failing to store them must not disturb the user.
  }
}

async function safeSession() {
  try {
    return await getSession();
  } catch {
    return undefined;
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
