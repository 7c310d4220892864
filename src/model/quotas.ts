import { pointer, type ScenarioIssue } from './issues';
import type { PolicyDocument } from './policyDocumentSchema';
import type { Scenario } from './scenarioSchema';

/**
 * AWS quotas, reported as warnings: the scenario stays usable, but AWS would refuse it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const IAM_QUOTAS = {
  managedPolicyChars: 6144,
  userInlineChars: 2048,
  groupInlineChars: 5120,
  roleInlineChars: 10240,
  trustPolicyChars: 2048,
  groupsPerUser: 10,
  managedPoliciesPerEntity: 10,
  managedPoliciesPerEntityMax: 20,
} as const;

/** IAM does not count white space towards policy size. */
export function policySize(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s+/g, '').length;
}

export function quotaWarnings(scenario: Scenario): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const warn = (path: (string | number)[], message: string) => out.push({ path: pointer(path), message, severity: 'warning' });

  (scenario.policies ?? []).forEach((p, i) => {
    const size = policySize(p.document);
    if (size > IAM_QUOTAS.managedPolicyChars)
      warn(
        ['policies', i, 'document'],
        `managed policy \`${p.name}\` is ${size} characters; AWS allows ${IAM_QUOTAS.managedPolicyChars} (white space not counted)`,
      );
  });

  const entity = (kind: 'users' | 'groups' | 'roles', inlineLimit: number) => {
    (scenario[kind] ?? []).forEach((e, i) => {
      const inline = e.inlinePolicies ?? [];
      const total = inline.reduce((n, p) => n + policySize(p.document), 0);
      const noun = kind.slice(0, -1);
      if (total > inlineLimit)
        warn(
          [kind, i, 'inlinePolicies'],
          `the inline policies of ${noun} \`${e.name}\` total ${total} characters; AWS allows ${inlineLimit} per ${noun}`,
        );
      const managed = e.managedPolicies?.length ?? 0;
      if (managed > IAM_QUOTAS.managedPoliciesPerEntityMax) {
        warn(
          [kind, i, 'managedPolicies'],
          `${noun} \`${e.name}\` has ${managed} managed policies; AWS allows at most ${IAM_QUOTAS.managedPoliciesPerEntityMax}, even with a quota increase`,
        );
      } else if (managed > IAM_QUOTAS.managedPoliciesPerEntity) {
        warn(
          [kind, i, 'managedPolicies'],
          `${noun} \`${e.name}\` has ${managed} managed policies; the default quota is ${IAM_QUOTAS.managedPoliciesPerEntity} (up to ${IAM_QUOTAS.managedPoliciesPerEntityMax} on request)`,
        );
      }
    });
  };
  entity('users', IAM_QUOTAS.userInlineChars);
  entity('groups', IAM_QUOTAS.groupInlineChars);
  entity('roles', IAM_QUOTAS.roleInlineChars);

  (scenario.users ?? []).forEach((u, i) => {
    const n = u.groups?.length ?? 0;
    if (n > IAM_QUOTAS.groupsPerUser)
      warn(['users', i, 'groups'], `user \`${u.name}\` is in ${n} groups; AWS allows ${IAM_QUOTAS.groupsPerUser}`);
  });
  (scenario.roles ?? []).forEach((r, i) => {
    if (!r.trustPolicy) return;
    const size = policySize(r.trustPolicy);
    if (size > IAM_QUOTAS.trustPolicyChars)
      warn(
        ['roles', i, 'trustPolicy'],
        `the trust policy of role \`${r.name}\` is ${size} characters; AWS allows ${IAM_QUOTAS.trustPolicyChars} (4,096 on request)`,
      );
  });
  return out;
}
