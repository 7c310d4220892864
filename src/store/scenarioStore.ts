import { produce, setAutoFreeze } from 'immer';
import { create } from 'zustand';
import { OUTSIDE_WORLD_FIELDS, type Scenario } from '../model';
import { reuseUnchanged } from './reuseUnchanged';

/**
 * The open scenario document, exactly as the user typed it, and its history. Every edit — graph,
 * editor, queries — goes through `update` or `replace`, so undo/redo covers them all. The document
 * is `unknown`: the raw scenario tab may hold any JSON, and an edit is never lost for being wrong.
 * Views do not read it: they read its restored form (`restoredScenario.ts`), which is typed and
 * validated, derived once per world revision.
 */
export interface ScenarioState {
  /** IndexedDB id of the open scenario; null for one opened from a link and not saved yet. */
  scenarioId: string | null;
  document: unknown;
  /** Increases with every change; evaluations and saves are keyed by it. */
  revision: number;
  /**
   * Increases when the world changes (anything but queries, title, description and the graph's
   * layout), or another scenario opens: the analysis worker does one pass per world revision.
   */
  worldRevision: number;
  /** Increases when another scenario opens: nothing read from the one before carries over. */
  generation: number;
  /** The document as it opened: what "what my edit changes" compares against until another baseline is pinned. */
  openedDocument: unknown;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * Apply an edit to a copy of the document. The recipe is written against the scenario's type, as
   * its caller read it from the restored scenario; if the document is not in that shape any more
   * (the raw tab changed it) and the recipe fails, the document stays as it was and this says false.
   */
  update(label: string, recipe: (draft: Scenario) => void): boolean;
  /** Replace the whole document (raw JSON edits, imports). */
  replace(label: string, next: unknown): void;
  undo(): void;
  redo(): void;
  /** Open a different scenario: history starts afresh. */
  open(scenarioId: string | null, document: unknown): void;
}

export interface HistoryEntry {
  label: string;
  document: unknown;
}

const HISTORY_LIMIT = 200;

// Documents stay plain mutable JSON (the editor, import and the engine take them as they are).
setAutoFreeze(false);

export const EMPTY_SCENARIO: Scenario = { format: 'iam-playground/scenario', version: 1, title: 'Untitled scenario' };

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenarioId: null,
  document: EMPTY_SCENARIO,
  revision: 0,
  worldRevision: 0,
  generation: 0,
  openedDocument: EMPTY_SCENARIO,
  past: [],
  future: [],
  update(label, recipe) {
    const { document } = get();
    if (!isObject(document)) return false;
    let next: unknown;
    try {
      // Copy-on-write: only the path the recipe touches is copied; the rest stays the same objects.
      next = produce(document as Scenario, recipe);
    } catch {
      return false;
    }
    get().replace(label, next);
    return true;
  },
  replace(label, next) {
    const { document, past, revision } = get();
    const shared = reuseUnchanged(document, next);
    if (shared === document) return;
    set({
      document: shared,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), shared),
      past: [...past, { label, document }].slice(-HISTORY_LIMIT),
      future: [],
    });
  },
  undo() {
    const { past, future, document, revision } = get();
    const last = past[past.length - 1];
    if (!last) return;
    set({
      document: last.document,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), last.document),
      past: past.slice(0, -1),
      future: [{ label: last.label, document }, ...future],
    });
  },
  redo() {
    const { past, future, document, revision } = get();
    const next = future[0];
    if (!next) return;
    set({
      document: next.document,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), next.document),
      past: [...past, { label: next.label, document }],
      future: future.slice(1),
    });
  },
  open(scenarioId, document) {
    const { revision, worldRevision, generation } = get();
    set({
      scenarioId,
      document,
      openedDocument: document,
      revision: revision + 1,
      worldRevision: worldRevision + 1,
      generation: generation + 1,
      past: [],
      future: [],
    });
  },
}));

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys that are not the world: what the analyses of the world never read. */
const NOT_ANALYSED: ReadonlySet<string> = new Set(OUTSIDE_WORLD_FIELDS);

function nextWorldRevision(state: ScenarioState, next: unknown): number {
  const a = state.document;
  const b = next;
  if (!isObject(a) || !isObject(b)) return state.worldRevision + 1;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Unchanged parts keep their identity (reuseUnchanged), so "did the world change?" is identity.
  for (const k of keys) if (!NOT_ANALYSED.has(k) && a[k] !== b[k]) return state.worldRevision + 1;
  return state.worldRevision;
}
