import { permissiveCatalog, restoreScenario } from '../model';
import { decodeShareHash, encodeShareHash, isShareHash } from '../persistence/shareLink';
import { useLibraryStore } from '../store/libraryStore';
import { currentRestored } from '../store/restoredScenario';
import { useScenarioStore } from '../store/scenarioStore';
import { openLessonId, useLessonStore } from '../store/lessonStore';
import { useUiStore } from '../store/uiStore';
import { createScenario } from './library';
import { tieLesson } from './lessonProgress';
import { rememberSaved } from './savedState';

/**
 * A lesson's share link is an ordinary share link behind `#lesson/ID/`: `#lesson/groups/s1/…`.
 * The share format itself (`s1/…`) is untouched, so every link made before still opens as it did;
 * an app that predates lessons does not open a lesson link (it is not `#s…`), it does not misread it.
 */
const LESSON_LINK = /^#lesson\/([a-z0-9-]+)\/(s\d+\/[\s\S]*)$/;

export function splitLessonHash(hash: string): { lessonId: string | null; shareHash: string } {
  const m = LESSON_LINK.exec(hash);
  return m ? { lessonId: m[1]!, shareHash: `#${m[2]!}` } : { lessonId: null, shareHash: hash };
}

export function lessonShareHash(lessonId: string | null, shareHash: string): string {
  return lessonId === null ? shareHash : `#lesson/${lessonId}/${shareHash.slice(1)}`;
}

function isLinkHash(hash: string): boolean {
  return isShareHash(splitLessonHash(hash).shareHash);
}

/** Share links: open one (from the address or a later hash change), keep a copy, make one. */

export function openSharedLink(hash: string): void {
  const { lessonId, shareHash } = splitLessonHash(hash);
  const decoded = decodeShareHash(shareHash);
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
  rememberSaved('');
  useLessonStore.getState().setShared(lessonId);
  useScenarioStore.getState().open(null, restored.scenario);
  useLibraryStore.setState({ origin: 'shared' });
  if (lessonId !== null) useUiStore.getState().setBottomTab('lessons');
}

/** The share link in the address when the page opened, if there is one. */
export function shareHashAtStart(): string | null {
  return isLinkHash(location.hash) ? location.hash : null;
}

/** Opens every share link pasted into the address of an open page. */
export function followShareLinks(): () => void {
  const onHash = () => {
    if (isLinkHash(location.hash)) openSharedLink(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

export async function saveSharedCopy(): Promise<void> {
  const { document } = useScenarioStore.getState();
  const lessonId = useLessonStore.getState().shared;
  history.replaceState(null, '', location.pathname + location.search);
  const id = await createScenario(document, currentRestored().scenario.title ?? 'Shared scenario');
  // A lesson's shared work, once saved, is the learner's work on that lesson.
  if (lessonId !== null) await tieLesson(lessonId, id);
  useLibraryStore.getState().notify({ tone: 'success', text: 'Saved a copy to your scenarios.' });
}

/** The link to the open scenario; for a lesson's scenario, a lesson link, so it opens beside the lesson. */
export function shareUrl(): string {
  const { document, scenarioId } = useScenarioStore.getState();
  const lessonId = openLessonId(useLessonStore.getState(), scenarioId, useLibraryStore.getState().origin);
  return `${location.origin}${location.pathname}${lessonShareHash(lessonId, encodeShareHash(document))}`;
}
