import type { RequestPrincipal } from '../../engine';
import { findRole, parsePrincipalRef, type ResolvedPolicy, type ResolvedRole, type ResolvedUser, type World } from '../../model';

/**
 * The principal as effective permissions needs it: who the engine will see (the same resolution
 * as a query's `principal`, scenario-format.md "Principals in queries"), and the policies that
 * apply to it on the identity side. The engine decides; this only tells the prefilter where grants
 * can come from and names the policies in traces.
 */
export interface PrincipalView {
  /** User, role or root ARN, service principal, or `anonymous`. */
  display: string;
  request: RequestPrincipal;
  user?: ResolvedUser;
  role?: ResolvedRole;
  /** Identity-based policies (the user's own, its groups', or the role's). */
  identity: ResolvedPolicy[];
  boundary: ResolvedPolicy | null;
  /** SCPs on the principal account's path, when they restrict it. */
  scps: ResolvedPolicy[];
}

export function resolvePrincipalView(world: World, principal: string, sessionName: string | undefined): PrincipalView | string {
  const ref = parsePrincipalRef(principal, world.defaultAccount, sessionName);
  const base = { identity: [], boundary: null, scps: [] };
  switch (ref.type) {
    case 'invalid':
      return ref.reason;
    case 'anonymous':
      return { ...base, display: 'anonymous', request: { type: 'anonymous', hasBoundary: false } };
    case 'service':
      return { ...base, display: ref.service, request: { type: 'service', service: ref.service, hasBoundary: false } };
    case 'root':
      return { ...base, display: ref.arn, request: { type: 'root', arn: ref.arn, account: ref.account, hasBoundary: false } };
    case 'user': {
      const user = world.users.get(ref.arn);
      if (!user) return `user \`${ref.arn}\` does not exist in the scenario`;
      return {
        display: user.arn,
        request: { type: 'user', arn: user.arn, account: user.account, hasBoundary: user.boundary !== null },
        user,
        identity: user.policies,
        boundary: user.boundary,
        scps: scpsOf(world, user.account, false),
      };
    }
    case 'role': {
      const role = findRole(world, ref.roleArn);
      if (!role) return `role \`${ref.roleArn}\` does not exist in the scenario`;
      return {
        display: role.arn,
        request: { type: 'role', arn: ref.sessionArn, roleArn: role.arn, account: role.account, hasBoundary: role.boundary !== null },
        role,
        identity: role.policies,
        boundary: role.boundary,
        scps: scpsOf(world, role.account, role.serviceLinked),
      };
    }
    // Neither has permissions to list: an identity provider's caller only assumes roles (their
    // permissions are the role's), and a federated user's are whatever session policy its user passes.
    case 'webIdentity':
    case 'saml':
      return `\`${ref.provider}\` authenticates callers who hold no AWS credentials: they can only assume a role, so ask about the role`;
    case 'federatedUser':
      return `a federated user's permissions depend on the session policy passed to sts:GetFederationToken: ask a query about \`${ref.arn}\` instead`;
  }
}

/**
 * SCPs restrict the IAM principals of member accounts, never the management account nor
 * service-linked roles. https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 */
function scpsOf(world: World, account: string, serviceLinked: boolean): ResolvedPolicy[] {
  const org = world.organization;
  if (!org || serviceLinked || account === org.managementAccount) return [];
  return (org.scpPaths.get(account) ?? []).flatMap((level) => level.policies);
}
