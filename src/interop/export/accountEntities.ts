import { defaultAccountOf, entityPath, iamArn, isAccountId, isAwsManagedPolicyArn, type PolicyDocument, type Scenario } from '../../model';

/**
 * One account's IAM entities, the way the three exporters need them: references resolved to
 * "the customer managed policy of this name, created here" or "this ARN", service-linked roles
 * apart (AWS creates them from a service name), and notes on what a deployment cannot carry.
 */

/** A managed policy reference: one this export creates, or an existing ARN (AWS managed). */
export type PolicyRef = { customer: string } | { arn: string };

export interface ExportPolicy {
  name: string;
  path: string;
  description?: string;
  document: PolicyDocument;
}

export interface ExportInline {
  name: string;
  document: PolicyDocument;
}

export interface ExportGroup {
  name: string;
  path: string;
  managed: PolicyRef[];
  inline: ExportInline[];
}

export interface ExportUser {
  name: string;
  path: string;
  groups: string[];
  managed: PolicyRef[];
  inline: ExportInline[];
  boundary?: PolicyRef;
  tags: Record<string, string>;
}

export interface ExportRole {
  name: string;
  path: string;
  description?: string;
  trustPolicy: PolicyDocument;
  managed: PolicyRef[];
  inline: ExportInline[];
  boundary?: PolicyRef;
  tags: Record<string, string>;
  maxSessionDuration?: number;
}

/** `/aws-service-role/SERVICE/NAME`: created by naming the service, never with create-role. */
export interface ExportServiceLinkedRole {
  name: string;
  service: string;
  customSuffix?: string;
  description?: string;
}

export interface AccountEntities {
  account: string;
  title?: string;
  policies: ExportPolicy[];
  groups: ExportGroup[];
  users: ExportUser[];
  roles: ExportRole[];
  serviceLinkedRoles: ExportServiceLinkedRole[];
  /** What the export leaves out, for a person to read. */
  notes: string[];
}

export type AccountChoice = { ok: true; entities: AccountEntities } | { ok: false; message: string };

/**
 * The entities of `account` (or of the only account that has any) in a restored, valid scenario.
 * Exports are for one account at a time, as one deployment targets one account.
 */
export function accountEntities(scenario: Scenario, account?: string): AccountChoice {
  const fallback = defaultAccountOf(scenario);
  const accountOf = (e: { account?: string }) => e.account ?? fallback;
  const all = [...(scenario.policies ?? []), ...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])];
  const withEntities = [...new Set(all.map(accountOf))];
  if (account !== undefined && !isAccountId(account)) return { ok: false, message: `\`${account}\` is not an account id (12 digits)` };
  if (account === undefined) {
    if (withEntities.length === 0) return { ok: false, message: 'the scenario has no users, groups, roles or managed policies to export' };
    if (withEntities.length > 1)
      return {
        ok: false,
        message: `the scenario has IAM entities in ${withEntities.length} accounts (${withEntities.join(', ')}): choose one`,
      };
  } else if (!withEntities.includes(account)) {
    return {
      ok: false,
      message: `account ${account} has no users, groups, roles or managed policies in the scenario${withEntities.length ? ` (accounts with some: ${withEntities.join(', ')})` : ''}`,
    };
  }
  const chosen = account ?? withEntities[0]!;
  const mine = <T extends { account?: string }>(list: readonly T[] | undefined): T[] => (list ?? []).filter((e) => accountOf(e) === chosen);
  const notes: string[] = [];

  const policies: ExportPolicy[] = mine(scenario.policies).map((p) => ({
    name: p.name,
    path: entityPath(p.path),
    document: p.document,
    ...(p.description ? { description: p.description } : {}),
  }));
  const customerArns = new Map(policies.map((p) => [iamArn(chosen, 'policy', p.path, p.name), p.name]));
  const customerNames = new Set(policies.map((p) => p.name));
  /** A reference as the scenario spells it (a name in the account, or an ARN). */
  const refOf = (ref: string, owner: string): PolicyRef | undefined => {
    if (isAwsManagedPolicyArn(ref)) return { arn: ref };
    const name = ref.startsWith('arn:') ? customerArns.get(ref) : customerNames.has(ref) ? ref : undefined;
    if (name !== undefined) return { customer: name };
    notes.push(`${owner}: \`${ref}\` is a customer managed policy of another account, which IAM cannot attach here; left out`);
    return undefined;
  };
  const refsOf = (refs: readonly string[] | undefined, owner: string): PolicyRef[] =>
    (refs ?? []).flatMap((r) => {
      const ref = refOf(r, owner);
      return ref ? [ref] : [];
    });

  const groups: ExportGroup[] = mine(scenario.groups).map((g) => ({
    name: g.name,
    path: entityPath(g.path),
    managed: refsOf(g.managedPolicies, `group ${g.name}`),
    inline: g.inlinePolicies ?? [],
  }));

  const users: ExportUser[] = mine(scenario.users).map((u) => {
    const boundary = u.permissionsBoundary ? refOf(u.permissionsBoundary, `user ${u.name}`) : undefined;
    return {
      name: u.name,
      path: entityPath(u.path),
      groups: u.groups ?? [],
      managed: refsOf(u.managedPolicies, `user ${u.name}`),
      inline: u.inlinePolicies ?? [],
      tags: u.tags ?? {},
      ...(boundary ? { boundary } : {}),
    };
  });
  if (mine(scenario.users).some((u) => u.console || (u.accessKeys ?? []).length > 0))
    notes.push('console passwords, MFA devices and access keys are not exported: they are secrets AWS issues, not configuration');

  const roles: ExportRole[] = [];
  const serviceLinkedRoles: ExportServiceLinkedRole[] = [];
  for (const r of mine(scenario.roles)) {
    const path = entityPath(r.path);
    const service = /^\/aws-service-role\/([^/]+)\/$/.exec(path)?.[1];
    if (service) {
      // AWS names these roles AWSServiceRoleFor…, with `_SUFFIX` for services that allow several.
      const suffix = /_([^_]+)$/.exec(r.name)?.[1];
      serviceLinkedRoles.push({
        name: r.name,
        service,
        ...(suffix ? { customSuffix: suffix } : {}),
        ...(r.description ? { description: r.description } : {}),
      });
      continue;
    }
    if (!r.trustPolicy) {
      notes.push(`role ${r.name} has no trust policy, which AWS requires: left out`);
      continue;
    }
    const boundary = r.permissionsBoundary ? refOf(r.permissionsBoundary, `role ${r.name}`) : undefined;
    roles.push({
      name: r.name,
      path,
      trustPolicy: r.trustPolicy,
      managed: refsOf(r.managedPolicies, `role ${r.name}`),
      inline: r.inlinePolicies ?? [],
      tags: r.tags ?? {},
      ...(r.description ? { description: r.description } : {}),
      ...(boundary ? { boundary } : {}),
      ...(r.maxSessionDuration !== undefined ? { maxSessionDuration: r.maxSessionDuration } : {}),
    });
  }
  if (serviceLinkedRoles.length > 0)
    notes.push('service-linked roles are created from their service name; AWS itself attaches their policies and trust');

  const elsewhere = all.length - (policies.length + groups.length + users.length + mine(scenario.roles).length);
  if (elsewhere > 0)
    notes.push(`${elsewhere} users, groups, roles and managed policies of other accounts are not in this export (one account at a time)`);
  const resources = (scenario.resources ?? []).filter((r) => r.policy).length;
  if (resources > 0)
    notes.push(`resource-based policies (${resources} in the scenario) are not exported: they belong to each service's resources`);
  if (scenario.organization) notes.push("the organization's SCPs and RCPs are not exported: deploy them from the management account");
  // A SAML provider needs its IdP's metadata document and an OIDC one its thumbprints, which the format does not hold.
  const providers = mine(scenario.identityProviders).length;
  if (providers > 0)
    notes.push(
      `identity providers (${providers} in this account) are not exported: create them with their metadata first, as the roles that trust them need them`,
    );

  return {
    ok: true,
    entities: {
      account: chosen,
      policies,
      groups,
      users,
      roles,
      serviceLinkedRoles,
      notes,
      ...(scenario.title ? { title: scenario.title } : {}),
    },
  };
}

/** The ARN a customer managed policy of this export will have. */
export function customerPolicyArn(entities: AccountEntities, name: string): string {
  const policy = entities.policies.find((p) => p.name === name);
  return iamArn(entities.account, 'policy', policy?.path, name);
}
