import { namedPrincipals, type World } from '../../model';

/** Someone who might make a request: as the engine's query principal names it. */
export interface Candidate {
  /** What the engine's query takes: an IAM ARN, a service principal, or `anonymous`. */
  principal: string;
  kind: 'user' | 'role' | 'root' | 'service' | 'anonymous';
  /** In one of the scenario's accounts (false: an outside account's root named in a policy). */
  inScenario: boolean;
}

/**
 * Everyone who could ask: the scenario's users and roles, the root user of each of its accounts
 * and of every account its policies name, the service principals its policies name, and anyone
 * at all (`anonymous`). People outside the scenario are represented by their account's root: a
 * policy that trusts an account trusts whoever that account lets in.
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
  out.push({ principal: 'anonymous', kind: 'anonymous', inScenario: false });
  return out;
}
