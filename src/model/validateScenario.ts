import { arnProblem, parseArn } from './arn';
import { pointer, type ScenarioIssue } from './issues';
import type { ManagedPolicyCatalog } from './managedPolicyCatalog';
import type { PolicyDocument } from './policyDocumentSchema';
import { policyDocumentsOf, type PolicyDocumentRole } from './policyDocuments';
import { policyGrammarIssues, type DocumentRole } from './policyGrammar';
import { federatingUserIssues, undefinedProviderWarnings } from './federationChecks';
import { parsePrincipalRef } from './principalRef';
import { quotaWarnings } from './quotas';
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

  (scenario.queries ?? []).forEach((q, i) => {
    const at = (field: string) => ['queries', i, field];
    const label = q.name ? `query \`${q.name}\`` : `query ${i}`;
    const principal = parsePrincipalRef(q.principal, world.defaultAccount, q.sessionName);
    if (principal.type === 'invalid') error(at('principal'), principal.reason);
    else if (principal.type === 'user' && !world.users.has(principal.arn)) {
      error(at('principal'), `${label} asks about user \`${principal.arn}\`, which the scenario does not contain`);
    } else if (principal.type === 'role' && !findRole(world, principal.roleArn)) {
      error(at('principal'), `${label} asks about role \`${principal.roleArn}\`, which the scenario does not contain`);
    } else if ((principal.type === 'webIdentity' || principal.type === 'saml') && principal.account !== undefined) {
      if (!world.identityProviders.has(principal.provider))
        error(
          at('principal'),
          `${label} asks about identity provider \`${principal.provider}\`, which the scenario does not define in \`identityProviders\``,
        );
    }
    for (const issue of federatingUserIssues(q, principal, world, label))
      issues.push({ path: pointer(at(issue.field)), message: issue.message, severity: issue.severity });
    if (!/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?_-]+$/.test(q.action))
      error(at('action'), `\`${q.action}\` is not an action (expected service:Action, e.g. s3:GetObject)`);
    if (q.resource !== '*') {
      const problem = arnProblem(q.resource);
      if (problem) error(at('resource'), `${problem}; use \`*\` for actions that take no resource`);
    }
    if (q.time !== undefined && Number.isNaN(Date.parse(q.time))) error(at('time'), `\`${q.time}\` is not an ISO 8601 date-time`);
    if (q.sessionPolicy && principal.type !== 'role' && principal.type !== 'federatedUser')
      error(at('sessionPolicy'), 'session policies apply to role sessions and federated users only; the principal is neither');
  });
  issues.push(...undefinedProviderWarnings(scenario, world));

  issues.push(...quotaWarnings(scenario));
  return { issues, world };
}

/** A role by ARN, also when the query names it without its path (as session ARNs do). */
export function findRole(world: World, roleArn: string) {
  const exact = world.roles.get(roleArn);
  if (exact) return exact;
  const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  if (!m) return undefined;
  for (const role of world.roles.values()) if (role.account === m[1] && role.name === m[2]) return role;
  return undefined;
}
