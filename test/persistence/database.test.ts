import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getScenario, getSession, listScenarios, markDeleted, purgeDeleted, putScenario, putSession } from '../../src/persistence/database';

describe('IndexedDB persistence', () => {
  it('stores scenarios with their schema version, newest first, with undoable deletion', async () => {
    await putScenario({ id: 'a', title: 'A', updatedAt: 1, scenario: { format: 'iam-playground/scenario', version: 1 } });
    await putScenario({ id: 'b', title: 'B', updatedAt: 2, scenario: { format: 'iam-playground/scenario', version: 1 } });
    expect((await listScenarios()).map((s) => s.id)).toEqual(['b', 'a']);
    expect((await getScenario('a'))?.schemaVersion).toBe(1);

    await markDeleted('a', true);
    expect((await listScenarios()).map((s) => s.id)).toEqual(['b']);
    await markDeleted('a', false);
    expect((await listScenarios()).map((s) => s.id)).toEqual(['b', 'a']);

    await markDeleted('a', true);
    await purgeDeleted(-1);
    expect(await getScenario('a')).toBeUndefined();
  });

  it('remembers the session', async () => {
    await putSession({ openId: 'b', ui: { theme: 'dark', selectedQuery: 2 } });
    expect(await getSession()).toEqual({ openId: 'b', ui: { theme: 'dark', selectedQuery: 2 } });
  });
});
