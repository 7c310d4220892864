import { parseArn } from './arn';

/**
 * Who makes a request, as a query writes it (scenario-format.md, "Principals in queries").
 * A role ARN means a session of that role.
 */
export type PrincipalRef =
  | { type: 'user'; arn: string; account: string }
  | { type: 'role'; roleArn: string; account: string; roleName: string; sessionName: string; sessionArn: string }
  | { type: 'root'; arn: string; account: string }
  | { type: 'service'; service: string }
  | { type: 'anonymous' }
  | { type: 'invalid'; reason: string };

export function parsePrincipalRef(text: string, defaultAccount: string, sessionName = 'session'): PrincipalRef {
  const t = text.trim();
  if (t === 'anonymous' || t === '*') return { type: 'anonymous' };
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(t) || /^[a-z0-9.-]+\.amazon\.com$/.test(t)) return { type: 'service', service: t };
  const short = /^(user|role)\/(.+)$/.exec(t);
  if (short) {
    const [, kind, rest] = short as unknown as [string, 'user' | 'role', string];
    return kind === 'user'
      ? { type: 'user', arn: `arn:aws:iam::${defaultAccount}:user/${rest}`, account: defaultAccount }
      : roleSession(`arn:aws:iam::${defaultAccount}:role/${rest}`, defaultAccount, sessionName);
  }
  const arn = parseArn(t);
  if (!arn)
    return {
      type: 'invalid',
      reason: `\`${t}\` is not a principal: use user/NAME, role/NAME, an IAM ARN, a service principal or \`anonymous\``,
    };
  if (arn.service === 'iam' && arn.resource === 'root') return { type: 'root', arn: t, account: arn.account };
  if (arn.service === 'iam' && arn.resource.startsWith('user/')) return { type: 'user', arn: t, account: arn.account };
  if (arn.service === 'iam' && arn.resource.startsWith('role/')) return roleSession(t, arn.account, sessionName);
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    const parts = arn.resource.split('/');
    if (parts.length < 3) return { type: 'invalid', reason: `\`${t}\` must be arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` };
    const session = parts[parts.length - 1]!;
    const roleName = parts[parts.length - 2]!;
    // The session ARN drops the role's path; the scenario lookup restores it by name.
    return {
      type: 'role',
      roleArn: `arn:${arn.partition}:iam::${arn.account}:role/${roleName}`,
      account: arn.account,
      roleName,
      sessionName: session,
      sessionArn: t,
    };
  }
  return { type: 'invalid', reason: `\`${t}\` is not a principal the playground can evaluate` };
}

function roleSession(roleArn: string, account: string, sessionName: string): PrincipalRef {
  const roleName = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const partition = roleArn.split(':')[1] ?? 'aws';
  return {
    type: 'role',
    roleArn,
    account,
    roleName,
    sessionName,
    sessionArn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`,
  };
}
