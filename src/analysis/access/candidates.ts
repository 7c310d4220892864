import { BUILT_IN_WEB_IDENTITY_PROVIDERS, namedPrincipals, statementsOf, type World } from '../../model';

/** Someone who might make a request: as the engine's query principal names it. */
export interface Candidate {
  /** What the engine's query takes: an IAM ARN, a service principal, an identity provider, or `anonymous`. */
  principal: string;
  kind: 'user' | 'role' | 'root' | 'service' | 'provider' | 'anonymous';
  /** In one of the scenario's accounts (false: an outside account's root named in a policy). */
  inScenario: boolean;
}

/**
 * Everyone who could ask: the scenario's users and roles, the root user of each of its accounts
 * and of every account its policies name, the service principals its policies name, the identity
 * providers (the scenario's, and the built-in web identity providers trust policies name: their
 * callers reach a resource only through the roles they assume), and anyone at all (`anonymous`).
 * People outside the scenario are represented by their account's root: a policy that trusts an
 * account trusts whoever that account lets in.
 */
export function candidatesOf(world: World): Candidate[] {
  const out: Candidate[] = [];
  for (const u of world.users.values()) out.push({ principal: u.arn, kind: 'user', inScenario: true });
  for (const r of world.roles.values()) out.push({ principal: r.arn, kind: 'role', inScenario: true });
  const accounts = new Set(world.accounts);
  const named = new Set<string>();
  const services = new Set<string>();
  const documents = [
    ...[...world.resources.values()].flatMap((r) => (r.policy ? [r.policy.document] : [])),
    ...[...world.roles.values()].flatMap((r) => (r.trustPolicy ? [r.trustPolicy.document] : [])),
  ];
  for (const document of documents) {
    for (const { principal, effect } of namedPrincipals(document).principals) {
      if (effect !== 'Allow') continue;
      if (principal.type === 'service') services.add(principal.service);
      else if (!accounts.has(principal.account)) named.add(principal.account);
    }
  }
  for (const account of accounts) out.push({ principal: `arn:aws:iam::${account}:root`, kind: 'root', inScenario: true });
  for (const account of [...named].sort()) out.push({ principal: `arn:aws:iam::${account}:root`, kind: 'root', inScenario: false });
  for (const service of [...services].sort()) out.push({ principal: service, kind: 'service', inScenario: false });
  for (const provider of world.identityProviders.keys()) out.push({ principal: provider, kind: 'provider', inScenario: true });
  for (const provider of builtInProvidersNamed(world)) out.push({ principal: provider, kind: 'provider', inScenario: false });
  out.push({ principal: 'anonymous', kind: 'anonymous', inScenario: false });
  return out;
}

/** The built-in web identity providers (`accounts.google.com`…) that some trust policy names in `Principal.Federated`. */
function builtInProvidersNamed(world: World): string[] {
  const named = new Set<string>();
  for (const role of world.roles.values()) {
    if (!role.trustPolicy) continue;
    for (const s of statementsOf(role.trustPolicy.document)) {
      const federated = s.Effect === 'Allow' && s.Principal && s.Principal !== '*' ? s.Principal.Federated : undefined;
      for (const value of federated === undefined ? [] : Array.isArray(federated) ? federated : [federated]) named.add(value);
    }
  }
  return BUILT_IN_WEB_IDENTITY_PROVIDERS.filter((p) => named.has(p));
}
