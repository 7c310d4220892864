import { completePolicy, docsWantedAt, hoverPolicy } from '../analysis/completion';
import {
  accessDiff,
  exposureFindings,
  exposures,
  newAccessWithin,
  roleChainsFrom,
  whatIfSwitchedOff,
  whoCan,
  type DiffSide,
} from '../analysis/access';
import { contextToAllow } from '../analysis/discovery';
import { escalationPaths } from '../analysis/escalation';
import { effectivePermissions } from '../analysis/effectivePermissions';
import { expandActionPattern } from '../analysis/expandActions';
import { scenarioFindings } from '../analysis/findings';
import { summarizePolicy } from '../analysis/policySummary';
import type { ServiceDocs } from '../catalog';
import { loadAwsManagedPolicyData, loadAwsManagedPolicyIndex } from '../data/awsManagedPolicies';
import { loadServiceCatalog } from '../data/serviceCatalog';
import { loadServiceDocs } from '../data/serviceDocs';
import { compileScenario } from '../engine';
import { parseJson, querySchema, restoreScenario, worldPartOf, type ManagedPolicyCatalog } from '../model';
import { analysisPassFor, holdsPass } from './analysisPass';
import type { AnalysisAnswers, AnalysisRequest, AnalysisResponse, ManagedPolicyListing } from './analysisProtocol';

/**
 * What the analysis worker does with a request. Shared by the worker and the in-thread fallback.
 * The service catalog loads on the first request; prose for hovers and completions loads per
 * service, before answering, so the answer is complete the first time.
 */
export async function handleAnalysis(request: AnalysisRequest): Promise<AnalysisResponse> {
  try {
    if (
      'worldRevision' in request &&
      request.worldRevision !== undefined &&
      request.scenario === undefined &&
      !holdsPass(request.worldRevision)
    )
      return { id: request.id, ok: false, needWorld: true };
    return { id: request.id, ok: true, value: await answer(request) };
  } catch (e) {
    return { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const loadedDocs = new Map<string, ServiceDocs>();

async function docsFor(prefixes: readonly string[]): Promise<(prefix: string) => ServiceDocs | undefined> {
  await Promise.all(
    prefixes
      .map((p) => p.toLowerCase())
      .filter((p) => !loadedDocs.has(p))
      .map(async (p) => loadedDocs.set(p, await loadServiceDocs(p))),
  );
  return (prefix) => loadedDocs.get(prefix.toLowerCase());
}

async function answer(request: AnalysisRequest): Promise<AnalysisAnswers[AnalysisRequest['type']]> {
  const catalog = await loadServiceCatalog();
  switch (request.type) {
    case 'catalogInfo': {
      const managed = await loadAwsManagedPolicyData();
      return {
        source: catalog.source,
        updatedAt: catalog.updatedAt,
        services: catalog.services.length,
        actions: catalog.actionCount,
        managedPolicies: { source: managed.source, generated: managed.generated, count: managed.count },
      };
    }
    case 'findings': {
      const input = typeof request.scenario === 'string' ? safeParse(request.scenario) : request.scenario;
      const checks = scenarioFindings(input, catalog);
      if (request.worldRevision === undefined) return checks;
      const { compiled } = await analysisPassFor(request.worldRevision, input);
      if (!compiled) return checks;
      const outside = exposureFindings(exposures(compiled, (p) => expandActionPattern(p, catalog).actions.map((a) => a.id)));
      return [...checks, ...outside];
    }
    case 'complete': {
      const docs = await docsFor(docsWantedAt(request.text, request.offset, request.kind));
      return completePolicy(request.text, request.offset, request.kind, catalog, docs, request.names);
    }
    case 'hover': {
      const docs = await docsFor(docsWantedAt(request.text, request.offset, request.kind));
      return hoverPolicy(request.text, request.offset, request.kind, catalog, docs);
    }
    case 'summary':
      return summarizePolicy(request.document, catalog);
    case 'effective': {
      const { restored } = await analysisPassFor(request.worldRevision, request.scenario);
      if (!restored.ok) throw new Error(`the scenario has errors: ${restored.errors[0]?.message ?? 'invalid'}`);
      return effectivePermissions(restored, request.principal, request.resource, catalog, request.options);
    }
    case 'assumeEdges': {
      const pass = await analysisPassFor(request.worldRevision, request.scenario);
      return { definite: [...pass.definiteAssumeEdges()], conditional: [...pass.conditionalAssumeEdges()] };
    }
    case 'whoCan': {
      const input = (await analysisPassFor(request.worldRevision, request.scenario)).accessInput();
      if (!input) throw new Error('the scenario has errors: fix them to ask who can');
      const actions = /[*?]/.test(request.action)
        ? expandActionPattern(request.action, catalog).actions.map((a) => a.id)
        : [request.action];
      return whoCan(input, request.action, request.resource, actions);
    }
    case 'escalation': {
      const pass = await analysisPassFor(request.worldRevision, request.scenario);
      const input = pass.accessInput();
      if (!input) throw new Error('the scenario has errors: fix them to look for escalation paths');
      return escalationPaths({ ...input, catalog: pass.catalog }, request.principal);
    }
    case 'diff': {
      const pass = await analysisPassFor(request.worldRevision, request.scenario);
      const after = pass.accessInput();
      if (!after) throw new Error('the scenario has errors: fix them to see what the edit changes');
      const before = baselineSide(request.baseline, pass.catalog);
      return accessDiff(before, after, (pattern) => expandActionPattern(pattern, catalog).actions.map((a) => a.id));
    }
    case 'noNewAccess': {
      const pass = await analysisPassFor(request.worldRevision, request.scenario);
      const now = pass.accessInput();
      if (!now) throw new Error('the scenario has errors: fix them to check no new access');
      const before = baselineSide(request.baseline, pass.catalog);
      const expand = (pattern: string) => expandActionPattern(pattern, catalog).actions.map((a) => a.id);
      return request.scopes.map((scope) => newAccessWithin(before, now, scope, expand));
    }
    case 'whatIf': {
      const pass = await analysisPassFor(request.worldRevision, request.scenario);
      const now = pass.accessInput();
      if (!now) throw new Error('the scenario has errors: fix them to see what a policy does');
      const answer = whatIfSwitchedOff(now, request.off, pass.catalog, (pattern) =>
        expandActionPattern(pattern, catalog).actions.map((a) => a.id),
      );
      if (!answer.ok) throw new Error(answer.message);
      return answer.diff;
    }
    case 'roleChains': {
      const input = (await analysisPassFor(request.worldRevision, request.scenario)).accessInput();
      if (!input) throw new Error('the scenario has errors: fix them to follow role chains');
      const { reach } = roleChainsFrom(request.principal, input.assumeEdges);
      return [...reach].map(([role, hops]) => ({ role, hops: [...hops] }));
    }
    case 'discover': {
      const input = (await analysisPassFor(request.worldRevision, request.scenario)).accessInput();
      if (!input) throw new Error('the scenario has errors: fix them to see what would allow the query');
      const parsed = querySchema.safeParse(request.query);
      if (!parsed.success) throw new Error('the query is not complete yet');
      return contextToAllow(input, parsed.data);
    }
    case 'expand':
      return expandActionPattern(request.pattern, catalog);
    case 'managedPolicies': {
      return searchManagedPolicies(await loadAwsManagedPolicyIndex(), request.search, request.limit);
    }
  }
}

/** The editor's text as the findings read it: broken, or nested too deep, is nothing to check. */
function safeParse(text: string): unknown {
  const parsed = parseJson(text);
  return parsed.ok ? parsed.value : null;
}

/**
 * Every word of the search must appear in the name or the description; names that start with the
 * search come first, then names containing it, then description-only matches.
 */
export function searchManagedPolicies(
  all: readonly ManagedPolicyListing[],
  search: string,
  limit: number,
): AnalysisAnswers['managedPolicies'] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const q = words.join('');
  const scored: { p: ManagedPolicyListing; score: number }[] = [];
  for (const p of all) {
    const name = p.name.toLowerCase();
    const text = `${name} ${(p.description ?? '').toLowerCase()}`;
    if (!words.every((w) => text.includes(w))) continue;
    const score = q === '' ? 3 : name.startsWith(q) ? 0 : words.every((w) => name.includes(w)) ? 1 : 2;
    scored.push({ p, score });
  }
  // Among equally good matches the shorter name is the more general policy (S3ReadOnly before S3ExpressReadOnly).
  // Without a search the list is alphabetical, as people scan it.
  if (q === '') scored.sort((a, b) => a.p.name.localeCompare(b.p.name));
  else scored.sort((a, b) => a.score - b.score || a.p.name.length - b.p.name.length || a.p.name.localeCompare(b.p.name));
  return { total: scored.length, matches: scored.slice(0, limit).map((s) => s.p) };
}

/** The world of a baseline document the page sent, restored and compiled as the pass's world is. */
function baselineSide(baseline: unknown, catalog: ManagedPolicyCatalog): DiffSide {
  const restored = restoreScenario(worldPartOf(baseline), catalog);
  if (!restored.ok) throw new Error(`the baseline has errors: ${restored.errors[0]?.message ?? 'invalid'}`);
  return { scenario: restored.scenario, world: restored.world, compiled: compileScenario(restored.scenario, restored.world) };
}
