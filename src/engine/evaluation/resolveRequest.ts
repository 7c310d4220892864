import {
  findRole,
  parseArn,
  resourceEntryFor,
  type Query,
  type ResolvedIdentityProvider,
  type ResolvedOrganization,
  type ResolvedPolicy,
  type ResolvedRole,
  type ResolvedUser,
} from '../../model';
import type { CompiledScenario } from '../compileScenario';
import type { RequestPrincipal } from '../principalMatcher';
import { buildRequestContext, requestClock, resourceTagsFor, type RequestContext } from '../requestContext';
import { defaultKeyPolicy } from './defaultKeyPolicy';
import { resolvePrincipal } from './resolvePrincipal';

/** Actions governed by a role's trust policy when the resource is the role. */
const TRUST_ACTIONS = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
  'sts:setcontext',
]);

/** The request as the decision steps read it: who asks, for what, where, and under which context. */
export interface ResolvedRequest {
  action: string;
  /** Action names are case-insensitive: lower-cased once for the steps that look for one. */
  lowerAction: string;
  resource: string;
  principal: RequestPrincipal;
  /** The IAM user: the caller, or the one a federated user was made from. */
  user: ResolvedUser | undefined;
  role: ResolvedRole | undefined;
  /** A web identity or SAML caller's IAM identity provider. */
  provider: ResolvedIdentityProvider | undefined;
  /** Users, roles, federated users and the root user: the principals identity-based policies and SCPs are about. */
  isIamPrincipal: boolean;
  serviceLinked: boolean;
  /** The role an sts:AssumeRole-like action targets, when the scenario contains it. */
  targetRole: ResolvedRole | undefined;
  resourceAccount: string;
  /** The resource-based policy that governs the request: trust policy, key policy, bucket policy… */
  resourcePolicy: ResolvedPolicy | null;
  resourcePolicyRequired: boolean;
  /** An IAM principal asking about a resource of another account. */
  crossAccount: boolean;
  organization: ResolvedOrganization | null;
  context: RequestContext;
}

/** The query's request, or why its principal cannot ask it. */
export function resolveRequest(cs: CompiledScenario, query: Query): ResolvedRequest | string {
  const world = cs.world;
  const { action, resource } = query;
  const resolved = resolvePrincipal(cs, query);
  if (typeof resolved === 'string') return resolved;
  const { principal, user, role } = resolved;

  // Which resource-based policy governs the request, and in which account the resource lives.
  const lowerAction = action.toLowerCase();
  const targetRole = TRUST_ACTIONS.has(lowerAction) ? findRole(world, resource) : undefined;
  const entry = targetRole ? undefined : resourceEntryFor(world, resource);
  const arn = parseArn(resource);
  const resourceAccount =
    targetRole?.account ??
    entry?.account ??
    (arn && /^\d{12}$/.test(arn.account)
      ? arn.account
      : resource === '*'
        ? (principal.account ?? world.defaultAccount)
        : world.defaultAccount);
  const isKmsKey = arn?.service === 'kms' && arn.resource.startsWith('key/');
  const resourcePolicy: ResolvedPolicy | null = targetRole
    ? targetRole.trustPolicy
    : (entry?.policy ?? (isKmsKey ? cs.memo(`kms\u0000${resource}`, () => defaultKeyPolicy(resource, resourceAccount)) : null));
  // IAM role trust policies and KMS key policies must allow even within one account; a role the
  // scenario does not contain has no trust policy, so nobody can assume it.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
  const assumesRole = TRUST_ACTIONS.has(lowerAction) && arn?.service === 'iam' && arn.resource.startsWith('role/');
  const resourcePolicyRequired = assumesRole || isKmsKey;

  const context = buildRequestContext(
    world,
    query,
    { principal, resource, resourceAccount, resourceTags: resourceTagsFor(world, resource), region: arn?.region || undefined },
    resolved.context,
    // One clock reading per distinct `time` (and one "now") per compiled revision.
    (q) => cs.memo(`time\u0000${q.time ?? ''}`, () => requestClock(q)),
  );

  const isIamPrincipal =
    principal.type === 'user' || principal.type === 'role' || principal.type === 'root' || principal.type === 'federatedUser';
  return {
    action,
    lowerAction,
    resource,
    principal,
    user,
    role,
    provider: resolved.provider,
    isIamPrincipal,
    serviceLinked: role?.serviceLinked ?? false,
    targetRole,
    resourceAccount,
    resourcePolicy,
    resourcePolicyRequired,
    crossAccount: isIamPrincipal && principal.account !== resourceAccount,
    organization: world.organization,
    context,
  };
}
