import type { WhoCanInput } from '../analysis/access';
import { conditionalAssumeEdges, type ConditionalAssumeEdge } from '../analysis/conditionalAssume';
import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import { compileScenario, computeAssumeEdges, type AssumeEdge, type CompiledScenario } from '../engine';
import { restoreScenario, type ManagedPolicyCatalog, type RestoreResult } from '../model';

/**
 * One analysis pass per world revision: the world is restored and compiled once, and what the
 * analyses derive from it (definite and conditional can-assume edges, effective permissions'
 * input) is computed at most once and shared, instead of every request restoring it again.
 * Queries are left out: no analysis of the world depends on them, and a half-typed query must not
 * take the world's analyses down with it.
 */
export interface AnalysisPass {
  restored: RestoreResult;
  compiled: CompiledScenario | null;
  /** The AWS managed policies the world was restored with: an analysis that edits the world restores it the same way. */
  catalog: ManagedPolicyCatalog;
  definiteAssumeEdges(): readonly AssumeEdge[];
  conditionalAssumeEdges(): readonly ConditionalAssumeEdge[];
  /** What who-can and escalation read: the compiled world and both kinds of can-assume edges; null while the world has errors. */
  accessInput(): WhoCanInput | null;
}

let last: { worldRevision: number; pass: Promise<AnalysisPass> } | null = null;

/** Whether the pass of `worldRevision` is held: a request of that revision may leave its world out. */
export function holdsPass(worldRevision: number): boolean {
  return last?.worldRevision === worldRevision;
}

/** The pass of `worldRevision` (the page's count of world changes): built on first use, then reused. */
export function analysisPassFor(worldRevision: number, scenario: unknown): Promise<AnalysisPass> {
  if (last?.worldRevision === worldRevision) return last.pass;
  const pass = buildPass(scenario);
  last = { worldRevision, pass };
  return pass;
}

async function buildPass(scenario: unknown): Promise<AnalysisPass> {
  const world = worldOnly(scenario);
  const catalog = await managedPolicyCatalogFor(world);
  const restored = restoreScenario(world, catalog);
  const compiled = restored.ok ? compileScenario(restored.scenario, restored.world) : null;
  let definite: readonly AssumeEdge[] | null = null;
  let conditional: readonly ConditionalAssumeEdge[] | null = null;
  const definiteAssumeEdges = () => (definite ??= compiled ? computeAssumeEdges(compiled) : []);
  const conditionalEdges = () =>
    (conditional ??= restored.ok ? conditionalAssumeEdges(restored.scenario, restored.world, definiteAssumeEdges()) : []);
  return {
    restored,
    compiled,
    catalog,
    definiteAssumeEdges,
    conditionalAssumeEdges: conditionalEdges,
    accessInput: () =>
      restored.ok && compiled
        ? { scenario: restored.scenario, world: restored.world, compiled, assumeEdges: [...definiteAssumeEdges(), ...conditionalEdges()] }
        : null,
  };
}

function worldOnly(scenario: unknown): unknown {
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return scenario;
  const { queries: _queries, ...world } = scenario as Record<string, unknown>;
  return world;
}
