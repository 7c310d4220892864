import { BUILT_IN_WEB_IDENTITY_PROVIDERS, parsePrincipalRef, type PrincipalRef } from '../model';
import { matchPrincipal, type RequestPrincipal } from './principalMatcher';
import type { CompiledScenario } from './compileScenario';
import { evaluateQuery } from './evaluateQuery';

/** Who can assume which role, as the engine decides it (trust policy and the caller's permissions). */
export interface AssumeEdge {
  /** User ARN, role ARN, service principal, or identity provider (an IAM provider's ARN, a built-in's host). */
  from: string;
  /** Role ARN. */
  to: string;
}

/**
 * The STS action a caller assumes a role with: a web identity caller with
 * sts:AssumeRoleWithWebIdentity, a SAML caller with sts:AssumeRoleWithSAML, everyone else with
 * sts:AssumeRole. https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html
 */
export function assumeActionOf(principal: string, defaultAccount: string): string {
  const ref = parsePrincipalRef(principal, defaultAccount);
  return ref.type === 'webIdentity' ? 'sts:AssumeRoleWithWebIdentity' : ref.type === 'saml' ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRole';
}

/**
 * Every principal → role pair the scenario allows a role assumption for: users, roles (role
 * chaining), the service principals the trust policies name, and identity providers — the
 * scenario's SAML and OIDC providers and the built-in web identity providers trust policies name,
 * each asking with its own AssumeRoleWith* action. This is what the graph's "can assume" edges
 * show — computed, never drawn by hand.
 */
export function computeAssumeEdges(cs: CompiledScenario): AssumeEdge[] {
  const world = cs.world;
  const named = new Set<string>();
  for (const role of world.roles.values()) {
    const text = JSON.stringify(role.trustPolicy?.document ?? {});
    for (const service of text.match(/[a-z0-9.-]+\.amazonaws\.com/g) ?? []) named.add(service);
    for (const provider of BUILT_IN_WEB_IDENTITY_PROVIDERS) if (text.includes(`"${provider}"`)) named.add(provider);
  }
  const callers = [
    ...[...world.users.values()].map((u) => u.arn),
    ...[...world.roles.values()].map((r) => r.arn),
    ...named,
    ...world.identityProviders.keys(),
  ];
  const edges: AssumeEdge[] = [];
  const refs = new Map(callers.map((c) => [c, parsePrincipalRef(c, world.defaultAccount, 'graph')]));
  const stsAllows = new Map<string, boolean>();
  /** Whether any identity policy of a user or role has an Allow that could name an STS action. */
  const mayAllowSts = (arn: string): boolean => {
    let known = stsAllows.get(arn);
    if (known === undefined) {
      const policies = world.users.get(arn)?.policies ?? world.roles.get(arn)?.policies ?? [];
      known = cs.policies(policies).some((p) => [...(p.byService.get('sts') ?? []), ...p.anyService].some((st) => st.effect === 'Allow'));
      stsAllows.set(arn, known);
    }
    return known;
  };
  for (const role of world.roles.values()) {
    // A trust policy must allow every AssumeRole, so only callers one of its Allow statements could
    // name need a full evaluation; this keeps the graph live on scenarios with hundreds of users.
    const trust = role.trustPolicy
      ? cs.policy(role.trustPolicy).statements.filter((st) => st.effect === 'Allow' && st.principal !== undefined)
      : [];
    if (trust.length === 0) continue;
    for (const from of callers) {
      if (from === role.arn) continue;
      const ref = refs.get(from)!;
      if (ref.type === 'invalid') continue;
      const caller = requestPrincipalOf(ref);
      let named: 'no' | 'account' | 'directly' = 'no';
      for (const st of trust) {
        const match = st.notPrincipal ? 'direct' : matchPrincipal(st.principal!, caller);
        if (match === null) continue;
        named = match === 'account' ? 'account' : 'directly';
        if (named === 'directly') break;
      }
      if (named === 'no') continue;
      // A trust policy that names only the caller's account delegates to the account: the caller's
      // own policies must allow the call too, and most callers of a real account have no Allow for
      // STS at all. Skipping them is what keeps a 2,000-principal account's graph live.
      if (named === 'account' && !mayAllowSts(from)) continue;
      const action = assumeActionOf(from, world.defaultAccount);
      const result = evaluateQuery(cs, { principal: from, action, resource: role.arn, sessionName: 'graph' });
      if (result.decision === 'allowed') edges.push({ from, to: role.arn });
    }
  }
  return edges;
}

/** Enough of the caller to match Principal elements (boundaries do not matter for Allow). */
function requestPrincipalOf(ref: Exclude<PrincipalRef, { type: 'invalid' }>): RequestPrincipal {
  switch (ref.type) {
    case 'user':
    case 'root':
    case 'federatedUser':
      return { type: ref.type, arn: ref.arn, account: ref.account, hasBoundary: false };
    case 'role':
      return { type: 'role', arn: ref.sessionArn, roleArn: ref.roleArn, account: ref.account, hasBoundary: false };
    case 'service':
      return { type: 'service', service: ref.service, hasBoundary: false };
    case 'anonymous':
      return { type: 'anonymous', hasBoundary: false };
    case 'webIdentity':
    case 'saml':
      return { type: ref.type, provider: ref.provider, account: ref.account, hasBoundary: false };
  }
}
