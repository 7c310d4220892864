import {
  formatImportReport,
  type AccountSummary,
  type ImportError,
  type ImportReport,
  type ReportEntry,
  type ReportEntryKind,
} from '../../interop';
import type { ImportOutcome, ImportProgress } from '../../store/importStore';

/** What the progress card and the report dialog say, as pure functions of the import's state. */

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

export function progressText(progress: ImportProgress): string {
  if (progress.phase === 'importing') return `Importing ${files(progress.files)}…`;
  return `Reading ${files(progress.files)}… ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}`;
}

/** 0–100, or null while the import itself runs (it says nothing until it is done). */
export function progressPercent(progress: ImportProgress): number | null {
  if (progress.phase === 'importing') return null;
  return progress.total === 0 ? 100 : Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function accountLine(a: AccountSummary): string {
  return [
    count(a.users, 'user'),
    count(a.groups, 'group'),
    `${count(a.roles, 'role')}${a.serviceLinkedRoles ? ` (${a.serviceLinkedRoles} service-linked)` : ''}`,
    count(a.managedPolicies, 'customer managed policy', 'customer managed policies'),
    count(a.inlinePolicies, 'inline policy', 'inline policies'),
  ].join(' · ');
}

export function organizationLine(o: NonNullable<ImportReport['organization']>): string {
  return [`${count(o.units, 'unit')} (root and OUs)`, count(o.accounts, 'account'), count(o.scps, 'SCP'), count(o.rcps, 'RCP')].join(' · ');
}

export function identityProvidersLine(p: ImportReport['identityProviders']): string {
  return [`${p.oidc} OpenID Connect`, `${p.saml} SAML`].join(' · ');
}

export interface ReportSection {
  kind: ReportEntryKind;
  title: string;
  /** What the kind means, for someone reading it the first time. */
  hint: string;
  entries: ReportEntry[];
}

const SECTIONS: Omit<ReportSection, 'entries'>[] = [
  { kind: 'skipped', title: 'Skipped', hint: 'in the files, left out of the scenario — each with the reason' },
  { kind: 'note', title: 'Notes', hint: 'imported, with something worth knowing (service-linked roles are kept and marked)' },
  { kind: 'not-modelled', title: 'Not modelled', hint: 'read, but the scenario format has no place for them' },
];

/** The report's entries by kind — what was left out first, the long tail of unmodelled fields last — empty kinds omitted. */
export function reportSections(entries: readonly ReportEntry[]): ReportSection[] {
  return SECTIONS.map((s) => ({ ...s, entries: entries.filter((e) => e.kind === s.kind) })).filter((s) => s.entries.length > 0);
}

/** `prod.json:12:7`, or the file alone when the pointer could not be found in its text. */
export function errorPlace(e: ImportError): string {
  return e.line === undefined ? e.file : `${e.file}:${e.line}${e.column === undefined ? '' : `:${e.column}`}`;
}

/** The whole outcome as text, for the clipboard: the CLI's report, or its error lines. */
export function outcomeText(outcome: ImportOutcome): string {
  if (outcome.ok) return formatImportReport(outcome.report);
  const lines = outcome.errors.map((e) => `error: ${errorPlace(e)}${e.path ? ` ${e.path}` : ''}: ${e.message}`);
  return [...lines, `nothing imported: ${count(outcome.errors.length, 'error')}`].join('\n');
}
