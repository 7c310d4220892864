import { useEffect, useState } from 'react';
import type { Lesson } from '../../lessons';
import { completeLesson, restartLesson } from '../../session/lessonProgress';
import { useLessonStore } from '../../store/lessonStore';
import { useLibraryStore } from '../../store/libraryStore';
import { Button } from '../../ui/controls';
import { LessonText } from './LessonText';
import { useLessonChecks } from './useLessonChecks';
import { lessonScenarioTitle, startLesson } from './startLesson';

/** One lesson: its goal, the explanation and AWS pages, hints on request, and the live checks. */
export function LessonView({ lesson, index, next }: { lesson: Lesson; index: number; next: Lesson | undefined }) {
  const { results, current } = useLessonChecks(lesson);
  const [hints, setHints] = useState(0);
  const completed = useLessonStore((s) => s.progress[lesson.id]?.completedAt !== undefined);
  const allPass = current && results.every((r) => r.pass);
  // Someone else's work opened from a share link completes nothing until it is saved as one's own.
  const shared = useLibraryStore((s) => s.origin === 'shared');
  const tiedTo = useLessonStore((s) => s.progress[lesson.id]?.scenarioId);
  useEffect(() => {
    if (allPass && !shared) void completeLesson(lesson.id);
  }, [allPass, shared, tiedTo, lesson.id]);

  return (
    <article className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]" data-testid="lesson.view" data-lesson={lesson.id}>
      <div className="min-w-0 space-y-3">
        <header>
          <p className="text-xs font-semibold text-amber-700 dark:text-amber-400">
            Lesson {index + 1}
            {lesson.fixIt ? ' · Fix it' : ''}
          </p>
          <h2 className="text-base font-semibold text-slate-900 dark:text-slate-100" data-testid="lesson.title">
            {lesson.title}
          </h2>
        </header>
        <p
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-slate-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-slate-100"
          data-testid="lesson.goal"
        >
          <strong>Goal: </strong>
          {lesson.goal}
        </p>
        <LessonText text={lesson.text} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Read on AWS:{' '}
          {lesson.docs.map((doc, i) => (
            <span key={doc.url}>
              {i > 0 && ' · '}
              <a href={doc.url} target="_blank" rel="noreferrer" className="text-sky-700 underline hover:text-sky-900 dark:text-sky-400">
                {doc.title}
              </a>
            </span>
          ))}
        </p>
      </div>
      {/* The checks stay in view while the explanation scrolls: they are what the learner watches. */}
      <div className="min-w-0 space-y-3 lg:sticky lg:top-0 lg:self-start">
        <section aria-label="Checks">
          <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Checks</h3>
          <ul className="space-y-1" aria-live="polite">
            {results.map((r) => (
              <li key={r.label} data-testid="lesson.check" data-pass={r.pass} className="flex items-start gap-2 text-sm">
                <span
                  aria-hidden
                  className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${r.pass ? 'bg-emerald-600 text-white' : 'border border-slate-400 text-transparent dark:border-slate-500'}`}
                >
                  ✓
                </span>
                <span className={r.pass ? 'text-emerald-800 dark:text-emerald-300' : 'text-slate-800 dark:text-slate-200'}>
                  {r.label}
                  <span className="sr-only">{r.pass ? ' (holds)' : ' (not yet)'}</span>
                </span>
              </li>
            ))}
          </ul>
          {!current && (
            <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
              The scenario cannot be read right now: checks show its last readable state.
            </p>
          )}
        </section>
        {allPass || completed ? (
          <div
            className="space-y-2 rounded-md border border-emerald-400 bg-emerald-50 p-2 dark:border-emerald-700 dark:bg-emerald-950/40"
            data-testid="lesson.complete"
            role="status"
          >
            <p className="text-sm font-semibold text-emerald-900 dark:text-emerald-200">
              {shared && allPass
                ? 'Every check holds in this shared work. Save a copy to make it yours.'
                : allPass
                  ? 'Lesson complete!'
                  : 'You completed this lesson before.'}
            </p>
            {next && (
              <Button variant="primary" data-testid="lesson.next" onClick={() => void startLesson(next, index + 1)}>
                Next lesson: {next.title}
              </Button>
            )}
          </div>
        ) : null}
        <section aria-label="Hints" className="space-y-1">
          {lesson.hints.slice(0, hints).map((h, i) => (
            <p
              key={i}
              data-testid="lesson.hint"
              className="rounded bg-sky-50 p-2 text-sm text-slate-800 dark:bg-sky-950/40 dark:text-slate-200"
            >
              <strong>Hint {i + 1}: </strong>
              {h}
            </p>
          ))}
          <div className="flex gap-2">
            {hints < lesson.hints.length && (
              <Button data-testid="lesson.hint.show" onClick={() => setHints(hints + 1)}>
                {hints === 0 ? 'Show a hint' : 'Show another hint'}
              </Button>
            )}
            <Button
              variant="ghost"
              data-testid="lesson.restart"
              onClick={() => void restartLesson(lesson.id, lesson.scenario, lessonScenarioTitle(lesson, index))}
            >
              Start over
            </Button>
          </div>
        </section>
      </div>
    </article>
  );
}
