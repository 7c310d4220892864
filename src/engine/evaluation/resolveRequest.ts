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
import type { RequestAction } from '../compilePolicy';
import type { CompiledScenario } from '../compileScenario';
import type { RequestPrincipal } from '../principalMatcher';
import { buildRequestContext, clockNow, givenClock, resourceTagsFor, type RequestClock, type RequestContext } from '../requestContext';
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
  /** The action's service prefix, lower-cased. */
  service: string;
  /** The action as the compiled scenario numbers it, for the policies' plans. */
  act: RequestAction;
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
  const act = cs.action(action);
  const lowerAction = act.lower;
  const targetRole = TRUST_ACTIONS.has(lowerAction) ? findRole(world, resource) : undefined;
  const facts = resourceFacts(cs, resource);
  const entry = targetRole ? undefined : facts.entry;
  const arn = facts.arn;
  const resourceAccount =
    targetRole?.account ??
    entry?.account ??
    facts.arnAccount ??
    (resource === '*' ? (principal.account ?? world.defaultAccount) : world.defaultAccount);
  const isKmsKey = arn?.service === 'kms' && arn.resource.startsWith('key/');
  const resourcePolicy: ResolvedPolicy | null = targetRole
    ? targetRole.trustPolicy
    : (entry?.policy ?? (isKmsKey ? cs.memoText('kms', resource, () => defaultKeyPolicy(resource, resourceAccount)) : null));
  // IAM role trust policies and KMS key policies must allow even within one account; a role the
  // scenario does not contain has no trust policy, so nobody can assume it.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
  const assumesRole = TRUST_ACTIONS.has(lowerAction) && arn?.service === 'iam' && arn.resource.startsWith('role/');
  const resourcePolicyRequired = assumesRole || isKmsKey;

  const context = buildRequestContext(
    world,
    query,
    { principal, resource, resourceAccount, resourceTags: facts.tags, region: arn?.region || undefined },
    resolved.context,
    // A query's own `time` is read once per compiled world. "Now" (no `time`, or one that does not
    // parse) is not kept there: a compiled world lives as long as the world is unchanged, hours of
    // editing queries in the app, and aws:CurrentTime must move on meanwhile.
    (query.time !== undefined && givenClockOnce(cs, query.time)) || clockNow(),
  );

  const isIamPrincipal =
    principal.type === 'user' || principal.type === 'role' || principal.type === 'root' || principal.type === 'federatedUser';
  return {
    action,
    lowerAction,
    service: act.service,
    act,
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

/** What a resource ARN says by itself, the same for every request about it: read once per revision. */
interface ResourceFacts {
  entry: ReturnType<typeof resourceEntryFor>;
  arn: ReturnType<typeof parseArn>;
  /** The ARN's account when it is an account id. */
  arnAccount: string | undefined;
  tags: Record<string, string>;
}

function resourceFacts(cs: CompiledScenario, resource: string): ResourceFacts {
  const known = cs.textTable<ResourceFacts>('resource');
  let facts = known.get(resource);
  if (facts === undefined) known.set(resource, (facts = factsOf(cs, resource)));
  return facts;
}

function factsOf(cs: CompiledScenario, resource: string): ResourceFacts {
  const arn = parseArn(resource);
  return {
    entry: resourceEntryFor(cs.world, resource),
    arn,
    arnAccount: arn && /^\d{12}$/.test(arn.account) ? arn.account : undefined,
    tags: resourceTagsFor(cs.world, resource),
  };
}

/** The clock of a query's `time`, or false when it does not parse: once per compiled world and text. */
function givenClockOnce(cs: CompiledScenario, time: string): RequestClock | false {
  const known = cs.textTable<RequestClock | false>('time');
  let clock = known.get(time);
  if (clock === undefined) known.set(time, (clock = givenClock(time)));
  return clock;
}
