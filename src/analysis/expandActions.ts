import type { AccessLevel, ActionInfo, ServiceCatalog } from '../catalog';

/**
 * `Action` and `NotAction` patterns turned into the catalog actions they stand for.
 *
 * IAM matches action names case-insensitively, `*` is any run of characters and `?` exactly one; a
 * pattern without a `service:` prefix matches nothing except `*` itself.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * `NotAction` matches every action except the ones listed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */

export interface ExpandedAction {
  /** `s3:GetObject`, spelled as the Service Authorization Reference spells it. */
  id: string;
  accessLevel: AccessLevel;
}

export interface ActionExpansion {
  pattern: string;
  /** Matching catalog actions, in catalog order. */
  actions: ExpandedAction[];
  /** Number of distinct services among `actions`. */
  services: number;
}

export interface NotActionExpansion {
  /** The `NotAction` patterns. */
  patterns: string[];
  /** Every catalog action none of the patterns matches, in catalog order. */
  actions: ExpandedAction[];
  services: number;
}

/** A pattern without wildcards names at most one action: a lookup instead of a scan. */
function expand(pattern: string, catalog: ServiceCatalog): readonly ActionInfo[] {
  if (/[*?]/.test(pattern)) return catalog.expandAction(pattern);
  const hit = pattern.includes(':') ? catalog.action(pattern) : undefined;
  return hit ? [hit] : [];
}

const brief = (a: ActionInfo): ExpandedAction => ({ id: a.id, accessLevel: a.accessLevel });

function countServices(actions: readonly ActionInfo[]): number {
  return new Set(actions.map((a) => a.service)).size;
}

/** The catalog actions one `Action` pattern matches (`s3:Get*`, `*`, `iam:?etUser`). */
export function expandActionPattern(pattern: string, catalog: ServiceCatalog): ActionExpansion {
  const actions = expand(pattern, catalog);
  return { pattern, actions: actions.map(brief), services: countServices(actions) };
}

/** The catalog actions any of `patterns` matches, once each, in catalog order. */
export function actionsMatchedBy(patterns: readonly string[], catalog: ServiceCatalog): Set<ActionInfo> {
  const hit = new Set<ActionInfo>();
  for (const p of patterns) for (const a of expand(p, catalog)) hit.add(a);
  if (patterns.length <= 1) return hit;
  // Several patterns can interleave services; keep the catalog's order for stable output.
  const ordered = new Set<ActionInfo>();
  for (const service of catalog.services) for (const a of service.actions) if (hit.has(a)) ordered.add(a);
  return ordered;
}

/** The complement within the catalog: every action that none of `patterns` matches. */
export function actionsNotMatchedBy(patterns: readonly string[], catalog: ServiceCatalog): ActionInfo[] {
  const excluded = actionsMatchedBy(patterns, catalog);
  const out: ActionInfo[] = [];
  for (const service of catalog.services) for (const a of service.actions) if (!excluded.has(a)) out.push(a);
  return out;
}

/** What a `NotAction` element covers: the catalog minus the actions its patterns match. */
export function expandNotAction(patterns: string | readonly string[], catalog: ServiceCatalog): NotActionExpansion {
  const list = typeof patterns === 'string' ? [patterns] : [...patterns];
  const actions = actionsNotMatchedBy(list, catalog);
  return { patterns: list, actions: actions.map(brief), services: countServices(actions) };
}

/** The catalog actions an `Action` (or, with `notAction`, a `NotAction`) element covers. */
export function actionsCoveredBy(patterns: readonly string[], notAction: boolean, catalog: ServiceCatalog): ActionInfo[] {
  return notAction ? actionsNotMatchedBy(patterns, catalog) : [...actionsMatchedBy(patterns, catalog)];
}
