export { lessonSchema, LESSON_FORMAT, type Lesson, type LessonCheck, type LessonEdit } from './lessonSchema';
export { applyEdits } from './applyEdits';
export { evaluateChecks, type CheckResult, type LessonState } from './checks/evaluateChecks';
export { LESSONS } from './library';
