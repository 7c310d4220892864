import { ACCESS_LEVELS, type AccessLevel } from '../catalog';

/**
 * Access level summaries as the IAM console shows them: per service, each access level (List,
 * Read, Write, Permissions management, Tagging) is Full when every action of that level is
 * covered, Limited when some are; "Full access" when every action of the service is.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */

export interface LevelCount {
  level: AccessLevel;
  /** Actions of this level the policy (or principal) covers. */
  granted: number;
  /** Actions of this level the service has. */
  total: number;
}

/** Per-level counts for one service, every level the service has (in the console's order). */
export function countLevels(
  service: { actions: readonly { accessLevel: AccessLevel }[] },
  granted: Iterable<{ accessLevel: AccessLevel }>,
): LevelCount[] {
  const totals = new Map<AccessLevel, number>();
  const hits = new Map<AccessLevel, number>();
  for (const a of service.actions) totals.set(a.accessLevel, (totals.get(a.accessLevel) ?? 0) + 1);
  for (const a of granted) hits.set(a.accessLevel, (hits.get(a.accessLevel) ?? 0) + 1);
  const out: LevelCount[] = [];
  for (const level of ACCESS_LEVELS) {
    const total = totals.get(level) ?? 0;
    if (total > 0) out.push({ level, granted: Math.min(hits.get(level) ?? 0, total), total });
  }
  return out;
}

/** True when every action of every level is covered. */
export function isFullAccess(levels: readonly LevelCount[]): boolean {
  return levels.length > 0 && levels.every((l) => l.granted === l.total);
}

/** `Full access`, `Full: List, Read · Limited: Write`, or `None`. */
export function describeAccess(levels: readonly LevelCount[]): string {
  if (isFullAccess(levels)) return 'Full access';
  const full = levels.filter((l) => l.total > 0 && l.granted === l.total).map((l) => l.level);
  const limited = levels.filter((l) => l.granted > 0 && l.granted < l.total).map((l) => l.level);
  const parts: string[] = [];
  if (full.length > 0) parts.push(`Full: ${full.join(', ')}`);
  if (limited.length > 0) parts.push(`Limited: ${limited.join(', ')}`);
  return parts.length > 0 ? parts.join(' · ') : 'None';
}
