import {
  federatingUserOf,
  findRole,
  parsePrincipalRef,
  type Query,
  type ResolvedIdentityProvider,
  type ResolvedRole,
  type ResolvedUser,
} from '../../model';
import type { CompiledScenario } from '../compileScenario';
import type { RequestPrincipal } from '../principalMatcher';
import { principalContext, type RequestContext } from '../requestContext';

/** Who is asking, as the scenario knows them. */
export interface Resolved {
  principal: RequestPrincipal;
  /** The keys this principal brings to every request's context. */
  context: RequestContext;
  /** The IAM user, for a user and for a federated user (whose permissions start from the user's). */
  user?: ResolvedUser;
  role?: ResolvedRole;
  /** The IAM identity provider of a web identity or SAML caller (none for built-in web identity providers). */
  provider?: ResolvedIdentityProvider;
  sessionName?: string;
}

/**
 * The query's caller, or why it cannot be one. Principals resolve once per compiled scenario: the
 * same caller asks many questions.
 */
export function resolvePrincipal(cs: CompiledScenario, query: Query): Resolved | string {
  // By principal text, in a table per session name, tags, source identity and federating user:
  // most queries have none of them, and then no key is built for them.
  const table =
    query.sessionName === undefined &&
    query.sessionTags === undefined &&
    query.sourceIdentity === undefined &&
    query.federatingUser === undefined
      ? 'principal'
      : `principal\u0000${query.sessionName ?? ''}\u0000${query.sessionTags ? JSON.stringify(query.sessionTags) : ''}\u0000${query.sourceIdentity === undefined ? '-' : `=${query.sourceIdentity}`}\u0000${query.federatingUser ?? ''}`;
  const known = cs.textTable<Resolved | string>(table);
  let resolved = known.get(query.principal);
  if (resolved === undefined) known.set(query.principal, (resolved = resolveWithContext(cs, query)));
  return resolved;
}

function resolveWithContext(cs: CompiledScenario, query: Query): Resolved | string {
  const r = resolvePrincipalUncached(cs, query);
  if (typeof r === 'string') return r;
  const { user, role, principal } = r;
  const context = principalContext(cs.world, query, {
    principal,
    principalTags: user?.tags ?? role?.tags ?? {},
    userName: user?.name,
    userId: userIdOf(r),
  });
  return { ...r, context };
}

function resolvePrincipalUncached(cs: CompiledScenario, query: Query): Omit<Resolved, 'context'> | string {
  const world = cs.world;
  const ref = parsePrincipalRef(query.principal, world.defaultAccount, query.sessionName);
  switch (ref.type) {
    case 'invalid':
      return ref.reason;
    case 'anonymous':
      return { principal: { type: 'anonymous', hasBoundary: false } };
    case 'service':
      return { principal: { type: 'service', service: ref.service, hasBoundary: false } };
    case 'root':
      return { principal: { type: 'root', arn: ref.arn, account: ref.account, hasBoundary: false } };
    case 'user': {
      const user = world.users.get(ref.arn);
      if (!user) return `user \`${ref.arn}\` does not exist in the scenario`;
      return { user, principal: { type: 'user', arn: user.arn, account: user.account, hasBoundary: user.boundary !== null } };
    }
    case 'role': {
      const role = findRole(world, ref.roleArn);
      if (!role) return `role \`${ref.roleArn}\` does not exist in the scenario`;
      return {
        role,
        sessionName: ref.sessionName,
        principal: { type: 'role', arn: ref.sessionArn, roleArn: role.arn, account: role.account, hasBoundary: role.boundary !== null },
      };
    }
    case 'webIdentity':
    case 'saml': {
      // A built-in web identity provider (accounts.google.com…) has no IAM provider to look up.
      const provider = ref.account === undefined ? undefined : world.identityProviders.get(ref.provider);
      if (ref.account !== undefined && !provider) return `identity provider \`${ref.provider}\` does not exist in the scenario`;
      return { provider, principal: { type: ref.type, provider: ref.provider, account: ref.account, hasBoundary: false } };
    }
    case 'federatedUser': {
      const user = federatingUserOf(world, query.federatingUser, ref.account);
      if (typeof user === 'string') return user;
      return {
        user,
        principal: { type: 'federatedUser', arn: ref.arn, account: ref.account, userArn: user.arn, hasBoundary: user.boundary !== null },
      };
    }
  }
}

/**
 * aws:userid as AWS sets it: the user's unique id, `ROLE-ID:SESSION` for role sessions, the
 * account for the root user, `ACCOUNT:NAME` for a federated user.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#principaltable
 */
function userIdOf(r: Omit<Resolved, 'context'>): string | undefined {
  const p = r.principal;
  if (p.type === 'federatedUser') return `${p.account}:${p.arn!.slice(p.arn!.lastIndexOf('/') + 1)}`;
  if (r.user) return r.user.userId;
  if (r.role) return `${r.role.roleId}:${r.sessionName}`;
  return p.type === 'root' ? p.account : undefined;
}
