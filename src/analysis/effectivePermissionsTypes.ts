import type { AccessLevel } from '../catalog';
import type { ContextValue, PolicyDocument, PolicyKind } from '../model';

/**
 * The result types of effectivePermissions. Plain JSON data (no Maps, no classes, no undefined
 * that matters): the result crosses the worker boundary and is exported as JSON and CSV.
 */

export interface EffectivePermissionsOptions {
  /** Request context keys, as a query's `context` gives them; a value given here always wins. */
  context?: Record<string, ContextValue>;
  /** A session policy for a role session, as a query's `sessionPolicy`. */
  sessionPolicy?: PolicyDocument | null;
  /** The role session's name (default `session`). */
  sessionName?: string;
  /** The time of the requests (ISO 8601), as a query's `time`; default now. */
  time?: string;
  /**
   * For a resource ARN: keep only actions whose catalog resource types can name that ARN (default
   * true). Without it, every action that accepts `*` would be listed against, say, a bucket.
   */
  matchResourceType?: boolean;
  /** List the actions some statement allows but the evaluation denies (default true). */
  includeDenied?: boolean;
}

/** One statement of one policy, as the engine's explanation names it. */
export interface StatementTrace {
  policyId: string;
  policyName: string;
  /** `customer managed policy S3Read`, `permissions boundary DevBoundary`, `SCP DenyOutsideEU`. */
  policyLabel: string;
  kind: PolicyKind;
  /** How the policy reaches the principal: `group Developers`, `OU Workloads`. */
  via?: string;
  statementIndex: number;
  sid?: string;
  /** JSON pointer of the statement in the scenario; null for AWS managed and built-in policies. */
  path: string | null;
}

export interface EffectiveAction {
  /** `s3:GetObject`, catalog spelling. */
  action: string;
  accessLevel: AccessLevel;
  /**
   * Allowed only if the request carries suitable values for `missingContextKeys` (keys that the
   * request itself supplies, such as aws:SourceIp or aws:MultiFactorAuthPresent).
   */
  conditional: boolean;
  missingContextKeys: string[];
  /**
   * Where it is allowed: the chosen ARN, or (for `*`) the resource patterns it was found allowed
   * on, with policy variables resolved for this principal.
   */
  resources: string[];
  /** The statements that allow it: identity-based, resource-based, boundary and session policies. */
  allowedBy: StatementTrace[];
  /** Explicit denies that would apply unless the request avoids their conditions (conditional grants). */
  conditionalDenies: StatementTrace[];
  /** For `*`: Deny statements naming this action that only cover some resources or some requests. */
  limitedBy: StatementTrace[];
  /** Why no statement is listed: the root user's own account, or an action that needs no permission. */
  note?: string;
}

export interface LevelPermissions {
  level: AccessLevel;
  /** Allowed actions of this level (conditional ones included). */
  granted: number;
  /** Actions of this level the service has. */
  total: number;
  actions: EffectiveAction[];
}

export interface ServicePermissions {
  service: string;
  name: string;
  granted: number;
  total: number;
  /** `Full access`, `Full: List, Read · Limited: Write`. */
  access: string;
  /** Only the levels with at least one allowed action, in the console's order. */
  levels: LevelPermissions[];
}

/**
 * Why an action some statement allows is not allowed: an explicit deny, or a guardrail that does
 * not allow it (organization policies, permissions boundary, session policy, or the resource-based
 * policy a cross-account or trust/key-policy request needs).
 */
export type DenialReason = 'explicitDeny' | 'scp' | 'rcp' | 'boundary' | 'session' | 'resourcePolicy';

export interface DeniedAction {
  action: string;
  service: string;
  accessLevel: AccessLevel;
  reason: DenialReason;
  /** For `explicitDeny`: the statements that deny it. */
  deniedBy: StatementTrace[];
  /** The Allow statements that name it (the grant that was removed or capped). */
  allowedBy: StatementTrace[];
  /** The engine's own words for the deciding step. */
  detail: string;
}

export interface EffectivePermissionsTotals {
  /** Actions in the service catalog. */
  catalogActions: number;
  /** Actions some applicable Allow statement names (after the resource-type filter). */
  candidates: number;
  /** Actions dropped because no resource type of theirs can name the chosen ARN. */
  skippedByResourceType: number;
  /** Engine evaluations run (the conditional pass included). */
  evaluations: number;
  allowed: number;
  conditional: number;
  denied: number;
  /** Services with at least one allowed action. */
  services: number;
}

export interface EffectivePermissions {
  /** The principal as asked. */
  principal: string;
  /** What it resolved to: user, role or root ARN, service principal, `anonymous`; null when invalid. */
  principalArn: string | null;
  resource: string;
  /** `resource`: the engine's decision on that ARN; `anywhere`: what the principal could do somewhere (`*`). */
  mode: 'resource' | 'anywhere';
  /** Why nothing could be evaluated (unknown principal); null otherwise. */
  error: string | null;
  services: ServicePermissions[];
  denied: DeniedAction[];
  totals: EffectivePermissionsTotals;
}
