import { create } from 'zustand';
import type { StoredLessonProgress } from '../persistence/database';

export type LessonProgress = StoredLessonProgress;

/** The learner's progress through the course, as read from IndexedDB (session/lessons.ts keeps it in step). */
interface LessonProgressState {
  /** By lesson id. */
  progress: Record<string, StoredLessonProgress>;
  loaded: boolean;
  /** The lesson a share link named, for the unsaved copy it opened (while `origin` is 'shared'). */
  shared: string | null;
  setShared(lessonId: string | null): void;
  set(progress: StoredLessonProgress): void;
  load(all: readonly StoredLessonProgress[]): void;
}

export const useLessonStore = create<LessonProgressState>()((set) => ({
  progress: {},
  loaded: false,
  shared: null,
  setShared: (shared) => set({ shared }),
  set: (p) => set((s) => ({ progress: { ...s.progress, [p.lessonId]: p } })),
  load: (all) => set({ progress: Object.fromEntries(all.map((p) => [p.lessonId, p])), loaded: true }),
}));

/**
 * The lesson whose scenario is open, if any. A saved scenario is tied to its lesson by the progress
 * record; an unsaved copy opened from a lesson's share link, by the id the link carried.
 */
export function openLessonId(
  state: Pick<LessonProgressState, 'progress' | 'shared'>,
  scenarioId: string | null,
  origin: 'saved' | 'shared' | 'welcome',
): string | null {
  if (origin === 'shared') return state.shared;
  if (scenarioId === null) return null;
  return Object.values(state.progress).find((p) => p.scenarioId === scenarioId)?.lessonId ?? null;
}
