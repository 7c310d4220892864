import { pointer, type ScenarioIssue } from './issues';
import { statementPath, statementsOf } from './policyGrammar';
import { parsePrincipalRef, type PrincipalRef } from './principalRef';
import type { Query, Scenario } from './scenarioSchema';
import type { ResolvedUser, World } from './world';

/**
 * What a scenario can get wrong about federation: the IAM user behind a federated user, and
 * identity providers that trust policies name but the scenario does not define.
 */

/**
 * The IAM user that called sts:GetFederationToken for a federated user of `account`, or why there
 * is none. `federatingUser` is `user/NAME` (in the federated user's account) or a user ARN; the
 * federated user's ARN carries the account of the IAM user whose credentials made it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html
 */
export function federatingUserOf(world: World, federatingUser: string | undefined, account: string): ResolvedUser | string {
  if (federatingUser === undefined)
    return 'a federated user is the session of an IAM user: name the user that called sts:GetFederationToken in `federatingUser`';
  const ref = parsePrincipalRef(federatingUser, account);
  if (ref.type !== 'user') return `\`${federatingUser}\` is not an IAM user: write user/NAME or arn:aws:iam::ACCOUNT:user/NAME`;
  const user = world.users.get(ref.arn);
  if (!user) return `user \`${ref.arn}\` does not exist in the scenario`;
  if (user.account !== account)
    return `user \`${ref.arn}\` is in account ${user.account}, but the federated user's ARN names account ${account}: GetFederationToken makes federated users in the caller's own account`;
  return user;
}

/**
 * A federated user's query must name its IAM user (an error otherwise); `federatingUser` on a query
 * about another principal is ignored, and a warning says so (a form that switched the principal may
 * leave it behind).
 */
export function federatingUserIssues(
  q: Query,
  principal: PrincipalRef,
  world: World,
  label: string,
): { field: string; message: string; severity: ScenarioIssue['severity'] }[] {
  if (principal.type === 'federatedUser') {
    const user = federatingUserOf(world, q.federatingUser, principal.account);
    if (typeof user !== 'string') return [];
    return [{ field: q.federatingUser === undefined ? 'principal' : 'federatingUser', message: `${label}: ${user}`, severity: 'error' }];
  }
  if (q.federatingUser === undefined) return [];
  return [
    {
      field: 'federatingUser',
      message:
        '`federatingUser` names the IAM user behind a federated user (`federated-user/NAME`); this query asks about another principal, so it is ignored',
      severity: 'warning',
    },
  ];
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * A trust policy that names an IAM identity provider the scenario does not define: nobody can
 * assume the role through it (the provider is what authenticates the caller). A warning, not an
 * error: the scenario may model only part of an account, as it may name users of other accounts.
 */
export function undefinedProviderWarnings(scenario: Scenario, world: World): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  (scenario.roles ?? []).forEach((role, i) => {
    const doc = role.trustPolicy;
    if (!doc) return;
    const base = pointer(['roles', i, 'trustPolicy']);
    statementsOf(doc).forEach((st, j) => {
      const block = st.Principal ?? st.NotPrincipal;
      if (block === undefined || block === '*') return;
      const values = list(block.Federated);
      values.forEach((value, k) => {
        const ref = parsePrincipalRef(value, world.defaultAccount);
        if ((ref.type !== 'webIdentity' && ref.type !== 'saml') || ref.account === undefined) return;
        if (world.identityProviders.has(ref.provider)) return;
        const element = `${statementPath(doc, base, j)}/${st.Principal ? 'Principal' : 'NotPrincipal'}/Federated`;
        issues.push({
          path: Array.isArray(block.Federated) ? `${element}/${k}` : element,
          message: `identity provider \`${value}\` is not defined in \`identityProviders\`, so nobody can assume role \`${role.name}\` through it`,
          severity: 'warning',
        });
      });
    });
  });
  return issues;
}
