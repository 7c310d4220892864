import { purgeDeleted } from '../persistence/database';
import { startAssumeEdges } from '../store/assumeEdgesStore';
import { startLiveEvaluation } from '../store/evaluationStore';
import { startLiveFindings } from '../store/findingsStore';
import { useLibraryStore } from '../store/libraryStore';
import { startAutosave } from './autosave';
import { openScenario, refreshLibrary } from './library';
import { followShareLinks, openSharedLink, shareHashAtStart } from './shareLinks';
import { restoreUi, safeSession } from './uiPreferences';

/** How long a deleted scenario can still be brought back with Undo. */
const UNDO_DELETE_MS = 10 * 60_000;

/**
 * Everything that runs for as long as the page is open: live evaluation, findings and can-assume
 * edges, autosave with tab sync, and share links pasted into the address. Returns the stop.
 */
export function startSession(): () => void {
  // The can-assume edges before the findings: the analysis worker answers in order, and the graph's first layout waits for them.
  const stops = [startLiveEvaluation(), startAssumeEdges(), startLiveFindings(), startAutosave(), followShareLinks()];
  return () => stops.forEach((stop) => stop());
}

/** What the app opens at start: a share link, else the last open scenario, else the welcome state. */
export async function openFirstScenario(): Promise<void> {
  await refreshLibrary();
  void purgeDeleted(UNDO_DELETE_MS).catch(() => undefined);
  const shared = shareHashAtStart();
  if (shared) {
    openSharedLink(shared);
    return;
  }
  const session = await safeSession();
  restoreUi(session?.ui);
  if (session?.openId && (await openScenario(session.openId))) return;
  useLibraryStore.setState({ origin: 'welcome' });
}
