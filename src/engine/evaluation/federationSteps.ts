import { describePrincipal } from '../evaluatePolicy';
import type { EvaluationStep } from '../types';
import { allowed, CONTINUE, implicitDeny, type DecisionStep, type Verdict } from './decisionSteps';

/**
 * Federation: callers an identity provider authenticated (web identity, SAML), who hold no AWS
 * credentials and can only ask STS for a role; and federated users (sts:GetFederationToken), whose
 * credentials are an IAM user's, narrowed by the session policy the user passed.
 */

/** The one action each kind of federated caller can call. */
const FEDERATED_ACTION = {
  webIdentity: { lower: 'sts:assumerolewithwebidentity', name: 'sts:AssumeRoleWithWebIdentity' },
  saml: { lower: 'sts:assumerolewithsaml', name: 'sts:AssumeRoleWithSAML' },
} as const;

/**
 * STS rejects a web identity token whose audience the IAM OIDC provider does not list among its
 * client IDs, before any policy is read. Decided only when the scenario lists the client IDs and
 * the query gives the token's `aud`.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
 */
export const tokenAudience: DecisionStep = (r, _p, steps) => {
  const provider = r.provider;
  if (r.principal.type !== 'webIdentity' || provider?.type !== 'oidc' || provider.clientIds === undefined) return CONTINUE;
  const aud = r.context.get(`${provider.name}:aud`);
  if (aud === undefined) return CONTINUE;
  const audiences = (Array.isArray(aud) ? aud : [aud]).map(String);
  if (audiences.some((a) => provider.clientIds!.includes(a))) return CONTINUE;
  const listed = provider.clientIds.length > 0 ? provider.clientIds.map((c) => `\`${c}\``).join(', ') : 'no client IDs';
  steps.push({
    step: 'special',
    outcome: 'implicitDeny',
    detail: `identity provider ${provider.name} accepts ${listed}, not the token's audience ${audiences.map((a) => `\`${a}\``).join(', ')}: STS rejects the token before any policy is read`,
  });
  return implicitDeny();
};

/**
 * A web identity or SAML caller has no identity-based policies and may call only
 * sts:AssumeRoleWithWebIdentity or sts:AssumeRoleWithSAML: the role's trust policy alone decides,
 * and it must name the provider in `Principal.Federated`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html
 */
export const federatedCaller: DecisionStep = (r, p, steps) => {
  const type = r.principal.type;
  if (type !== 'webIdentity' && type !== 'saml') return CONTINUE;
  const who = describePrincipal(r.principal);
  const action = FEDERATED_ACTION[type];
  // Passing session tags or a source identity in that call is authorized as sts:TagSession and
  // sts:SetSourceIdentity on the role, by its trust policy alone, like the call itself.
  if (r.lowerAction !== action.lower && r.lowerAction !== 'sts:tagsession' && r.lowerAction !== 'sts:setsourceidentity') {
    steps.push({
      step: 'identity',
      outcome: 'implicitDeny',
      detail: `${who} holds no AWS credentials: it can only call ${action.name} on a role whose trust policy allows it`,
    });
    return implicitDeny();
  }
  if (p.resource?.outcome.allow) return allowed(p.resource.outcome.allows);
  steps.push({
    step: 'resource',
    outcome: 'implicitDeny',
    detail: r.targetRole
      ? p.resource
        ? `${p.resource.policy.label} does not allow ${who}, and no other policy can`
        : `role ${r.targetRole.name} has no trust policy, so nobody can assume it`
      : `\`${r.resource}\` is not a role of the scenario, so no trust policy can allow ${who}`,
  });
  return implicitDeny();
};

/**
 * The credentials sts:GetFederationToken returns cannot call IAM, nor STS except
 * sts:GetCallerIdentity, whatever the policies say.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
 */
export const federatedUserLimits: DecisionStep = (r, _p, steps) => {
  if (r.principal.type !== 'federatedUser') return CONTINUE;
  const iam = r.lowerAction.startsWith('iam:');
  if (!iam && !(r.lowerAction.startsWith('sts:') && r.lowerAction !== 'sts:getcalleridentity')) return CONTINUE;
  steps.push({
    step: 'special',
    outcome: 'implicitDeny',
    detail: `a federated user's credentials cannot call ${iam ? 'IAM' : 'STS (but sts:GetCallerIdentity)'}, whatever its policies allow`,
  });
  return implicitDeny();
};

/**
 * A federated user made without a session policy has no permissions of its own: only a
 * resource-based policy that names its session ARN can grant it anything.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html
 */
export function noSessionPolicy(steps: EvaluationStep[]): Verdict {
  steps.push({
    step: 'session',
    outcome: 'implicitDeny',
    detail:
      'sts:GetFederationToken was called without a session policy, so the federated user has no permissions but those a resource-based policy grants its own ARN',
  });
  return implicitDeny();
}
