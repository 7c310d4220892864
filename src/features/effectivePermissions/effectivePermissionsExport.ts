import type { EffectivePermissions, StatementTrace } from '../../analysis/effectivePermissionsTypes';
import { csvField } from '../../session/download';

/**
 * Effective permissions as files people keep: CSV for a spreadsheet (one row per action, allowed
 * and denied) and JSON for tools (the result itself, under a format marker).
 */

export const EFFECTIVE_PERMISSIONS_FORMAT = 'iam-playground/effective-permissions';

export const CSV_COLUMNS = [
  'service',
  'action',
  'access level',
  'decision',
  'resources',
  'missing context keys',
  'allowed by',
  'denied by',
  'limited by',
] as const;

/** `customer managed policy DenySecrets, statement 1 (DenyS3)` and, for people who open the scenario, its pointer. */
export function describeTrace(t: StatementTrace): string {
  const sid = t.sid ? ` (${t.sid})` : '';
  // An inline policy's label already names its owner (`inline policy x of group Developers`).
  const via = t.via && !t.policyLabel.endsWith(t.via) ? ` via ${t.via}` : '';
  const where = t.path ? ` at ${t.path}` : '';
  // People count statements from 1, as the console's JSON view numbers nothing and everyone says "the first".
  return `${t.policyLabel}${via}, statement ${t.statementIndex + 1}${sid}${where}`;
}

const joined = (traces: readonly StatementTrace[]) => traces.map(describeTrace).join('; ');

/** One row per action: every allowed action (by service and level), then every denied one. Lines end with CRLF. */
export function toCsv(result: EffectivePermissions): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const s of result.services) {
    for (const level of s.levels) {
      for (const a of level.actions) {
        rows.push([
          s.service,
          a.action,
          a.accessLevel,
          a.conditional ? 'allowed (conditional)' : 'allowed',
          a.resources.join(' '),
          a.missingContextKeys.join(' '),
          joined(a.allowedBy) || (a.note ?? ''),
          joined(a.conditionalDenies),
          joined(a.limitedBy),
        ]);
      }
    }
  }
  for (const d of result.denied) {
    rows.push([
      d.service,
      d.action,
      d.accessLevel,
      d.reason === 'explicitDeny' ? 'explicit deny' : `implicit deny (${d.reason})`,
      result.resource,
      '',
      joined(d.allowedBy),
      joined(d.deniedBy) || d.detail,
      '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface EffectivePermissionsDocument extends EffectivePermissions {
  format: typeof EFFECTIVE_PERMISSIONS_FORMAT;
  version: 1;
}

/** The result as a JSON document, with a format marker and version so a reader knows what it holds. */
export function toJsonDocument(result: EffectivePermissions): EffectivePermissionsDocument {
  return { format: EFFECTIVE_PERMISSIONS_FORMAT, version: 1, ...result };
}

/** The JSON document as text (two-space indent, trailing newline). */
export function toJson(result: EffectivePermissions): string {
  return `${JSON.stringify(toJsonDocument(result), null, 2)}\n`;
}
