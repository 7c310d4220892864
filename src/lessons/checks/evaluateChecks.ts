import { accessDiff } from '../../analysis/access';
import { compileScenario, evaluateQuery, type CompiledScenario } from '../../engine';
import type { Scenario, World } from '../../model';
import type { Lesson, LessonCheck } from '../lessonSchema';
import { structureHolds } from './structure';

export interface LessonState {
  scenario: Scenario;
  world: World;
}

export interface CheckResult {
  label: string;
  pass: boolean;
}

/**
 * Every check of a lesson against the learner's scenario. Pure: the panel runs it on the main
 * thread (lesson worlds are a handful of entities, a few milliseconds), the unit test in Node.
 * `start` is the lesson's own starting world, what "no new access" compares against.
 */
export function evaluateChecks(checks: Lesson['checks'], now: LessonState, start: LessonState): CheckResult[] {
  let compiled: CompiledScenario | null = null;
  const current = () => (compiled ??= compileScenario(now.scenario, now.world));
  return checks.map((check) => ({ label: check.label, pass: holds(check, now, start, current) }));
}

/** A lesson's start is the same world on every edit: compiled once. */
const startCompiled = new WeakMap<World, CompiledScenario>();
function compiledStart(start: LessonState): CompiledScenario {
  let compiled = startCompiled.get(start.world);
  if (!compiled) startCompiled.set(start.world, (compiled = compileScenario(start.scenario, start.world)));
  return compiled;
}

function holds(check: LessonCheck, now: LessonState, start: LessonState, compiled: () => CompiledScenario): boolean {
  switch (check.kind) {
    case 'query': {
      const { principal, action, resource, context, autoContext } = check;
      const query = { principal, action, resource, context, autoContext, sessionName: 'lesson' };
      let decision: string;
      try {
        decision = evaluateQuery(compiled(), query).decision;
      } catch {
        return false; // a principal the learner deleted answers nothing
      }
      if (check.expect === 'denied') return decision === 'explicitDeny' || decision === 'implicitDeny';
      return decision === check.expect;
    }
    case 'noNewAccess': {
      const before = { ...start, compiled: compiledStart(start) };
      return accessDiff(before, { ...now, compiled: compiled() }).gained.length === 0;
    }
    case 'structure':
      return structureHolds(check, now.scenario);
  }
}
