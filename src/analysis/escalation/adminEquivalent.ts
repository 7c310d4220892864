import { evaluateQuery, type CompiledScenario } from '../../engine';

/**
 * Whether a principal is administrator-equivalent: allowed `iam:*`'s reach over its account — to
 * give any user, role or policy any permission — which is as good as `*` on `*`. Asked of the
 * engine on IAM resources that do not exist yet (so no grant to a named resource counts), for the
 * four actions that each alone let a principal write itself any permission.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html#jf_administrator
 */
const PROBES: readonly [action: string, kind: 'user' | 'role' | 'policy'][] = [
  ['iam:PutUserPolicy', 'user'],
  ['iam:AttachRolePolicy', 'role'],
  ['iam:PutRolePolicy', 'role'],
  ['iam:CreatePolicyVersion', 'policy'],
];

export function isAdminEquivalent(cs: CompiledScenario, principal: string, account: string): boolean {
  return PROBES.every(([action, kind]) => {
    const resource = `arn:aws:iam::${account}:${kind}/iam-playground-admin-probe`;
    return evaluateQuery(cs, { principal, action, resource, sessionName: 'escalation' }).decision === 'allowed';
  });
}
