import { describe, expect, it } from 'vitest';
import { courseStatus } from './courseState';

describe('courseStatus', () => {
  it('opens the first lesson, and each next one when the one before is done', () => {
    expect(courseStatus(['a', 'b', 'c'], {})).toEqual(['open', 'locked', 'locked']);
    expect(courseStatus(['a', 'b', 'c'], { a: { lessonId: 'a', scenarioId: 's', completedAt: 1 } })).toEqual(['done', 'open', 'locked']);
  });

  it('keeps a started lesson open', () => {
    expect(courseStatus(['a', 'b', 'c'], { c: { lessonId: 'c', scenarioId: 's' } })).toEqual(['open', 'locked', 'open']);
  });
});
