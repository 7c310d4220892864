import { listLessonProgress, putLessonProgress } from '../persistence/database';
import { saveNow } from './autosave';
import { useLessonStore } from '../store/lessonStore';
import { errorMessage } from './savedState';
import { createScenario, openScenario } from './library';
import { useLibraryStore } from '../store/libraryStore';

/** Reads the learner's progress from IndexedDB into the lesson store (once; later writes go through here). */
export async function loadLessonProgress(): Promise<void> {
  if (useLessonStore.getState().loaded) return;
  try {
    useLessonStore.getState().load(await listLessonProgress());
  } catch (e) {
    useLessonStore.getState().load([]);
    useLibraryStore.getState().notify({ tone: 'error', text: `Lesson progress is unavailable (${errorMessage(e)}).` });
  }
}

/**
 * Opens a lesson: its saved scenario if the learner started it before (their work, autosaved like
 * any scenario), else a new saved copy of the lesson's starting scenario, tied to the lesson.
 */
export async function openLesson(lessonId: string, scenario: unknown, title: string): Promise<void> {
  // The work on the lesson being left may still wait for its autosave: keep it before another opens.
  await saveNow();
  await loadLessonProgress();
  const known = useLessonStore.getState().progress[lessonId];
  // openScenario refuses a deleted or missing scenario: the lesson then starts afresh.
  if (known && (await openScenario(known.scenarioId))) return;
  const scenarioId = await createScenario(scenario, title);
  const progress = { lessonId, scenarioId, ...(known?.completedAt !== undefined ? { completedAt: known.completedAt } : {}) };
  await putLessonProgress(progress);
  useLessonStore.getState().set(progress);
}

/** Starts a lesson over from its starting scenario (the old work stays among the saved scenarios). */
export async function restartLesson(lessonId: string, scenario: unknown, title: string): Promise<void> {
  const known = useLessonStore.getState().progress[lessonId];
  const scenarioId = await createScenario(scenario, title);
  const progress = { ...known, lessonId, scenarioId };
  await putLessonProgress(progress);
  useLessonStore.getState().set(progress);
}

/** Marks a lesson complete, once: the next one unlocks. */
export async function completeLesson(lessonId: string): Promise<void> {
  const known = useLessonStore.getState().progress[lessonId];
  if (!known || known.completedAt !== undefined) return;
  const progress = { ...known, completedAt: Date.now() };
  useLessonStore.getState().set(progress);
  await putLessonProgress(progress);
}

/** Makes a saved scenario the learner's work on a lesson (a shared lesson they saved a copy of). */
export async function tieLesson(lessonId: string, scenarioId: string): Promise<void> {
  await loadLessonProgress();
  const known = useLessonStore.getState().progress[lessonId];
  const progress = { ...known, lessonId, scenarioId };
  await putLessonProgress(progress);
  useLessonStore.getState().set(progress);
}
