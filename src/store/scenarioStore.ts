import { produce, setAutoFreeze } from 'immer';
import { create } from 'zustand';
import type { Scenario } from '../model';
import { reuseUnchanged } from './reuseUnchanged';

/**
 * The open scenario document and its history. Every edit — graph, editor, queries — goes through
 * `update` or `replace`, so undo/redo covers them all. The document is the parsed scenario; whether
 * it is *valid* is the engine's answer (the evaluation store), so an edit is never lost for being
 * wrong.
 */
export interface ScenarioState {
  /** IndexedDB id of the open scenario; null for one opened from a link and not saved yet. */
  scenarioId: string | null;
  scenario: Scenario;
  /** Increases with every change; evaluations and saves are keyed by it. */
  revision: number;
  /**
   * Increases when the world changes (anything but queries, title, description and the graph's
   * layout), or another scenario opens: the analysis worker does one pass per world revision.
   */
  worldRevision: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Apply an edit to a copy of the document. */
  update(label: string, recipe: (draft: Scenario) => void): void;
  /** Replace the whole document (raw JSON edits, imports). */
  replace(label: string, next: Scenario): void;
  undo(): void;
  redo(): void;
  /** Open a different scenario: history starts afresh. */
  open(scenarioId: string | null, scenario: Scenario): void;
}

export interface HistoryEntry {
  label: string;
  scenario: Scenario;
}

const HISTORY_LIMIT = 200;

// Documents stay plain mutable JSON (the editor, import and the engine take them as they are).
setAutoFreeze(false);

export const EMPTY_SCENARIO: Scenario = { format: 'iam-playground/scenario', version: 1, title: 'Untitled scenario' };

export const useScenarioStore = create<ScenarioState>()((set, get) => ({
  scenarioId: null,
  scenario: EMPTY_SCENARIO,
  revision: 0,
  worldRevision: 0,
  past: [],
  future: [],
  update(label, recipe) {
    // Copy-on-write: only the path the recipe touches is copied; the rest stays the same objects.
    get().replace(label, produce(get().scenario, recipe));
  },
  replace(label, next) {
    const { scenario, past, revision } = get();
    const shared = reuseUnchanged(scenario, next);
    if (shared === scenario) return;
    set({
      scenario: shared,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), shared),
      past: [...past, { label, scenario }].slice(-HISTORY_LIMIT),
      future: [],
    });
  },
  undo() {
    const { past, future, scenario, revision } = get();
    const last = past[past.length - 1];
    if (!last) return;
    set({
      scenario: last.scenario,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), last.scenario),
      past: past.slice(0, -1),
      future: [{ label: last.label, scenario }, ...future],
    });
  },
  redo() {
    const { past, future, scenario, revision } = get();
    const next = future[0];
    if (!next) return;
    set({
      scenario: next.scenario,
      revision: revision + 1,
      worldRevision: nextWorldRevision(get(), next.scenario),
      past: [...past, { label: next.label, scenario }],
      future: future.slice(1),
    });
  },
  open(scenarioId, scenario) {
    set({ scenarioId, scenario, revision: get().revision + 1, worldRevision: get().worldRevision + 1, past: [], future: [] });
  },
}));

/** Keys that are not the world: what the analyses of the world never read. */
const NOT_ANALYSED = new Set(['queries', 'title', 'description', 'layout']);

function nextWorldRevision(state: ScenarioState, next: Scenario): number {
  const a = state.scenario as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Unchanged parts keep their identity (reuseUnchanged), so "did the world change?" is identity.
  for (const k of keys) if (!NOT_ANALYSED.has(k) && a[k] !== b[k]) return state.worldRevision + 1;
  return state.worldRevision;
}
