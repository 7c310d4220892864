import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissiveCatalog, restoreScenario } from '../model';
import { applyEdits, evaluateChecks, lessonSchema, LESSONS, type LessonState } from '.';

const dir = join(import.meta.dirname, 'library');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function restore(document: unknown): LessonState {
  const restored = restoreScenario(document, permissiveCatalog);
  if (!restored.ok) throw new Error(restored.errors.map((e) => `${e.path} ${e.message}`).join('; '));
  return { scenario: restored.scenario, world: restored.world };
}

describe('the lessons', () => {
  it('are a course of at least 15, every file loaded, ids unique', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(LESSONS).toHaveLength(files.length);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  for (const file of files) {
    describe(file, () => {
      const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const parsed = lessonSchema.safeParse(raw);

      it('is a valid lesson file', () => {
        expect(parsed.error?.issues ?? []).toEqual([]);
      });

      it('starts unsolved, and its solution passes every check', () => {
        const lesson = lessonSchema.parse(raw);
        const start = restore(lesson.scenario);
        const atStart = evaluateChecks(lesson.checks, start, start);
        expect(
          atStart.some((c) => !c.pass),
          'a lesson that starts solved is a bug',
        ).toBe(true);
        const solved = restore(applyEdits(lesson.scenario, lesson.solution));
        const failing = evaluateChecks(lesson.checks, solved, start).filter((c) => !c.pass);
        expect(failing.map((c) => c.label)).toEqual([]);
      });
    });
  }
});
