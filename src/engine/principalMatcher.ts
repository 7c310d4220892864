import type { PrincipalBlock } from '../model';

/**
 * `Principal`/`NotPrincipal` in resource-based policies.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */

/** Who is asking, with every identity AWS can match them by. */
export interface RequestPrincipal {
  type: 'user' | 'role' | 'root' | 'service' | 'anonymous' | 'webIdentity' | 'saml' | 'federatedUser';
  /** The ARN the request is made with: user ARN, assumed-role session ARN, root ARN, federated user ARN. */
  arn?: string;
  /** The principal's account; for web identity and SAML callers, the identity provider's (if it is an IAM one). */
  account?: string;
  /** Role sessions: the role's ARN (with its path). */
  roleArn?: string;
  /** Federated users: the IAM user whose sts:GetFederationToken made the session. */
  userArn?: string;
  service?: string;
  /** Web identity and SAML callers: the provider that authenticated them (an IAM provider's ARN, or a built-in's host). */
  provider?: string;
  hasBoundary: boolean;
}

/** Callers an identity provider authenticated, before they hold any AWS credentials. */
export function isFederatedCaller(p: RequestPrincipal): boolean {
  return p.type === 'webIdentity' || p.type === 'saml';
}

/**
 * How a Principal element named the caller. The distinction matters in the same account: a grant
 * to the caller itself (`direct`) can allow on its own, a grant to the role (`role`) still answers
 * to the role's boundary and session policy, and a grant to the account (`account`) only delegates
 * to the account's identity-based policies. A federated user is named `role`-like through the IAM
 * user it was made from: such a grant, too, is limited by the session policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */
export type PrincipalMatch = 'direct' | 'role' | 'account';

const STRENGTH: Record<PrincipalMatch, number> = { account: 1, role: 2, direct: 3 };

export function strongest(a: PrincipalMatch | null, b: PrincipalMatch | null): PrincipalMatch | null {
  if (a === null) return b;
  if (b === null) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function accountOfRootForm(value: string): string | null {
  if (/^\d{12}$/.test(value)) return value;
  const m = /^arn:[a-z-]+:iam::(\d{12}):root$/.exec(value);
  return m ? m[1]! : null;
}

/** How `block` names `p`, if it does. */
export function matchPrincipal(block: PrincipalBlock, p: RequestPrincipal): PrincipalMatch | null {
  if (block === '*') return 'direct';
  let best: PrincipalMatch | null = null;
  for (const value of list(block.AWS)) {
    if (value === '*') return 'direct';
    // An identity provider's caller is no AWS principal yet: only `Federated` names it.
    if (p.type === 'service' || p.type === 'anonymous' || isFederatedCaller(p)) continue;
    const account = accountOfRootForm(value);
    if (account !== null) {
      if (account === p.account) best = strongest(best, p.type === 'root' ? 'direct' : 'account');
      continue;
    }
    if (p.arn !== undefined && value === p.arn) return 'direct';
    if (p.type === 'role' && value === p.roleArn) best = strongest(best, 'role');
    if (p.type === 'federatedUser' && value === p.userArn) best = strongest(best, 'role');
  }
  if (p.type === 'service') {
    for (const value of list(block.Service)) if (value === '*' || value === p.service) return 'direct';
  }
  // `Federated` names the provider exactly: IAM accepts no wildcard there.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
  if (isFederatedCaller(p)) {
    for (const value of list(block.Federated)) if (value === p.provider) return 'direct';
  }
  return best;
}

/**
 * The identities a caller is evaluated as: the account, then the role, then the session (or the
 * user). A `Deny` with `NotPrincipal` spares the caller only when every one of them is listed, which
 * is why AWS tells you to list the account and the role beside the session ARN.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
function layers(p: RequestPrincipal): ((block: PrincipalBlock) => boolean)[] {
  const named = (block: PrincipalBlock, test: (value: string) => boolean, field: 'AWS' | 'Service' | 'Federated' = 'AWS') =>
    block === '*' || list(block[field]).some((v) => v === '*' || test(v));
  switch (p.type) {
    case 'anonymous':
      return [(b) => b === '*' || list(b.AWS).includes('*')];
    case 'service':
      return [(b) => named(b, (v) => v === p.service, 'Service')];
    case 'root':
      return [(b) => named(b, (v) => accountOfRootForm(v) === p.account)];
    case 'user':
      return [(b) => named(b, (v) => accountOfRootForm(v) === p.account), (b) => named(b, (v) => v === p.arn)];
    case 'role':
      return [
        (b) => named(b, (v) => accountOfRootForm(v) === p.account),
        (b) => named(b, (v) => v === p.roleArn),
        (b) => named(b, (v) => v === p.arn),
      ];
    case 'federatedUser':
      return [(b) => named(b, (v) => accountOfRootForm(v) === p.account), (b) => named(b, (v) => v === p.arn)];
    case 'webIdentity':
    case 'saml':
      return [(b) => named(b, (v) => v === p.provider, 'Federated')];
  }
}

/** Whether a statement with `NotPrincipal: block` applies to `p`. */
export function notPrincipalApplies(block: PrincipalBlock, p: RequestPrincipal, effect: 'Allow' | 'Deny'): boolean {
  const checks = layers(p);
  if (effect === 'Deny') {
    // "NotPrincipal with Deny always denies a principal that has a permissions boundary."
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
    if (p.hasBoundary) return true;
    return !checks.every((listed) => listed(block));
  }
  return !checks.some((listed) => listed(block));
}
