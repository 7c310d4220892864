import { create } from 'zustand';
import type { StoredLessonProgress } from '../persistence/database';

export type LessonProgress = StoredLessonProgress;

/** The learner's progress through the course, as read from IndexedDB (session/lessons.ts keeps it in step). */
interface LessonProgressState {
  /** By lesson id. */
  progress: Record<string, StoredLessonProgress>;
  loaded: boolean;
  set(progress: StoredLessonProgress): void;
  load(all: readonly StoredLessonProgress[]): void;
}

export const useLessonStore = create<LessonProgressState>()((set) => ({
  progress: {},
  loaded: false,
  set: (p) => set((s) => ({ progress: { ...s.progress, [p.lessonId]: p } })),
  load: (all) => set({ progress: Object.fromEntries(all.map((p) => [p.lessonId, p])), loaded: true }),
}));

/** The lesson whose scenario is open, if any: a lesson is tied to its scenario by the progress record. */
export function lessonIdOfScenario(progress: Record<string, StoredLessonProgress>, scenarioId: string | null): string | null {
  if (scenarioId === null) return null;
  return Object.values(progress).find((p) => p.scenarioId === scenarioId)?.lessonId ?? null;
}
