import type { LessonProgress } from '../../store/lessonStore';

export type LessonStatus = 'done' | 'open' | 'locked';

/**
 * Where the learner stands on each lesson: done, open to them, or locked. A lesson unlocks when
 * the one before it is done; the first is always open. A lesson already started stays open even
 * if the course gained a lesson before it later on.
 */
export function courseStatus(ids: readonly string[], progress: Readonly<Record<string, LessonProgress>>): LessonStatus[] {
  return ids.map((id, i) => {
    const p = progress[id];
    if (p?.completedAt !== undefined) return 'done';
    if (i === 0 || p !== undefined || progress[ids[i - 1]!]?.completedAt !== undefined) return 'open';
    return 'locked';
  });
}
