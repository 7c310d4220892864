import type { ServiceCatalog } from '../../catalog';
import { actionChecks } from './actionChecks';
import { createContext, type AnalysisContext } from './analysisContext';
import { conditionChecks } from './conditionChecks';
import { federationChecks } from './federationChecks';
import { grammarChecks } from './grammarChecks';
import { documentView, isObject } from './policyView';
import { resourceChecks } from './resourceChecks';
import { FindingSink } from './rules';
import { scenarioDocuments } from './scenarioDocuments';
import { securityChecks } from './securityChecks';
import { sizeChecks } from './sizeChecks';
import { suggestionChecks } from './suggestionChecks';
import { versionChecks } from './versionChecks';
import type { DocumentOptions, Finding, PolicyKind } from './types';

export type { DocumentOptions, Finding, FindingSeverity, PolicyKind } from './types';
export { FINDING_CODES, type FindingCode } from './rules';
export { scenarioDocuments, type ScenarioDocument } from './scenarioDocuments';

const CHECKS = [
  grammarChecks,
  versionChecks,
  actionChecks,
  resourceChecks,
  conditionChecks,
  securityChecks,
  federationChecks,
  suggestionChecks,
];

function analyze(
  document: unknown,
  kind: PolicyKind,
  basePath: string,
  ctx: AnalysisContext,
  options: DocumentOptions,
  sink: FindingSink,
): void {
  if (!isObject(document)) return; // not a document: the schema says so
  const doc = documentView(document, kind, basePath);
  for (const check of CHECKS) check(doc, ctx, sink);
  sizeChecks(doc, ctx, sink, options);
}

/** Severity order for equal paths: what blocks first. */
const RANK = { error: 0, security: 1, warning: 2, suggestion: 3 } as const;

/** Pointer order, with array indices compared as numbers (`…/Statement/2` before `…/Statement/10`). */
export function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (/^\d+$/.test(p) && /^\d+$/.test(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => comparePaths(a.path, b.path) || RANK[a.severity] - RANK[b.severity]);
}

/**
 * Findings for one policy document at `basePath` in the scenario, read as a policy of `kind`.
 * Never throws: what is not a policy document yields no findings.
 */
export function documentFindings(
  document: unknown,
  kind: PolicyKind,
  basePath: string,
  catalog: ServiceCatalog,
  options: DocumentOptions = {},
): Finding[] {
  const sink = new FindingSink();
  analyze(document, kind, basePath, createContext(catalog), options, sink);
  return sorted(sink.findings);
}

/**
 * Findings for every policy document of a raw scenario (parsed JSON, possibly invalid in places),
 * sorted by path. Caches are shared across the documents of the call.
 */
export function scenarioFindings(input: unknown, catalog: ServiceCatalog): Finding[] {
  const sink = new FindingSink();
  const ctx = createContext(catalog);
  for (const d of scenarioDocuments(input)) analyze(d.document, d.kind, d.path, ctx, d.options, sink);
  return sorted(sink.findings);
}
