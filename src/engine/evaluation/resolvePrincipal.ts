import { findRole, parsePrincipalRef, type Query, type ResolvedRole, type ResolvedUser } from '../../model';
import type { CompiledScenario } from '../compileScenario';
import type { RequestPrincipal } from '../principalMatcher';
import { principalContext, type RequestContext } from '../requestContext';

/** Who is asking, as the scenario knows them. */
export interface Resolved {
  principal: RequestPrincipal;
  /** The keys this principal brings to every request's context. */
  context: RequestContext;
  user?: ResolvedUser;
  role?: ResolvedRole;
  sessionName?: string;
}

/**
 * The query's caller, or why it cannot be one. Principals resolve once per compiled scenario: the
 * same caller asks many questions.
 */
export function resolvePrincipal(cs: CompiledScenario, query: Query): Resolved | string {
  // By principal text, in a table per session name and tags: most queries have neither, and then
  // no key is built for them.
  const table =
    query.sessionName === undefined && query.sessionTags === undefined
      ? 'principal'
      : `principal\u0000${query.sessionName ?? ''}\u0000${query.sessionTags ? JSON.stringify(query.sessionTags) : ''}`;
  return cs.memoText(table, query.principal, () => {
    const r = resolvePrincipalUncached(cs, query);
    if (typeof r === 'string') return r;
    const { user, role, principal } = r;
    const context = principalContext(cs.world, query, {
      principal,
      principalTags: user?.tags ?? role?.tags ?? {},
      userName: user?.name,
      userId: user ? user.userId : role ? `${role.roleId}:${r.sessionName}` : principal.type === 'root' ? principal.account : undefined,
    });
    return { ...r, context };
  });
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
  }
}
