import { isAwsManagedPolicyArn, type InlinePolicy, type PolicyDocument } from '../../model';
import type { Assembly } from './assembly';
import type { AccountDetails, ReadAttachment, ReadInline, ReadManagedPolicy, ReadRole } from './authorizationDetails';
import type { AccountSummary } from './importReport';

/**
 * One account's IAM entities into the scenario: every entity carries `account`, customer managed
 * policies are referred to by name (unique per account), AWS managed ones by ARN and only when the
 * playground's catalog has them. `pages` are the files of one account (one, unless AWS paginated).
 */
export function assembleAccount(assembly: Assembly, pages: readonly AccountDetails[]): AccountSummary {
  const account = pages[0]!.account;
  const summary: AccountSummary = {
    id: account,
    files: pages.map((p) => p.file),
    users: 0,
    groups: 0,
    roles: 0,
    serviceLinkedRoles: 0,
    managedPolicies: 0,
    inlinePolicies: 0,
  };

  const customer = new Map<string, ReadManagedPolicy>();
  for (const policy of pages.flatMap((p) => p.policies)) {
    if (isAwsManagedPolicyArn(policy.arn)) {
      compareWithCatalog(assembly, policy);
      continue;
    }
    if (customer.has(policy.arn)) {
      assembly.error(policy.place, `policy \`${policy.arn}\` is listed twice`);
      continue;
    }
    customer.set(policy.arn, policy);
    const document = policy.defaultVersion!;
    const at = ['policies', assembly.policies.length];
    assembly.from(at, policy.place);
    assembly.fromDocument([...at, 'document'], document.place, document.document);
    assembly.policies.push({
      name: policy.name,
      account,
      ...(policy.path !== '/' ? { path: policy.path } : {}),
      ...(policy.description ? { description: policy.description } : {}),
      document: asDocument(document.document.document),
    });
    summary.managedPolicies++;
  }

  /** The scenario's reference for an attached ARN; undefined when it cannot be kept (reported). */
  const refOf = (a: ReadAttachment, role: 'attachment' | 'boundary'): string | undefined => {
    if (isAwsManagedPolicyArn(a.arn)) {
      if (assembly.catalog.get(a.arn)) return a.arn;
      // A boundary left out would let the entity do more than AWS lets it: that is no import.
      if (role === 'boundary')
        assembly.error(a.place, `permissions boundary \`${a.arn}\` is not an AWS managed policy the playground knows`);
      else
        assembly.report('skipped', a.place, `\`${a.arn}\` is not an AWS managed policy the playground knows: this attachment is left out`);
      return undefined;
    }
    const policy = customer.get(a.arn);
    if (policy) return policy.name;
    assembly.error(
      a.place,
      `\`${a.arn}\` is not among this account's \`Policies\`: give the whole output of get-account-authorization-details (no \`--filter\`, every page)`,
    );
    return undefined;
  };
  const managedRefs = (list: readonly ReadAttachment[], base: (string | number)[]): string[] => {
    const refs: string[] = [];
    for (const a of list) {
      const ref = refOf(a, 'attachment');
      if (ref === undefined) continue;
      assembly.from([...base, refs.length], a.place);
      refs.push(ref);
    }
    return refs;
  };
  const inline = (list: readonly ReadInline[], base: (string | number)[]): InlinePolicy[] =>
    list.map((p, k) => {
      assembly.from([...base, k], { file: p.place.file, path: p.place.path.replace(/\/PolicyDocument$/, '') });
      assembly.fromDocument([...base, k, 'document'], p.place, p.document);
      summary.inlinePolicies++;
      return { name: p.name, document: asDocument(p.document.document) };
    });
  const boundary = (b: ReadAttachment | undefined, base: (string | number)[]): { permissionsBoundary?: string } => {
    if (!b) return {};
    const ref = refOf(b, 'boundary');
    if (ref === undefined) return {};
    assembly.from([...base, 'permissionsBoundary'], b.place);
    return { permissionsBoundary: ref };
  };

  for (const g of pages.flatMap((p) => p.groups)) {
    const at = ['groups', assembly.groups.length];
    assembly.from(at, g.place);
    const managedPolicies = managedRefs(g.attached, [...at, 'managedPolicies']);
    const inlinePolicies = inline(g.inline, [...at, 'inlinePolicies']);
    assembly.groups.push({
      name: g.name,
      account,
      ...(g.path !== '/' ? { path: g.path } : {}),
      ...(managedPolicies.length ? { managedPolicies } : {}),
      ...(inlinePolicies.length ? { inlinePolicies } : {}),
    });
    summary.groups++;
  }

  for (const u of pages.flatMap((p) => p.users)) {
    const at = ['users', assembly.users.length];
    assembly.from(at, u.place);
    u.groups.forEach((g, j) => assembly.from([...at, 'groups', j], g.place));
    const managedPolicies = managedRefs(u.attached, [...at, 'managedPolicies']);
    const inlinePolicies = inline(u.inline, [...at, 'inlinePolicies']);
    assembly.users.push({
      name: u.name,
      account,
      ...(u.path !== '/' ? { path: u.path } : {}),
      ...(u.groups.length ? { groups: u.groups.map((g) => g.name) } : {}),
      ...(managedPolicies.length ? { managedPolicies } : {}),
      ...(inlinePolicies.length ? { inlinePolicies } : {}),
      ...boundary(u.boundary, at),
      ...(u.tags && Object.keys(u.tags).length ? { tags: u.tags } : {}),
    });
    summary.users++;
  }

  for (const r of pages.flatMap((p) => p.roles)) {
    const at = ['roles', assembly.roles.length];
    assembly.from(at, r.place);
    if (r.trust) assembly.fromDocument([...at, 'trustPolicy'], r.trust.place, r.trust.document);
    const managedPolicies = managedRefs(r.attached, [...at, 'managedPolicies']);
    const inlinePolicies = inline(r.inline, [...at, 'inlinePolicies']);
    noteServiceLinked(assembly, r, summary);
    assembly.roles.push({
      name: r.name,
      account,
      ...(r.path !== '/' ? { path: r.path } : {}),
      ...(r.description ? { description: r.description } : {}),
      ...(r.trust ? { trustPolicy: asDocument(r.trust.document.document) } : {}),
      ...(managedPolicies.length ? { managedPolicies } : {}),
      ...(inlinePolicies.length ? { inlinePolicies } : {}),
      ...boundary(r.boundary, at),
      ...(r.tags && Object.keys(r.tags).length ? { tags: r.tags } : {}),
      ...(r.maxSessionDuration !== undefined ? { maxSessionDuration: r.maxSessionDuration } : {}),
    });
    summary.roles++;
  }

  const partition = pages[0]!.partition;
  if (partition !== 'aws') {
    assembly.report(
      'note',
      { file: pages[0]!.file, path: '' },
      `account ${account} is in the \`${partition}\` partition; the playground names entities with \`arn:aws:\` ARNs, so a policy that names \`arn:${partition}:\` ARNs will not match them`,
    );
  }
  return summary;
}

/**
 * Service-linked roles keep their path, `/aws-service-role/SERVICE/`, which is how the scenario
 * marks them: SCPs and RCPs do not restrict them
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html).
 */
function noteServiceLinked(assembly: Assembly, role: ReadRole, summary: AccountSummary): void {
  if (!role.path.startsWith('/aws-service-role/')) return;
  summary.serviceLinkedRoles++;
  assembly.report(
    'note',
    role.place,
    `role \`${role.name}\` is service-linked (path ${role.path}): kept, and exempt from SCPs and RCPs as in AWS`,
  );
}

/** An AWS managed policy as the account lists it, against the one the playground ships (which is the one evaluated). */
function compareWithCatalog(assembly: Assembly, policy: ReadManagedPolicy): void {
  const shipped = assembly.catalog.get(policy.arn);
  if (!shipped) {
    assembly.report(
      'skipped',
      policy.place,
      `AWS managed policy \`${policy.name}\` is not in the playground's catalog: attachments to it are left out`,
    );
    return;
  }
  const theirs = policy.defaultVersion;
  if (!theirs) return;
  const versionDiffers = theirs.id !== undefined && shipped.version !== undefined && theirs.id !== shipped.version;
  const documentDiffers = canonical(theirs.document.document) !== canonical(shipped.document);
  if (versionDiffers || documentDiffers) {
    assembly.report(
      'note',
      theirs.place,
      `AWS managed policy \`${policy.name}\`: the account shows ${theirs.id ?? 'a version'}, the playground ships ${shipped.version ?? 'another'}` +
        `${documentDiffers ? ' with a different document' : ''}; the playground's version is the one evaluated`,
    );
  }
}

/** JSON with sorted keys, to compare documents whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The document as read: an object whose shape the scenario's validation checks next, with the
 * whole scenario (and whose faults it reports at the source through the assembly's origins).
 */
function asDocument(value: Record<string, unknown>): PolicyDocument {
  return value as PolicyDocument;
}
