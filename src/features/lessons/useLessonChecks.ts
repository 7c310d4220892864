import { useMemo } from 'react';
import { evaluateChecks, type CheckResult, type Lesson, type LessonState } from '../../lessons';
import { permissiveCatalog, restoreScenario } from '../../model';
import { useRestoredScenario } from '../../store/restoredScenario';

const starts = new WeakMap<Lesson, LessonState | null>();

/** The lesson's starting world, restored once per lesson: what "no new access" compares against. */
function startOf(lesson: Lesson): LessonState | null {
  if (!starts.has(lesson)) {
    // The same catalog the views restore with, so both sides read AWS managed policies alike.
    const restored = restoreScenario(lesson.scenario, permissiveCatalog);
    starts.set(lesson, restored.ok ? { scenario: restored.scenario, world: restored.world } : null);
  }
  return starts.get(lesson)!;
}

/**
 * The lesson's checks against the open scenario, live. On the main thread: a lesson's world is a
 * handful of entities and its checks a few engine calls (a few ms, "no new access" included), far
 * less than a round trip through the analysis worker's queue behind heavier passes.
 * `current` is false while the document cannot be read: checks then show the last readable state.
 */
export function useLessonChecks(lesson: Lesson): { results: CheckResult[]; current: boolean } {
  const restored = useRestoredScenario();
  const results = useMemo(() => {
    const start = startOf(lesson);
    if (!start) return lesson.checks.map((c) => ({ label: c.label, pass: false }));
    return evaluateChecks(lesson.checks, { scenario: restored.scenario, world: restored.world }, start);
  }, [lesson, restored.scenario, restored.world]);
  return { results, current: restored.current };
}
