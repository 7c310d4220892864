import { beforeEach, describe, expect, it } from 'vitest';
import { useLibraryStore } from './libraryStore';

const store = () => useLibraryStore.getState();

describe('the library list after a save in this tab', () => {
  beforeEach(() =>
    store().setScenarios([
      { id: 'b', title: 'B', updatedAt: 20 },
      { id: 'a', title: 'A', updatedAt: 10 },
    ]),
  );

  it('takes the saved title and time in place, newest first, without reading the database', () => {
    store().savedEntry({ id: 'a', title: 'A renamed', updatedAt: 30 });
    expect(store().scenarios).toEqual([
      { id: 'a', title: 'A renamed', updatedAt: 30 },
      { id: 'b', title: 'B', updatedAt: 20 },
    ]);
    store().savedEntry({ id: 'b', title: 'B', updatedAt: 40 });
    expect(store().scenarios.map((s) => s.id)).toEqual(['b', 'a']);
    expect(store().scenarios).toHaveLength(2);
  });
});
