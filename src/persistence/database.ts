import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { SCENARIO_VERSION } from '../model';

/**
 * The playground's IndexedDB. WARNING: renaming a store, an index or a key below without a
 * migration in `upgrade` WIPES USERS' SCENARIOS. Bump DB_VERSION and migrate instead.
 */
export const DB_NAME = 'iam-playground';
export const DB_VERSION = 2;

export interface StoredScenario {
  id: string;
  title: string;
  updatedAt: number;
  /** Scenario format version of `scenario` when it was written; restoreScenario migrates on load. */
  schemaVersion: number;
  /** Untrusted on read: always goes through restoreScenario. */
  scenario: unknown;
  /** Set when deleted; kept a while so the deletion can be undone. */
  deletedAt?: number;
}

export interface StoredSession {
  openId: string | null;
  ui?: {
    theme?: 'light' | 'dark';
    layout?: Record<string, Record<string, number>>;
    selectedQuery?: number | null;
    tabs?: unknown;
    bottomTab?: string;
  };
}

/** A learner's progress in one lesson: the scenario that holds their work, and whether it is done. */
export interface StoredLessonProgress {
  lessonId: string;
  /** The saved scenario the lesson opened; the learner's work lives there and autosaves like any other. */
  scenarioId: string;
  completedAt?: number;
}

interface PlaygroundDb extends DBSchema {
  scenarios: { key: string; value: StoredScenario; indexes: { updatedAt: number } };
  session: { key: 'current'; value: StoredSession };
  lessons: { key: string; value: StoredLessonProgress };
}

let dbPromise: Promise<IDBPDatabase<PlaygroundDb>> | null = null;

export function database(): Promise<IDBPDatabase<PlaygroundDb>> {
  dbPromise ??= openDB<PlaygroundDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version; never edit a step once released.
      if (oldVersion < 1) {
        const scenarios = db.createObjectStore('scenarios', { keyPath: 'id' });
        scenarios.createIndex('updatedAt', 'updatedAt');
        db.createObjectStore('session');
      }
      if (oldVersion < 2) {
        db.createObjectStore('lessons', { keyPath: 'lessonId' });
      }
    },
    blocked() {
      // Another tab holds an older version open; it will reload on `versionchange`.
    },
  }).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      dbPromise = null;
    });
    return db;
  });
  return dbPromise;
}

export async function listScenarios(): Promise<StoredScenario[]> {
  const all = await (await database()).getAll('scenarios');
  return all.filter((s) => s.deletedAt === undefined).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getScenario(id: string): Promise<StoredScenario | undefined> {
  return (await database()).get('scenarios', id);
}

export async function putScenario(record: Omit<StoredScenario, 'schemaVersion'>): Promise<void> {
  await (await database()).put('scenarios', { ...record, schemaVersion: SCENARIO_VERSION });
}

export async function markDeleted(id: string, deleted: boolean): Promise<void> {
  const db = await database();
  const tx = db.transaction('scenarios', 'readwrite');
  const record = await tx.store.get(id);
  if (record) {
    if (deleted) record.deletedAt = Date.now();
    else delete record.deletedAt;
    await tx.store.put(record);
  }
  await tx.done;
}

/** Removes scenarios deleted longer ago than `olderThanMs` (the undo window has passed). */
export async function purgeDeleted(olderThanMs: number): Promise<void> {
  const db = await database();
  const now = Date.now();
  for (const s of await db.getAll('scenarios'))
    if (s.deletedAt !== undefined && now - s.deletedAt > olderThanMs) await db.delete('scenarios', s.id);
}

export async function getSession(): Promise<StoredSession | undefined> {
  return (await database()).get('session', 'current');
}

export async function putSession(session: StoredSession): Promise<void> {
  await (await database()).put('session', session, 'current');
}

export async function listLessonProgress(): Promise<StoredLessonProgress[]> {
  return (await database()).getAll('lessons');
}

export async function putLessonProgress(progress: StoredLessonProgress): Promise<void> {
  await (await database()).put('lessons', progress);
}

export function newScenarioId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
