import { describe, expect, it } from 'vitest';
import { lessonShareHash, splitLessonHash } from './shareLinks';

describe('lesson share links', () => {
  it('put the lesson in front of an ordinary share hash, and take it off again', () => {
    const hash = lessonShareHash('groups', '#s1/abc-_');
    expect(hash).toBe('#lesson/groups/s1/abc-_');
    expect(splitLessonHash(hash)).toEqual({ lessonId: 'groups', shareHash: '#s1/abc-_' });
  });

  it('leave a plain share link, of any version, as it is', () => {
    expect(lessonShareHash(null, '#s1/abc')).toBe('#s1/abc');
    expect(splitLessonHash('#s1/abc')).toEqual({ lessonId: null, shareHash: '#s1/abc' });
    expect(splitLessonHash('#s2/xyz')).toEqual({ lessonId: null, shareHash: '#s2/xyz' });
  });
});
