import { arnProblem } from './arn';
import { federatingUserIssues } from './federationChecks';
import { pointer, type ScenarioIssue } from './issues';
import { namesSessionFields, sessionFieldIssues } from './sessionChecks';
import { parsePrincipalRef, type PrincipalRef } from './principalRef';
import type { Query, Scenario } from './scenarioSchema';
import type { World } from './world';

type Principal = { ref: PrincipalRef; missing: 'user' | 'role' | null };

/**
 * The queries' own mistakes: a principal the scenario lacks, a malformed action, resource or time,
 * a session policy on something that is not a role. A scenario of 20,000 queries asks about a few
 * hundred principals and resources, so each distinct value is judged once; the message still names
 * every query that uses it.
 */
export function queryIssues(scenario: Scenario, world: World): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  // By session name, then principal text: no key string is built per query, and none can collide.
  const principals = new Map<string | undefined, Map<string, Principal>>();
  const resources = new Map<string, string | null>();
  const actions = new Map<string, boolean>();
  const times = new Map<string, boolean>();
  const queries = scenario.queries ?? [];
  // A plain loop with nothing made per query that passes: 20,000 queries are a third of a restore.
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i]!;
    let bySession = principals.get(q.sessionName);
    if (!bySession) principals.set(q.sessionName, (bySession = new Map()));
    let principal = bySession.get(q.principal);
    if (!principal) bySession.set(q.principal, (principal = judgePrincipal(q.principal, q.sessionName, world)));
    const { ref } = principal;
    if (ref.type === 'invalid') issues.push(queryError(i, 'principal', ref.reason));
    else if (principal.missing === 'user' && ref.type === 'user')
      issues.push(queryError(i, 'principal', `${labelOf(q, i)} asks about user \`${ref.arn}\`, which the scenario does not contain`));
    else if (principal.missing === 'role' && ref.type === 'role')
      issues.push(queryError(i, 'principal', `${labelOf(q, i)} asks about role \`${ref.roleArn}\`, which the scenario does not contain`));
    else if ((ref.type === 'webIdentity' || ref.type === 'saml') && ref.account !== undefined && !world.identityProviders.has(ref.provider))
      issues.push(
        queryError(
          i,
          'principal',
          `${labelOf(q, i)} asks about identity provider \`${ref.provider}\`, which the scenario does not define in \`identityProviders\``,
        ),
      );
    // Only a federated user, or a query that names a federating user, can have anything to say here.
    if (ref.type === 'federatedUser' || q.federatingUser !== undefined)
      for (const issue of federatingUserIssues(q, ref, world, labelOf(q, i)))
        issues.push({ path: pointer(['queries', i, issue.field]), message: issue.message, severity: issue.severity });
    // Most queries set no session field: no label is written for them (there may be 20,000).
    if (namesSessionFields(q))
      for (const issue of sessionFieldIssues(q, ref, labelOf(q, i)))
        issues.push({ path: pointer(['queries', i, issue.field]), message: issue.message, severity: issue.severity });
    let actionOk = actions.get(q.action);
    if (actionOk === undefined) actions.set(q.action, (actionOk = /^[a-zA-Z0-9-]+:[a-zA-Z0-9*?_-]+$/.test(q.action)));
    // A no-new-access assertion may cover every action.
    if (!actionOk && !(q.noNewAccess === true && q.action === '*'))
      issues.push(queryError(i, 'action', `\`${q.action}\` is not an action (expected service:Action, e.g. s3:GetObject)`));
    if (q.resource !== '*') {
      let problem = resources.get(q.resource);
      if (problem === undefined) resources.set(q.resource, (problem = arnProblem(q.resource)));
      if (problem) issues.push(queryError(i, 'resource', `${problem}; use \`*\` for actions that take no resource`));
    }
    if (q.time !== undefined) {
      let timeOk = times.get(q.time);
      if (timeOk === undefined) times.set(q.time, (timeOk = !Number.isNaN(Date.parse(q.time))));
      if (!timeOk) issues.push(queryError(i, 'time', `\`${q.time}\` is not an ISO 8601 date-time`));
    }
    if (q.sessionPolicy && ref.type !== 'role' && ref.type !== 'federatedUser')
      issues.push(
        queryError(i, 'sessionPolicy', 'session policies apply to role sessions and federated users only; the principal is neither'),
      );
  }
  return issues;
}

function queryError(index: number, field: string, message: string): ScenarioIssue {
  return { path: pointer(['queries', index, field]), message, severity: 'error' };
}

const labelOf = (q: Query, index: number) => (q.name ? `query \`${q.name}\`` : `query ${index}`);

function judgePrincipal(text: string, sessionName: string | undefined, world: World): Principal {
  const ref = parsePrincipalRef(text, world.defaultAccount, sessionName);
  const missing =
    ref.type === 'user' && !world.users.has(ref.arn) ? 'user' : ref.type === 'role' && !findRole(world, ref.roleArn) ? 'role' : null;
  return { ref, missing };
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
