import { parseArn, type OrganizationPolicy, type PolicyDocument } from '../../model';
import type { Assembly } from './assembly';
import type { ReadIdentityProvider } from './identityProviderOutputs';
import type { ReadOrganization } from './organizationOutputs';
import type { ReadResourcePolicy } from './resourcePolicyOutputs';

/**
 * The organization into the scenario: the root and OUs as `units` (AWS's own ids), every account
 * listed with its `unit`, SCPs and RCPs with their targets. Accounts that have an IAM file but are
 * not in the organization stay without a unit.
 */
export function assembleOrganization(assembly: Assembly, org: ReadOrganization): void {
  assembly.from(['organization'], org.place);
  const units = org.units.map((u, i) => {
    assembly.from(['organization', 'units', i], u.place);
    return { id: u.id, name: u.name, ...(u.parent !== undefined ? { parent: u.parent } : {}) };
  });
  for (const a of org.accounts) {
    const existing = assembly.accounts.findIndex((x) => x.id === a.id);
    const index = existing >= 0 ? existing : assembly.accounts.length;
    if (existing < 0) assembly.accounts.push({ id: a.id });
    const entry = assembly.accounts[index]!;
    entry.unit = a.unit;
    if (a.name && entry.alias === undefined) entry.alias = a.name;
    assembly.from(['accounts', index], a.place);
  }
  // An account read from its IAM file that the listings do not show is outside the organization.
  assembly.accounts.forEach((a, i) => {
    const origin = assembly.origins.get(`/accounts/${i}`);
    if (a.unit === undefined && a.id !== org.managementAccount && origin)
      assembly.report(
        'note',
        origin.place,
        `account ${a.id} is in no \`listAccountsForParent\`: imported outside the organization, so no SCP or RCP applies to it`,
      );
  });
  const policies: OrganizationPolicy[] = org.policies.map((p, i) => {
    const at = ['organization', 'policies', i];
    assembly.from(at, p.place);
    p.targets.forEach((t, j) => {
      assembly.from([...at, 'targets', j], t.place);
      // An account target the listings did not show still exists in AWS: list it, outside any unit.
      if (/^\d{12}$/.test(t.id) && !assembly.accounts.some((a) => a.id === t.id) && t.id !== org.managementAccount) {
        assembly.from(['accounts', assembly.accounts.length], t.place);
        assembly.accounts.push({ id: t.id });
        assembly.report(
          'note',
          t.place,
          `account ${t.id} is a target of ${p.type.toUpperCase()} \`${p.name}\` but no \`listAccountsForParent\` lists it: imported outside any unit`,
        );
      }
    });
    if (p.document) assembly.fromDocument([...at, 'document'], p.document.place, p.document.document);
    return {
      name: p.name,
      type: p.type,
      targets: p.targets.map((t) => t.id),
      ...(p.description ? { description: p.description } : {}),
      ...(p.document ? { document: p.document.document.document as PolicyDocument } : {}),
    };
  });
  assembly.organization = { ...(org.id ? { id: org.id } : {}), managementAccount: org.managementAccount, units, policies };
}

/** Resource-based policies into `resources`; an ARN without an account (S3) is placed with `account` when given. */
export function assembleResourcePolicies(
  assembly: Assembly,
  list: readonly ReadResourcePolicy[],
  defaultAccount: string | undefined,
): void {
  for (const r of list) {
    const at = ['resources', assembly.resources.length];
    assembly.from(at, r.entryPlace);
    assembly.fromDocument([...at, 'policy'], r.place, r.document);
    const arn = parseArn(r.arn);
    if (arn && arn.account === '' && r.account === undefined && assembly.accounts.length > 1 && defaultAccount) {
      assembly.report(
        'note',
        r.entryPlace,
        `\`${r.arn}\` names no account and the entry gives no \`account\`: it is taken to be in ${defaultAccount}, the scenario's default account`,
      );
    }
    assembly.resources.push({
      arn: r.arn,
      ...(r.account !== undefined ? { account: r.account } : {}),
      // The document's shape is checked with the whole scenario; faults are told at the source.
      policy: r.document.document as PolicyDocument,
    });
  }
}

/**
 * Identity providers into `identityProviders`, once per ARN: a provider listed by
 * list-open-id-connect-providers and described by get-open-id-connect-provider is one provider,
 * with the audiences the description gives; one only described is imported too (it exists).
 */
export function assembleIdentityProviders(assembly: Assembly, list: readonly ReadIdentityProvider[]): void {
  const index = new Map<string, number>();
  for (const p of list) {
    const known = index.get(p.arn);
    if (known !== undefined) {
      const existing = assembly.identityProviders[known]!;
      if (p.type === 'oidc' && p.clientIds !== undefined) {
        existing.clientIds = p.clientIds;
        assembly.from(['identityProviders', known], p.place);
      }
      continue;
    }
    index.set(p.arn, assembly.identityProviders.length);
    assembly.from(['identityProviders', assembly.identityProviders.length], p.place);
    assembly.identityProviders.push(
      p.type === 'oidc'
        ? { type: 'oidc', url: `https://${p.host}`, account: p.account, ...(p.clientIds !== undefined ? { clientIds: p.clientIds } : {}) }
        : { type: 'saml', name: p.name, account: p.account },
    );
  }
}
