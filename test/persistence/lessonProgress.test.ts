import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listLessonProgress, putLessonProgress } from '../../src/persistence/database';

describe('lesson progress in IndexedDB', () => {
  it('keeps one record per lesson, the latest write winning', async () => {
    await putLessonProgress({ lessonId: 'root-user', scenarioId: 's1' });
    await putLessonProgress({ lessonId: 'groups', scenarioId: 's2' });
    await putLessonProgress({ lessonId: 'root-user', scenarioId: 's1', completedAt: 5 });
    const all = await listLessonProgress();
    expect(all.sort((a, b) => a.lessonId.localeCompare(b.lessonId))).toEqual([
      { lessonId: 'groups', scenarioId: 's2' },
      { lessonId: 'root-user', scenarioId: 's1', completedAt: 5 },
    ]);
  });
});
