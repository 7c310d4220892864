import { parseArn } from './arn';
import { BUILT_IN_WEB_IDENTITY_PROVIDERS } from './identityProviders';

/**
 * Who makes a request, as a query writes it (scenario-format.md, "Principals in queries").
 * A role ARN means a session of that role. A `webIdentity` or `saml` caller is someone an identity
 * provider authenticated, asking STS for a role (`provider`: the IAM provider's ARN, or the host of
 * a provider AWS knows, such as `accounts.google.com`); a `federatedUser` is the session
 * sts:GetFederationToken gives an IAM user.
 */
export type PrincipalRef =
  | { type: 'user'; arn: string; account: string }
  | { type: 'role'; roleArn: string; account: string; roleName: string; sessionName: string; sessionArn: string }
  | { type: 'root'; arn: string; account: string }
  | { type: 'service'; service: string }
  | { type: 'anonymous' }
  | { type: 'webIdentity'; provider: string; account: string | undefined }
  | { type: 'saml'; provider: string; account: string }
  | { type: 'federatedUser'; arn: string; account: string; name: string }
  | { type: 'invalid'; reason: string };

const BUILT_IN = new Set(BUILT_IN_WEB_IDENTITY_PROVIDERS);

export function parsePrincipalRef(text: string, defaultAccount: string, sessionName = 'session'): PrincipalRef {
  const t = text.trim();
  if (t === 'anonymous' || t === '*') return { type: 'anonymous' };
  // Before service principals: `cognito-identity.amazonaws.com` is a web identity provider, not a service.
  if (BUILT_IN.has(t)) return { type: 'webIdentity', provider: t, account: undefined };
  if (/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(t) || /^[a-z0-9.-]+\.amazon\.com$/.test(t)) return { type: 'service', service: t };
  const short = /^(user|role|oidc-provider|saml-provider|federated-user)\/(.+)$/.exec(t);
  if (short) {
    const [, kind, rest] = short as unknown as [string, string, string];
    if (kind === 'role') return roleSession(`arn:aws:iam::${defaultAccount}:role/${rest}`, defaultAccount, sessionName);
    const service = kind === 'federated-user' ? 'sts' : 'iam';
    return parsePrincipalRef(`arn:aws:${service}::${defaultAccount}:${kind}/${rest}`, defaultAccount, sessionName);
  }
  const arn = parseArn(t);
  // The message is pinned by the engine's characterization test: it reads the same as before federation.
  if (!arn)
    return {
      type: 'invalid',
      reason: `\`${t}\` is not a principal: use user/NAME, role/NAME, an IAM ARN, a service principal or \`anonymous\``,
    };
  if (arn.service === 'iam' && arn.resource === 'root') return { type: 'root', arn: t, account: arn.account };
  if (arn.service === 'iam' && arn.resource.startsWith('oidc-provider/') && arn.resource.length > 'oidc-provider/'.length)
    return { type: 'webIdentity', provider: t, account: arn.account };
  if (arn.service === 'iam' && arn.resource.startsWith('saml-provider/') && arn.resource.length > 'saml-provider/'.length)
    return { type: 'saml', provider: t, account: arn.account };
  if (arn.service === 'sts' && arn.resource.startsWith('federated-user/')) {
    const name = arn.resource.slice('federated-user/'.length);
    if (!/^[\w+=,.@-]{2,32}$/.test(name))
      return { type: 'invalid', reason: `\`${t}\` must be arn:aws:sts::ACCOUNT:federated-user/NAME, with a name of 2 to 32 characters` };
    return { type: 'federatedUser', arn: t, account: arn.account, name };
  }
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
