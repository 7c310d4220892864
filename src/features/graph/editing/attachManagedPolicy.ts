import type { IdentityCollection, IdentityRef } from '../../../store/managedPolicyPickerStore';
import { IAM_QUOTAS, type Scenario } from '../../../model';
import type { GraphEdit } from './editProposal';

const NOUN: Record<IdentityCollection, string> = { users: 'user', groups: 'group', roles: 'role' };

/** Every user, group and role, as the picker offers them to attach to. */
export function identitiesOf(scenario: Scenario): (IdentityRef & { label: string })[] {
  const out: (IdentityRef & { label: string })[] = [];
  for (const collection of ['users', 'groups', 'roles'] as const) {
    (scenario[collection] ?? []).forEach((e, index) => {
      const account = e.account ?? scenario.defaultAccount;
      out.push({ collection, index, label: `${NOUN[collection]} ${e.name}${account ? ` (${account})` : ''}` });
    });
  }
  return out;
}

/**
 * Attaching an AWS managed policy: the scenario stores only its ARN (the document comes from the
 * bundled catalog), so share links stay small. Refused when already attached, or when AWS's hard
 * limit of managed policies per identity is reached.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export function attachManagedPolicy(scenario: Scenario, target: IdentityRef, arn: string): GraphEdit {
  const entity = scenario[target.collection]?.[target.index];
  if (!entity) return { ok: false, reason: 'that identity is no longer in the scenario' };
  const name = arn.split('/').pop() ?? arn;
  const attached = entity.managedPolicies ?? [];
  if (attached.includes(arn)) return { ok: false, reason: `${name} is already attached to ${entity.name}` };
  if (attached.length >= IAM_QUOTAS.managedPoliciesPerEntityMax) {
    return {
      ok: false,
      reason: `${entity.name} already has ${attached.length} managed policies; AWS allows at most ${IAM_QUOTAS.managedPoliciesPerEntityMax}`,
    };
  }
  return {
    ok: true,
    label: `Attach ${name} to ${NOUN[target.collection]} ${entity.name}`,
    note:
      attached.length >= IAM_QUOTAS.managedPoliciesPerEntity
        ? `${entity.name} now has ${attached.length + 1} managed policies: above AWS's default quota of ${IAM_QUOTAS.managedPoliciesPerEntity} (it can be raised to ${IAM_QUOTAS.managedPoliciesPerEntityMax})`
        : undefined,
    recipe: (draft) => {
      const e = draft[target.collection]?.[target.index];
      if (e && e.name === entity.name && !(e.managedPolicies ?? []).includes(arn)) e.managedPolicies = [...(e.managedPolicies ?? []), arn];
    },
  };
}
