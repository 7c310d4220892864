import { isAccountId, parseArn, s3BucketOfObject } from './arn';
import { pointer, type ScenarioIssue } from './issues';
import { isAwsManagedPolicyArn, type ManagedPolicyCatalog } from './managedPolicyCatalog';
import type { PolicyDocument } from './policyDocumentSchema';
import { resolveIdentityProviders, type ResolvedIdentityProvider } from './identityProviders';
import type { Scenario } from './scenarioSchema';
import { stableId } from './stableId';

/**
 * The scenario with every reference resolved: entities keyed by ARN, policies attached as objects,
 * the organization as a tree. Built once per scenario revision; the engine compiles from it and the
 * validator reports what could not be resolved.
 */

export type PolicyKind = 'identity' | 'boundary' | 'resource' | 'scp' | 'rcp' | 'session';

export interface ResolvedPolicy {
  /** Stable within a scenario: the managed policy ARN, or the JSON pointer of the document. */
  id: string;
  kind: PolicyKind;
  name: string;
  /** What the policy is, for people: `customer managed policy S3Read`, `inline policy of user alice`. */
  label: string;
  arn?: string;
  document: PolicyDocument;
  /** JSON pointer to the document inside the scenario; null for AWS managed policies. */
  documentPath: string | null;
  /** How it reaches the principal: e.g. `group Developers`, `OU Workloads`. */
  via?: string;
  /** Read-only in the editor (AWS managed, built-in organization policies). */
  readOnly?: boolean;
  /**
   * For a managed policy attached to a user, group or role: the reference as the document spells
   * it (a name or an ARN) and its place in `managedPolicies`, so a view can undo the attachment
   * without resolving the reference again.
   */
  attachment?: { ref: string; index: number };
}

export interface ResolvedGroup {
  arn: string;
  name: string;
  account: string;
  index: number;
  policies: ResolvedPolicy[];
}

export interface ResolvedUser {
  kind: 'user';
  arn: string;
  name: string;
  account: string;
  path: string;
  index: number;
  userId: string;
  tags: Record<string, string>;
  groups: ResolvedGroup[];
  /** Inline and managed policies of the user itself and of its groups. */
  policies: ResolvedPolicy[];
  boundary: ResolvedPolicy | null;
  mfa: boolean | undefined;
}

export interface ResolvedRole {
  kind: 'role';
  arn: string;
  name: string;
  account: string;
  path: string;
  index: number;
  roleId: string;
  tags: Record<string, string>;
  policies: ResolvedPolicy[];
  boundary: ResolvedPolicy | null;
  trustPolicy: ResolvedPolicy | null;
  /** Service-linked roles are exempt from SCPs and RCPs. */
  serviceLinked: boolean;
}

export interface ResolvedResource {
  arn: string;
  account: string;
  index: number;
  policy: ResolvedPolicy | null;
  tags: Record<string, string>;
}

export interface OrgLevel {
  /** Unit id or account id. */
  id: string;
  label: string;
  policies: ResolvedPolicy[];
}

export interface ResolvedOrganization {
  id: string;
  rootId: string;
  managementAccount: string;
  /** account id → its SCP path: root, OUs down to its unit, the account. */
  scpPaths: Map<string, OrgLevel[]>;
  rcpPaths: Map<string, OrgLevel[]>;
  /** account id → `o-…/r-…/ou-…/` as aws:PrincipalOrgPaths gives it. */
  orgPaths: Map<string, string>;
}

export interface World {
  defaultAccount: string;
  accounts: Set<string>;
  users: Map<string, ResolvedUser>;
  roles: Map<string, ResolvedRole>;
  groups: Map<string, ResolvedGroup>;
  resources: Map<string, ResolvedResource>;
  /** Customer managed policies by ARN. */
  managedPolicies: Map<string, ResolvedPolicy>;
  /** SAML and OIDC identity providers by ARN. */
  identityProviders: Map<string, ResolvedIdentityProvider>;
  organization: ResolvedOrganization | null;
}

export const FALLBACK_ACCOUNT = '123456789012';

export function entityPath(path: string | undefined): string {
  return path && path.length > 0 ? path : '/';
}

export function iamArn(account: string, kind: 'user' | 'role' | 'group' | 'policy', path: string | undefined, name: string): string {
  return `arn:aws:iam::${account}:${kind}${entityPath(path)}${name}`;
}

export function defaultAccountOf(scenario: Scenario): string {
  return scenario.defaultAccount ?? scenario.accounts?.[0]?.id ?? FALLBACK_ACCOUNT;
}

/** Built-in AWS Organizations policies that a scenario names without a document. */
const BUILT_IN_ORG_POLICIES: Record<string, PolicyDocument> = {
  FullAWSAccess: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  RCPFullAWSAccess: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
  },
};

export function resolveWorld(scenario: Scenario, catalog: ManagedPolicyCatalog, issues: ScenarioIssue[] = []): World {
  const error = (path: (string | number)[], message: string) => issues.push({ path: pointer(path), message, severity: 'error' });
  const defaultAccount = defaultAccountOf(scenario);
  const accounts = new Set<string>([defaultAccount]);

  const checkAccount = (value: string | undefined, path: (string | number)[]): string => {
    if (value === undefined) return defaultAccount;
    if (!isAccountId(value)) error(path, `account id \`${value}\` must be 12 digits`);
    accounts.add(value);
    return value;
  };
  if (scenario.defaultAccount !== undefined) checkAccount(scenario.defaultAccount, ['defaultAccount']);

  const seenAccounts = new Set<string>();
  (scenario.accounts ?? []).forEach((a, i) => {
    checkAccount(a.id, ['accounts', i, 'id']);
    if (seenAccounts.has(a.id)) error(['accounts', i, 'id'], `account \`${a.id}\` is listed twice`);
    seenAccounts.add(a.id);
  });

  // Names are unique per account and kind; IAM compares them case-insensitively.
  const uniqueNames = new Map<string, string>();
  const claimName = (kind: string, account: string, name: string, path: (string | number)[]) => {
    const key = `${kind}|${account}|${name.toLowerCase()}`;
    const first = uniqueNames.get(key);
    if (first !== undefined) error(path, `${kind} \`${name}\` already exists in account ${account} (at ${first})`);
    else uniqueNames.set(key, pointer(path));
  };

  // Customer managed policies.
  const managedPolicies = new Map<string, ResolvedPolicy>();
  const managedByName = new Map<string, ResolvedPolicy>();
  (scenario.policies ?? []).forEach((p, i) => {
    const account = checkAccount(p.account, ['policies', i, 'account']);
    claimName('managed policy', account, p.name, ['policies', i, 'name']);
    const arn = iamArn(account, 'policy', p.path, p.name);
    const resolved: ResolvedPolicy = {
      id: arn,
      kind: 'identity',
      name: p.name,
      label: `customer managed policy ${p.name}`,
      arn,
      document: p.document,
      documentPath: pointer(['policies', i, 'document']),
    };
    managedPolicies.set(arn, resolved);
    managedByName.set(`${account}|${p.name}`, resolved);
  });

  const resolvePolicyRef = (ref: string, account: string, path: (string | number)[]): ResolvedPolicy | null => {
    if (isAwsManagedPolicyArn(ref)) {
      const aws = catalog.get(ref);
      if (!aws) {
        error(path, `AWS managed policy \`${ref}\` is not one the playground knows`);
        return null;
      }
      return {
        id: aws.arn,
        kind: 'identity',
        name: aws.name,
        label: `AWS managed policy ${aws.name}`,
        arn: aws.arn,
        document: aws.document,
        documentPath: null,
        readOnly: true,
      };
    }
    if (ref.startsWith('arn:')) {
      const hit = managedPolicies.get(ref);
      if (!hit) error(path, `managed policy \`${ref}\` does not exist`);
      return hit ?? null;
    }
    const hit = managedByName.get(`${account}|${ref}`);
    if (!hit) error(path, `managed policy \`${ref}\` does not exist in account ${account}`);
    return hit ?? null;
  };

  const attach = (
    refs: string[] | undefined,
    account: string,
    base: (string | number)[],
    via: string | undefined,
    kind: PolicyKind = 'identity',
  ): ResolvedPolicy[] => {
    const out: ResolvedPolicy[] = [];
    const seen = new Set<string>();
    (refs ?? []).forEach((ref, i) => {
      const p = resolvePolicyRef(ref, account, [...base, i]);
      if (!p) return;
      if (seen.has(p.id)) {
        error([...base, i], `policy \`${ref}\` is attached twice`);
        return;
      }
      seen.add(p.id);
      out.push({ ...p, kind, via, attachment: { ref, index: i } });
    });
    return out;
  };

  const inline = (
    list: { name: string; document: PolicyDocument }[] | undefined,
    owner: string,
    base: (string | number)[],
    via: string | undefined,
  ): ResolvedPolicy[] => {
    const names = new Set<string>();
    return (list ?? []).map((p, i) => {
      if (names.has(p.name)) error([...base, i, 'name'], `inline policy \`${p.name}\` is defined twice on ${owner}`);
      names.add(p.name);
      const documentPath = pointer([...base, i, 'document']);
      return {
        id: documentPath,
        kind: 'identity' as const,
        name: p.name,
        label: `inline policy ${p.name} of ${owner}`,
        document: p.document,
        documentPath,
        via,
      };
    });
  };

  const boundaryOf = (ref: string | null | undefined, account: string, path: (string | number)[]): ResolvedPolicy | null => {
    if (ref === null || ref === undefined) return null;
    const p = resolvePolicyRef(ref, account, path);
    return p ? { ...p, kind: 'boundary', label: `permissions boundary ${p.name}` } : null;
  };

  // Groups.
  const groups = new Map<string, ResolvedGroup>();
  const groupsByName = new Map<string, ResolvedGroup>();
  (scenario.groups ?? []).forEach((g, i) => {
    const account = checkAccount(g.account, ['groups', i, 'account']);
    claimName('group', account, g.name, ['groups', i, 'name']);
    const arn = iamArn(account, 'group', g.path, g.name);
    const via = `group ${g.name}`;
    const group: ResolvedGroup = {
      arn,
      name: g.name,
      account,
      index: i,
      policies: [
        ...inline(g.inlinePolicies, via, ['groups', i, 'inlinePolicies'], via),
        ...attach(g.managedPolicies, account, ['groups', i, 'managedPolicies'], via),
      ],
    };
    groups.set(arn, group);
    groupsByName.set(`${account}|${g.name}`, group);
  });

  // Users.
  const users = new Map<string, ResolvedUser>();
  (scenario.users ?? []).forEach((u, i) => {
    const account = checkAccount(u.account, ['users', i, 'account']);
    claimName('user', account, u.name, ['users', i, 'name']);
    const arn = iamArn(account, 'user', u.path, u.name);
    const memberOf: ResolvedGroup[] = [];
    (u.groups ?? []).forEach((name, j) => {
      const g = groupsByName.get(`${account}|${name}`);
      if (!g) {
        const isUser = (scenario.users ?? []).some((other) => other.name === name);
        error(
          ['users', i, 'groups', j],
          isUser
            ? `\`${name}\` is a user, not a group: groups contain users only`
            : `group \`${name}\` does not exist in account ${account}`,
        );
        return;
      }
      if (memberOf.includes(g)) error(['users', i, 'groups', j], `user \`${u.name}\` is already a member of group \`${name}\``);
      else memberOf.push(g);
    });
    const owner = `user ${u.name}`;
    users.set(arn, {
      kind: 'user',
      arn,
      name: u.name,
      account,
      path: entityPath(u.path),
      index: i,
      userId: stableId('AIDA', arn),
      tags: u.tags ?? {},
      groups: memberOf,
      policies: [
        ...inline(u.inlinePolicies, owner, ['users', i, 'inlinePolicies'], undefined),
        ...attach(u.managedPolicies, account, ['users', i, 'managedPolicies'], undefined),
        ...memberOf.flatMap((g) => g.policies),
      ],
      boundary: boundaryOf(u.permissionsBoundary, account, ['users', i, 'permissionsBoundary']),
      mfa: u.console?.mfa,
    });
  });

  // Roles.
  const roles = new Map<string, ResolvedRole>();
  (scenario.roles ?? []).forEach((r, i) => {
    const account = checkAccount(r.account, ['roles', i, 'account']);
    claimName('role', account, r.name, ['roles', i, 'name']);
    const arn = iamArn(account, 'role', r.path, r.name);
    const owner = `role ${r.name}`;
    const trustPath = pointer(['roles', i, 'trustPolicy']);
    roles.set(arn, {
      kind: 'role',
      arn,
      name: r.name,
      account,
      path: entityPath(r.path),
      index: i,
      roleId: stableId('AROA', arn),
      tags: r.tags ?? {},
      policies: [
        ...inline(r.inlinePolicies, owner, ['roles', i, 'inlinePolicies'], undefined),
        ...attach(r.managedPolicies, account, ['roles', i, 'managedPolicies'], undefined),
      ],
      boundary: boundaryOf(r.permissionsBoundary, account, ['roles', i, 'permissionsBoundary']),
      trustPolicy: r.trustPolicy
        ? {
            id: trustPath,
            kind: 'resource',
            name: `${r.name} trust policy`,
            label: `trust policy of role ${r.name}`,
            arn,
            document: r.trustPolicy,
            documentPath: trustPath,
          }
        : null,
      serviceLinked: entityPath(r.path).startsWith('/aws-service-role/'),
    });
  });

  // Resources.
  const resources = new Map<string, ResolvedResource>();
  (scenario.resources ?? []).forEach((r, i) => {
    const arn = parseArn(r.arn);
    if (!arn) error(['resources', i, 'arn'], `\`${r.arn}\` is not an ARN (expected arn:partition:service:region:account:resource)`);
    if (resources.has(r.arn)) error(['resources', i, 'arn'], `resource \`${r.arn}\` is listed twice`);
    if (arn?.service === 'iam' && arn.resource.startsWith('role/')) {
      error(['resources', i, 'arn'], "a role's trust policy lives on the role (`roles[].trustPolicy`), not in `resources`");
    }
    const account =
      r.account !== undefined
        ? checkAccount(r.account, ['resources', i, 'account'])
        : arn && isAccountId(arn.account)
          ? arn.account
          : defaultAccount;
    accounts.add(account);
    const policyPath = pointer(['resources', i, 'policy']);
    resources.set(r.arn, {
      arn: r.arn,
      account,
      index: i,
      tags: r.tags ?? {},
      policy: r.policy
        ? {
            id: policyPath,
            kind: 'resource',
            name: `${r.arn} policy`,
            label: `resource-based policy of ${r.arn}`,
            arn: r.arn,
            document: r.policy,
            documentPath: policyPath,
          }
        : null,
    });
  });

  const identityProviders = resolveIdentityProviders(scenario, defaultAccount, error);
  for (const p of identityProviders.values()) accounts.add(p.account);
  const organization = scenario.organization ? resolveOrganization(scenario, accounts, error) : null;
  return { defaultAccount, accounts, users, roles, groups, resources, managedPolicies, identityProviders, organization };
}

function resolveOrganization(
  scenario: Scenario,
  accounts: Set<string>,
  error: (path: (string | number)[], message: string) => void,
): ResolvedOrganization {
  const org = scenario.organization!;
  if (!isAccountId(org.managementAccount))
    error(['organization', 'managementAccount'], `account id \`${org.managementAccount}\` must be 12 digits`);
  accounts.add(org.managementAccount);
  const units = new Map<string, { id: string; name: string; parent?: string }>();
  org.units.forEach((u, i) => {
    if (units.has(u.id)) error(['organization', 'units', i, 'id'], `unit \`${u.id}\` is listed twice`);
    units.set(u.id, { id: u.id, name: u.name ?? u.id, parent: u.parent });
  });
  const roots = org.units.filter((u) => u.parent === undefined);
  if (org.units.length > 0 && roots.length !== 1) {
    error(
      ['organization', 'units'],
      roots.length === 0
        ? 'the organization needs a root: one unit without `parent`'
        : `an organization has exactly one root; found ${roots.map((r) => `\`${r.id}\``).join(', ')}`,
    );
  }
  const rootId = roots[0]?.id ?? 'root';
  if (!units.has(rootId)) units.set(rootId, { id: rootId, name: 'Root' });
  org.units.forEach((u, i) => {
    if (u.parent !== undefined && !units.has(u.parent))
      error(['organization', 'units', i, 'parent'], `parent unit \`${u.parent}\` does not exist`);
  });

  const accountUnit = new Map<string, string>();
  (scenario.accounts ?? []).forEach((a, i) => {
    if (a.unit === undefined) return;
    if (!units.has(a.unit)) error(['accounts', i, 'unit'], `organizational unit \`${a.unit}\` does not exist`);
    else accountUnit.set(a.id, a.unit);
  });
  // The management account sits at the root.
  if (!accountUnit.has(org.managementAccount)) accountUnit.set(org.managementAccount, rootId);

  const scps: { policy: ResolvedPolicy; targets: string[] }[] = [];
  const rcps: { policy: ResolvedPolicy; targets: string[] }[] = [];
  const names = new Set<string>();
  org.policies.forEach((p, i) => {
    if (names.has(`${p.type}|${p.name}`))
      error(['organization', 'policies', i, 'name'], `${p.type.toUpperCase()} \`${p.name}\` is defined twice`);
    names.add(`${p.type}|${p.name}`);
    const builtIn = BUILT_IN_ORG_POLICIES[p.name];
    if (!p.document && !builtIn) {
      error(
        ['organization', 'policies', i, 'document'],
        `${p.type.toUpperCase()} \`${p.name}\` needs a document (only FullAWSAccess and RCPFullAWSAccess are built in)`,
      );
      return;
    }
    if (!p.document && (p.name === 'FullAWSAccess') !== (p.type === 'scp')) {
      error(['organization', 'policies', i, 'type'], `the built-in \`${p.name}\` is an ${p.name === 'FullAWSAccess' ? 'SCP' : 'RCP'}`);
      return;
    }
    p.targets.forEach((t, j) => {
      if (!units.has(t) && !accounts.has(t) && !(scenario.accounts ?? []).some((a) => a.id === t)) {
        error(['organization', 'policies', i, 'targets', j], `\`${t}\` is neither an organizational unit nor an account`);
      }
    });
    const documentPath = p.document ? pointer(['organization', 'policies', i, 'document']) : null;
    const policy: ResolvedPolicy = {
      id: documentPath ?? `org:${p.type}:${p.name}`,
      kind: p.type,
      name: p.name,
      label: `${p.type.toUpperCase()} ${p.name}`,
      document: p.document ?? builtIn!,
      documentPath,
      readOnly: !p.document,
    };
    (p.type === 'scp' ? scps : rcps).push({ policy, targets: p.targets });
  });
  // RCPFullAWSAccess is attached everywhere and cannot be detached.
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
  const rcpFull: ResolvedPolicy = {
    id: 'org:rcp:RCPFullAWSAccess',
    kind: 'rcp',
    name: 'RCPFullAWSAccess',
    label: 'RCP RCPFullAWSAccess',
    document: BUILT_IN_ORG_POLICIES['RCPFullAWSAccess']!,
    documentPath: null,
    readOnly: true,
  };

  const orgId = org.id ?? `o-${hashLower(org.managementAccount)}`;
  const levelsFor = (accountId: string): { id: string; label: string }[] => {
    const chain: { id: string; label: string }[] = [];
    let unit = accountUnit.get(accountId);
    const guard = new Set<string>();
    while (unit !== undefined && !guard.has(unit)) {
      guard.add(unit);
      const u = units.get(unit);
      if (!u) break;
      chain.unshift({ id: u.id, label: u.parent === undefined ? `root ${u.name}` : `OU ${u.name}` });
      unit = u.parent;
    }
    if (guard.has(unit ?? '\u0000')) error(['organization', 'units'], 'the organizational units form a cycle');
    chain.push({ id: accountId, label: `account ${accountId}` });
    return chain;
  };

  const scpPaths = new Map<string, OrgLevel[]>();
  const rcpPaths = new Map<string, OrgLevel[]>();
  const orgPaths = new Map<string, string>();
  for (const accountId of accountUnit.keys()) {
    const levels = levelsFor(accountId);
    scpPaths.set(
      accountId,
      levels.map((l) => ({ ...l, policies: scps.filter((s) => s.targets.includes(l.id)).map((s) => ({ ...s.policy, via: l.label })) })),
    );
    rcpPaths.set(
      accountId,
      levels.map((l) => {
        const attached = rcps.filter((s) => s.targets.includes(l.id)).map((s) => ({ ...s.policy, via: l.label }));
        const hasFull = attached.some((p) => p.name === 'RCPFullAWSAccess' && p.readOnly);
        return { ...l, policies: hasFull ? attached : [{ ...rcpFull, via: l.label }, ...attached] };
      }),
    );
    orgPaths.set(
      accountId,
      `${orgId}/${levels
        .slice(0, -1)
        .map((l) => l.id)
        .join('/')}/`,
    );
  }
  return { id: orgId, rootId, managementAccount: org.managementAccount, scpPaths, rcpPaths, orgPaths };
}

function hashLower(seed: string): string {
  return stableId('', seed, 10).toLowerCase();
}

/** The `resources` entry governing an ARN: its own, else (S3 objects) its bucket's. */
export function resourceEntryFor(world: World, arn: string): ResolvedResource | undefined {
  const own = world.resources.get(arn);
  if (own) return own;
  const bucket = s3BucketOfObject(arn);
  return bucket ? world.resources.get(bucket) : undefined;
}
