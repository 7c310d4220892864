/**
 * What an import says about itself: the errors that stopped it, and the report of what was read,
 * skipped or not modelled. Every entry names the file as given and the JSON pointer inside it, so a
 * person can find the exact value in what AWS printed.
 */

/** A place in an input file: the file as the caller named it, a JSON pointer into its JSON. */
export interface SourcePlace {
  file: string;
  path: string;
}

/** A fault that makes the import fail: nothing of it is kept. */
export interface ImportError extends SourcePlace {
  message: string;
  /** 1-based, when the pointer could be found in the text. */
  line?: number;
  column?: number;
}

/**
 * - `skipped`: present in the input, left out of the scenario (with the reason);
 * - `not-modelled`: read and understood, but the scenario format has no place for it;
 * - `note`: imported, with something worth knowing (a service-linked role, a version difference).
 */
export type ReportEntryKind = 'skipped' | 'not-modelled' | 'note';

export interface ReportEntry extends SourcePlace {
  kind: ReportEntryKind;
  message: string;
}

export interface AccountSummary {
  id: string;
  /** The files this account was read from (several when AWS paginated the answer). */
  files: string[];
  users: number;
  groups: number;
  roles: number;
  serviceLinkedRoles: number;
  managedPolicies: number;
  inlinePolicies: number;
}

export interface ImportReport {
  accounts: AccountSummary[];
  organization: { units: number; accounts: number; scps: number; rcps: number } | null;
  resources: number;
  /** IAM identity providers (OpenID Connect and SAML) read from bundles. */
  identityProviders: { oidc: number; saml: number };
  entries: ReportEntry[];
}

export function emptyReport(): ImportReport {
  return { accounts: [], organization: null, resources: 0, identityProviders: { oidc: 0, saml: 0 }, entries: [] };
}

const KIND_LABEL: Record<ReportEntryKind, string> = { skipped: 'skipped', 'not-modelled': 'not modelled', note: 'note' };

/** The report as a person reads it in a terminal: totals first, then each entry where it applies. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const a of report.accounts) {
    lines.push(
      `account ${a.id} (${a.files.join(', ')}): ${count(a.users, 'user')}, ${count(a.groups, 'group')}, ` +
        `${count(a.roles, 'role')}${a.serviceLinkedRoles ? ` (${a.serviceLinkedRoles} service-linked)` : ''}, ` +
        `${count(a.managedPolicies, 'customer managed policy', 'customer managed policies')}, ${count(a.inlinePolicies, 'inline policy', 'inline policies')}`,
    );
  }
  if (report.organization) {
    const o = report.organization;
    lines.push(
      `organization: ${count(o.units, 'unit')} (root and OUs), ${count(o.accounts, 'account')}, ${count(o.scps, 'SCP')}, ${count(o.rcps, 'RCP')}`,
    );
  }
  if (report.resources > 0) lines.push(`resource policies: ${report.resources}`);
  const { oidc, saml } = report.identityProviders;
  if (oidc + saml > 0) lines.push(`identity providers: ${count(oidc, 'OpenID Connect', 'OpenID Connect')}, ${count(saml, 'SAML', 'SAML')}`);
  // What was left out first, then what to know, then the long tail of fields with no place in the format.
  const order: ReportEntryKind[] = ['skipped', 'note', 'not-modelled'];
  const sorted = order.flatMap((kind) => report.entries.filter((e) => e.kind === kind));
  for (const e of sorted) lines.push(`${KIND_LABEL[e.kind]}: ${e.file}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
  return lines.join('\n');
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
