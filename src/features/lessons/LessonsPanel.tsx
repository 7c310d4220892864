import { useEffect, type ReactNode } from 'react';
import { LESSONS, type Lesson } from '../../lessons';
import { loadLessonProgress } from '../../session/lessonProgress';
import { startLesson } from './startLesson';
import { openLessonId, useLessonStore } from '../../store/lessonStore';
import { useLibraryStore } from '../../store/libraryStore';
import { useScenarioStore } from '../../store/scenarioStore';
import { courseStatus, type LessonStatus } from './courseState';
import { LessonView } from './LessonView';

/** The course: every lesson with the learner's progress, and the open lesson beside it. */
export function LessonsPanel() {
  const progress = useLessonStore((s) => s.progress);
  const loaded = useLessonStore((s) => s.loaded);
  const scenarioId = useScenarioStore((s) => s.scenarioId);
  const shared = useLessonStore((s) => s.shared);
  const origin = useLibraryStore((s) => s.origin);
  useEffect(() => void loadLessonProgress(), []);
  const status = courseStatus(
    LESSONS.map((l) => l.id),
    progress,
  );
  const openId = openLessonId({ progress, shared }, scenarioId, origin);
  const openIndex = LESSONS.findIndex((l) => l.id === openId);
  const done = status.filter((s) => s === 'done').length;
  return (
    <div className="flex h-full min-h-0" data-testid="lessons.panel">
      <nav aria-label="Lessons" className="w-64 shrink-0 overflow-auto border-r border-slate-200 p-2 dark:border-slate-700">
        <p className="px-1 pb-1 text-xs text-slate-600 dark:text-slate-400" data-testid="lessons.progress">
          {done} of {LESSONS.length} lessons done
        </p>
        <ol className="space-y-0.5">
          {LESSONS.map((lesson, i) => (
            <li key={lesson.id}>
              <CourseItem lesson={lesson} index={i} status={status[i]!} open={i === openIndex} disabled={!loaded} />
            </li>
          ))}
        </ol>
      </nav>
      <div className="min-w-0 flex-1 overflow-auto p-3">
        {openIndex >= 0 ? (
          <LessonView
            key={LESSONS[openIndex]!.id}
            lesson={LESSONS[openIndex]!}
            index={openIndex}
            next={status[openIndex + 1] === 'locked' ? undefined : LESSONS[openIndex + 1]}
          />
        ) : (
          <div className="max-w-prose space-y-2 text-sm text-slate-700 dark:text-slate-300">
            <p>
              Learn IAM by doing. Each lesson opens a small scenario with a goal. Change the graph or the policies until every check turns
              green; the next lesson then unlocks.
            </p>
            <p>Your work in each lesson is saved in this browser, like any scenario.</p>
          </div>
        )}
      </div>
    </div>
  );
}

/** A padlock drawn, not an emoji: headless and minimal systems have no emoji font. */
function Lock() {
  return (
    <svg viewBox="0 0 16 16" className="inline h-3 w-3" fill="currentColor" aria-hidden>
      <path d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
    </svg>
  );
}

const MARK: Record<LessonStatus, ReactNode> = { done: '✓', open: '○', locked: <Lock /> };

function CourseItem({
  lesson,
  index,
  status,
  open,
  disabled,
}: {
  lesson: Lesson;
  index: number;
  status: LessonStatus;
  open: boolean;
  disabled: boolean;
}) {
  return (
    <button
      type="button"
      data-testid="lessons.item"
      data-status={status}
      aria-current={open ? 'true' : undefined}
      disabled={status === 'locked' || disabled}
      title={status === 'locked' ? 'Finish the lesson before to unlock this one' : undefined}
      onClick={() => void startLesson(lesson, index)}
      className="flex w-full items-baseline gap-1.5 rounded px-1.5 py-1 text-left text-xs text-slate-800 hover:bg-slate-200/70 disabled:cursor-not-allowed disabled:text-slate-400 aria-[current=true]:bg-amber-100 aria-[current=true]:font-semibold dark:text-slate-200 dark:hover:bg-slate-700/70 dark:disabled:text-slate-500 dark:aria-[current=true]:bg-amber-900/50"
    >
      <span aria-hidden className={`w-4 shrink-0 text-center ${status === 'done' ? 'text-emerald-600 dark:text-emerald-400' : ''}`}>
        {MARK[status]}
      </span>
      <span className="tabular-nums text-slate-600 dark:text-slate-300">{index + 1}.</span>
      <span className="min-w-0">
        {lesson.title}
        <span className="sr-only"> ({status === 'done' ? 'done' : status === 'locked' ? 'locked' : 'open'})</span>
      </span>
    </button>
  );
}
