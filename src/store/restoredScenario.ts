import {
  outsideWorldOf,
  permissiveCatalog,
  restoreOutsideWorld,
  restoreScenario,
  worldPartOf,
  type OutsideWorld,
  type RestoreResult,
  type Scenario,
  type ScenarioIssue,
  type World,
} from '../model';
import { EMPTY_SCENARIO, useScenarioStore, type ScenarioState } from './scenarioStore';

/**
 * Documents restored whole where they were opened (with the same catalog): their world is that
 * restore's, less the fields outside it. A well-formed whole restores to the same world as its
 * world part alone, since nothing outside the world takes part in resolving it.
 */
const restoredWhole = new WeakMap<object, Extract<RestoreResult, { ok: true }>>();

export function rememberRestored(document: Scenario, result: Extract<RestoreResult, { ok: true }>): void {
  restoredWhole.set(document, result);
}

/**
 * The open document as the views read it: typed, validated, every reference resolved — never the
 * raw object the user typed. The world is restored once per world revision (it is the expensive
 * part: 16 ms for 200 principals, 53 ms for 2,000); queries, title and layout are read on their own
 * on other revisions, so typing a query costs no restore.
 *
 * While the document cannot be read (the raw tab holds `"users": {}`), the views keep showing the
 * last state that could be read, marked not `current`, and the graph and forms do not edit it: an
 * edit computed from that state would land on a document of another shape.
 */
export interface RestoredScenario {
  scenario: Scenario;
  world: World;
  /** Whether `scenario` and `world` are the document as it is now. */
  current: boolean;
  /** What is wrong with the document as it is now: schema errors, or references that resolve to nothing. */
  errors: readonly ScenarioIssue[];
}

/**
 * What the world views (graph, entity list, pickers) read: the restored world without queries,
 * title or layout, so typing a query does not re-render them.
 */
export interface RestoredWorld {
  /** The world's fields only: no queries, title, description or layout. */
  scenario: Scenario;
  world: World;
  current: boolean;
}

interface WorldPart {
  generation: number;
  worldRevision: number;
  /** The world's fields, typed (no queries, title, description or layout). */
  scenario: Scenario | null;
  world: World | null;
  errors: ScenarioIssue[];
}

interface OutsidePart {
  fields: Record<string, unknown>;
  value: OutsideWorld | null;
  errors: ScenarioIssue[];
}

const EMPTY_WORLD = restoreWorld(EMPTY_SCENARIO, -1, -1);

let worldPart: WorldPart | null = null;
let outsidePart: OutsidePart | null = null;
let lastReadable: { scenario: Scenario; world: World } = { scenario: EMPTY_SCENARIO, world: EMPTY_WORLD.world! };
let restored: RestoredScenario = { ...lastReadable, current: true, errors: [] };
/** The world fields of `lastReadable` alone, and the view of them that `restoredWorldOf` hands out. */
let lastReadableWorld: Scenario = EMPTY_SCENARIO;
let worldView: RestoredWorld = { scenario: EMPTY_SCENARIO, world: EMPTY_WORLD.world!, current: true };

function restoreWorld(document: unknown, worldRevision: number, generation: number): WorldPart {
  const whole = typeof document === 'object' && document !== null ? restoredWhole.get(document) : undefined;
  if (whole) return { generation, worldRevision, scenario: worldPartOf(whole.scenario) as Scenario, world: whole.world, errors: [] };
  const result = restoreScenario(worldPartOf(document), permissiveCatalog);
  if (result.ok) return { generation, worldRevision, scenario: result.scenario, world: result.world, errors: [] };
  // Well shaped but inconsistent: drawn as far as it resolves, with the errors beside it.
  const { partial } = result;
  return { generation, worldRevision, scenario: partial?.scenario ?? null, world: partial?.world ?? null, errors: result.errors };
}

function restoreOutside(fields: Record<string, unknown>): OutsidePart {
  const result = restoreOutsideWorld(fields);
  return result.ok ? { fields, value: result.value, errors: [] } : { fields, value: null, errors: result.errors };
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The restored form of the store's document, the same object for as long as nothing it reads
 * changed — usable as a zustand selector without `useShallow`.
 */
export function restoredOf(state: Pick<ScenarioState, 'document' | 'worldRevision' | 'generation'>): RestoredScenario {
  if (worldPart !== null && worldPart.generation !== state.generation) {
    // Another scenario: if it cannot be read, its views show an empty world, not the last one's.
    lastReadable = { scenario: EMPTY_SCENARIO, world: EMPTY_WORLD.world! };
    lastReadableWorld = EMPTY_SCENARIO;
  }
  const worldChanged = worldPart === null || worldPart.worldRevision !== state.worldRevision || worldPart.generation !== state.generation;
  if (worldChanged) worldPart = restoreWorld(state.document, state.worldRevision, state.generation);
  const fields = outsideWorldOf(state.document);
  const outsideChanged = outsidePart === null || !sameFields(outsidePart.fields, fields);
  if (outsideChanged) outsidePart = restoreOutside(fields);
  if (!worldChanged && !outsideChanged) return restored;

  const w = worldPart!;
  const o = outsidePart!;
  const errors = [...w.errors, ...o.errors];
  if (w.scenario && w.world && o.value) {
    lastReadable = { scenario: { ...w.scenario, ...o.value }, world: w.world };
    lastReadableWorld = w.scenario;
    restored = { ...lastReadable, current: true, errors };
  } else {
    restored = { ...lastReadable, current: false, errors };
  }
  if (worldView.world !== restored.world || worldView.current !== restored.current) {
    worldView = { scenario: lastReadableWorld, world: restored.world, current: restored.current };
  }
  return restored;
}

/** The world part of `restoredOf`, the same object while the world and its readability stay. */
export function restoredWorldOf(state: Pick<ScenarioState, 'document' | 'worldRevision' | 'generation'>): RestoredWorld {
  restoredOf(state);
  return worldView;
}

/** The restored world, for the components that draw it. */
export function useRestoredWorld(): RestoredWorld {
  return useScenarioStore(restoredWorldOf);
}

/** The restored form of the open document, for components; re-renders only when it changes. */
export function useRestoredScenario(): RestoredScenario {
  return useScenarioStore(restoredOf);
}

/** The restored form of the open document now, for event handlers. */
export function currentRestored(): RestoredScenario {
  return restoredOf(useScenarioStore.getState());
}

// Derived on every change, not only when a view asks: "the last state that could be read" must be
// the last revision that could be read, even if no view rendered it (edits in quick succession).
useScenarioStore.subscribe((state) => void restoredOf(state));
