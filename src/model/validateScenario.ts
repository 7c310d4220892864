import { arnProblem, parseArn } from './arn';
import { pointer, type ScenarioIssue } from './issues';
import type { ManagedPolicyCatalog } from './managedPolicyCatalog';
import type { PolicyDocument } from './policyDocumentSchema';
import { policyDocumentsOf, type PolicyDocumentRole } from './policyDocuments';
import { policyGrammarIssues, type DocumentRole } from './policyGrammar';
import { undefinedProviderWarnings } from './federationChecks';
import { quotaWarnings } from './quotas';
import { queryIssues } from './validateQueries';
import type { Scenario } from './scenarioSchema';
import { resolveWorld, type World } from './world';

/** Which grammar a document follows: session policies are identity-based; SCPs and RCPs share one. */
const GRAMMAR_ROLE: Record<PolicyDocumentRole, DocumentRole> = {
  identity: 'identity',
  session: 'identity',
  trust: 'trust',
  resource: 'resource',
  scp: 'organization',
  rcp: 'organization',
  organization: 'organization',
};

/**
 * Everything a well-shaped scenario can still get wrong: references, uniqueness, ARNs, policy
 * grammar, queries; plus AWS quotas as warnings. Returns the resolved world alongside, so callers
 * that go on to evaluate do not resolve twice.
 */
export function validateScenario(scenario: Scenario, catalog: ManagedPolicyCatalog): { issues: ScenarioIssue[]; world: World } {
  const issues: ScenarioIssue[] = [];
  const world = resolveWorld(scenario, catalog, issues);
  const error = (path: (string | number)[], message: string) => issues.push({ path: pointer(path), message, severity: 'error' });

  for (const d of policyDocumentsOf(scenario)) {
    // The scenario passed its schema, so every document found here is a policy document.
    if (d.document) issues.push(...policyGrammarIssues(d.document as PolicyDocument, GRAMMAR_ROLE[d.role], d.pointer));
  }
  (scenario.resources ?? []).forEach((r, i) => {
    const problem = arnProblem(r.arn);
    if (problem && parseArn(r.arn)) error(['resources', i, 'arn'], problem);
  });

  issues.push(...queryIssues(scenario, world));
  issues.push(...undefinedProviderWarnings(scenario, world));
  issues.push(...quotaWarnings(scenario));
  return { issues, world };
}

/**
 * What the queries can get wrong against a world already resolved: their session policies'
 * grammar and the queries themselves, in the order `validateScenario` reports them. The app's live
 * loop restores the world once and judges only this part on a keystroke in a query.
 */
export function queryPartIssues(scenario: Scenario, world: World): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  for (const d of policyDocumentsOf({ queries: scenario.queries })) {
    if (d.document) issues.push(...policyGrammarIssues(d.document as PolicyDocument, GRAMMAR_ROLE[d.role], d.pointer));
  }
  issues.push(...queryIssues(scenario, world));
  return issues;
}

export { findRole } from './validateQueries';
