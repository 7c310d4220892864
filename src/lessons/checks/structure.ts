import type { Scenario } from '../../model';
import type { StructureCheck } from '../lessonSchema';

type Entity = { name: string; managedPolicies?: string[]; inlinePolicies?: unknown[]; permissionsBoundary?: string | null };

function entitiesOf(scenario: Scenario, kind: 'user' | 'group' | 'role'): Entity[] {
  if (kind === 'user') return scenario.users ?? [];
  if (kind === 'group') return scenario.groups ?? [];
  return scenario.roles ?? [];
}

/** A reference names the policy by its name or by an ARN ending in it (`…:policy/path/Name`). */
function names(reference: string | null | undefined, policy: string): boolean {
  return reference === policy || (reference?.endsWith(`/${policy}`) ?? false);
}

/**
 * Whether a structural fact holds of the learner's scenario. Read from the restored scenario, so
 * a name means what the views show. An entity that no longer exists holds nothing ("attached to
 * the group" is false when the group is gone).
 */
export function structureHolds(check: StructureCheck, scenario: Scenario): boolean {
  const users = scenario.users ?? [];
  switch (check.test) {
    case 'attachedTo':
    case 'notAttachedTo': {
      const entity = entitiesOf(scenario, check.to).find((e) => e.name === check.name);
      const attached = entity?.managedPolicies?.some((p) => names(p, check.policy)) ?? false;
      return check.test === 'attachedTo' ? attached : !attached;
    }
    case 'memberOf':
      return users.some((u) => u.name === check.user && (u.groups ?? []).includes(check.group));
    case 'noAccessKeys':
      return users.filter((u) => check.user === undefined || u.name === check.user).every((u) => (u.accessKeys ?? []).length === 0);
    case 'noInlinePolicies': {
      const kinds = check.of ? [check.of] : (['user', 'group', 'role'] as const);
      return kinds
        .flatMap((k) => entitiesOf(scenario, k))
        .filter((e) => check.name === undefined || e.name === check.name)
        .every((e) => (e.inlinePolicies ?? []).length === 0);
    }
    case 'noUserPolicies':
      return users.every((u) => (u.managedPolicies ?? []).length === 0 && (u.inlinePolicies ?? []).length === 0);
    case 'consoleMfa':
      // Only people who sign in to the console need the console's MFA; a user without a password is fine.
      return users
        .filter((u) => check.user === undefined || u.name === check.user)
        .every((u) => u.console?.password !== true || u.console.mfa === true);
    case 'hasBoundary':
      return names(entitiesOf(scenario, check.of).find((e) => e.name === check.name)?.permissionsBoundary, check.policy);
    case 'scpAttached':
      return (scenario.organization?.policies ?? []).some(
        (p) => p.type === 'scp' && p.name === check.policy && (p.targets ?? []).includes(check.target),
      );
  }
}
