import type { Lesson } from '../../lessons';
import { openLesson } from '../../session/lessonProgress';

/** The title a lesson's scenario is saved under, so the scenario list says which lesson it is. */
export function lessonScenarioTitle(lesson: Lesson, index: number): string {
  return `Lesson ${index + 1}: ${lesson.title}`;
}

/** Opens a lesson's scenario (the learner's saved work, or a fresh copy of its start). */
export function startLesson(lesson: Lesson, index: number): Promise<void> {
  return openLesson(lesson.id, lesson.scenario, lessonScenarioTitle(lesson, index));
}

/** The course from the start: the first lesson not done yet (or the last), opened, with the Lessons tab. */
export async function openCourse(lessons: readonly Lesson[], done: (id: string) => boolean): Promise<void> {
  const index = Math.max(
    0,
    lessons.findIndex((l) => !done(l.id)),
  );
  const lesson = lessons[index] ?? lessons[lessons.length - 1];
  if (lesson) await startLesson(lesson, lessons.indexOf(lesson));
}
