import type { Decision, OrgLevel, Query, ResolvedPolicy } from '../model';
import type { CompiledScenario } from './compileScenario';
import { describePrincipal, type PolicyOutcome } from './evaluatePolicy';
import { evaluateApplicablePolicies } from './evaluation/applicablePolicies';
import { rcpSkipReason, scpSkipReason } from './evaluation/organizationPolicies';
import { resolveRequest } from './evaluation/resolveRequest';
import { expectationHolds, type EvaluationStep, type Explanation, type QueryResult, type StatementRef } from './types';

export { defaultKeyPolicyDocument } from './evaluation/defaultKeyPolicy';
export type { Resolved } from './evaluation/resolvePrincipal';

/**
 * One access question, decided the way AWS's enforcement code does, step by step:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 * explicit deny → RCPs → SCPs → resource-based policies → identity-based policies → permissions
 * boundaries → session policies. Cross-account rules:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */

export interface EvaluateOptions {
  /** Build the full explanation (every statement's verdict). Off for bulk runs. */
  explain?: boolean;
  /** JSON pointer of the query, so its session policy can be addressed. */
  queryPath?: string;
}

export function evaluateQuery(cs: CompiledScenario, query: Query, options: EvaluateOptions = {}): QueryResult {
  const explain = options.explain ?? false;
  const request = resolveRequest(cs, query);
  if (typeof request === 'string') return invalidResult(query, request);
  const {
    action,
    lowerAction,
    resource,
    principal,
    isIamPrincipal,
    targetRole,
    resourceAccount,
    resourcePolicy,
    resourcePolicyRequired,
    crossAccount,
    context: ctx,
  } = request;
  const policies = evaluateApplicablePolicies(cs, request, query, { explain, queryPath: options.queryPath });
  const { rcp, scp, identity, all, missingContextKeys: missing } = policies;
  const rbp = policies.resource?.outcome ?? null;
  const boundary = policies.boundary?.outcome ?? null;
  const boundaryPolicy = policies.boundary?.policy ?? null;
  const session = policies.session?.outcome ?? null;
  const steps: EvaluationStep[] = [];
  const allowsOf = (outcomes: (PolicyOutcome | null)[]) => outcomes.flatMap((o) => o?.allows ?? []);

  let decision: Decision;
  let deciding: StatementRef[] = [];

  const decide = (): Decision => {
    // sts:GetCallerIdentity needs no permission and cannot be denied.
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
    if (lowerAction === 'sts:getcalleridentity' && isIamPrincipal) {
      steps.push({ step: 'special', outcome: 'allow', detail: 'sts:GetCallerIdentity needs no permission, and no policy can deny it' });
      return 'allowed';
    }
    const denies = all.flatMap((o) => o.denies);
    if (denies.length > 0) {
      deciding = denies;
      steps.push({
        step: 'deny',
        outcome: 'deny',
        detail: `explicit deny in ${[...new Set(denies.map((d) => d.policyLabel))].join(', ')}`,
      });
      return 'explicitDeny';
    }
    steps.push({ step: 'deny', outcome: 'continue', detail: 'no statement denies the request' });

    if (!orgLevelsAllow('rcp', rcp, steps, () => rcpSkipReason(request))) {
      return 'implicitDeny';
    }
    if (!orgLevelsAllow('scp', scp, steps, () => scpSkipReason(request))) {
      return 'implicitDeny';
    }

    const rbpMatch = rbp?.allow ?? null;
    if (rbp) {
      steps.push({
        step: 'resource',
        outcome: rbpMatch ? 'allow' : 'continue',
        detail: rbpMatch
          ? `${resourcePolicy!.label} allows ${describePrincipal(principal)}${rbpMatch === 'account' ? ' through its account' : rbpMatch === 'role' ? ' through its role ARN' : ''}`
          : `${resourcePolicy!.label} does not allow the request`,
      });
    } else steps.push({ step: 'resource', outcome: 'notApplicable', detail: 'no resource-based policy applies to this resource' });

    // Callers that no identity-based policy describes: only resource-based policies can grant.
    if (principal.type === 'service' || principal.type === 'anonymous') {
      if (rbpMatch) {
        deciding = rbp!.allows;
        return 'allowed';
      }
      steps.push({
        step: 'identity',
        outcome: 'notApplicable',
        detail: `${describePrincipal(principal)} has no identity-based policies; only a resource-based policy can allow it`,
      });
      return 'implicitDeny';
    }

    if (principal.type === 'root') {
      // The root user has full access in its own account, without any identity-based policy.
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
      if (!crossAccount && !(resourcePolicyRequired && !rbpMatch)) {
        steps.push({ step: 'identity', outcome: 'allow', detail: 'the root user has full access to the resources of its own account' });
        deciding = rbp?.allows ?? [];
        return 'allowed';
      }
      if (rbpMatch) {
        deciding = rbp!.allows;
        return 'allowed';
      }
      steps.push({
        step: 'identity',
        outcome: 'implicitDeny',
        detail: crossAccount
          ? 'the resource is in another account and its resource-based policy does not allow the root user'
          : `${resourcePolicy ? resourcePolicy.label : 'the resource'} must allow the request`,
      });
      return 'implicitDeny';
    }

    const identityAllows = allowsOf(identity);
    const boundaryOk = !boundary || boundary.allow !== null;
    const sessionOk = !session || session.allow !== null;

    if (resourcePolicyRequired && !rbpMatch) {
      steps.push({
        step: 'resource',
        outcome: 'implicitDeny',
        detail: `${resourcePolicy ? resourcePolicy.label : targetRole ? `role ${targetRole.name} has no trust policy; it` : 'the key policy'} must allow the request, even within one account`,
      });
      return 'implicitDeny';
    }

    if (!crossAccount && rbpMatch === 'direct') {
      // Same account: a grant to the user ARN or the session ARN is not limited by an implicit
      // deny in identity-based policies, permissions boundaries or session policies.
      deciding = rbp!.allows;
      steps.push({
        step: 'identity',
        outcome: 'notApplicable',
        detail:
          'the resource-based policy names the caller itself, so identity-based policies, boundaries and session policies need not allow',
      });
      return 'allowed';
    }
    if (!crossAccount && rbpMatch === 'role') {
      // A grant to the role ARN is still limited by the role's boundary and the session policy.
      if (!boundaryOk) return boundaryDenies(steps, boundaryPolicy!);
      if (!sessionOk) return sessionDenies(steps);
      deciding = [...rbp!.allows, ...(boundary?.allows ?? []), ...(session?.allows ?? [])];
      steps.push({
        step: 'identity',
        outcome: 'notApplicable',
        detail: "the resource-based policy names the role, so the role's identity-based policies need not allow",
      });
      return 'allowed';
    }

    if (crossAccount && !rbpMatch) {
      steps.push({
        step: 'resource',
        outcome: 'implicitDeny',
        detail: `cross-account: ${rbp ? `${resourcePolicy!.label} in account ${resourceAccount} must allow ${describePrincipal(principal)}` : `the resource is in account ${resourceAccount} and has no resource-based policy to allow a caller from account ${principal.account}`}`,
      });
      return 'implicitDeny';
    }

    if (identityAllows.length === 0) {
      steps.push({
        step: 'identity',
        outcome: 'implicitDeny',
        detail: identity.length === 0 ? 'the principal has no identity-based policies' : 'no identity-based policy allows the request',
      });
      return 'implicitDeny';
    }
    steps.push({
      step: 'identity',
      outcome: 'allow',
      detail: `${[...new Set(identityAllows.map((a) => a.policyLabel))].join(', ')} allows it`,
    });
    if (!boundaryOk) return boundaryDenies(steps, boundaryPolicy!);
    if (boundary) steps.push({ step: 'boundary', outcome: 'allow', detail: `the permissions boundary ${boundaryPolicy!.name} allows it` });
    if (!sessionOk) return sessionDenies(steps);
    if (session) steps.push({ step: 'session', outcome: 'allow', detail: 'the session policy allows it' });
    deciding = [...identityAllows, ...(crossAccount ? rbp!.allows : []), ...(boundary?.allows ?? []), ...(session?.allows ?? [])];
    return 'allowed';
  };

  decision = decide();
  const explanation: Explanation = {
    request: {
      principal: principal.arn ?? principal.service ?? 'anonymous',
      principalType: principal.type,
      principalAccount: principal.account,
      action,
      resource,
      resourceAccount,
      crossAccount,
      context: explain ? ctx.toRecord() : {},
    },
    policies: explain ? all.map((o) => o.explanation!).filter(Boolean) : [],
    steps,
    deciding,
    summary: summarize(decision, steps),
  };
  return {
    decision,
    expect: query.expect,
    pass: expectationHolds(query.expect, decision),
    missingContextKeys: [...missing].sort(),
    explanation,
  };
}

/**
 * SCPs and RCPs: every level of the path (root, each OU, the account) needs an Allow.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 */
function orgLevelsAllow(
  step: 'rcp' | 'scp',
  levels: { level: OrgLevel; outcomes: PolicyOutcome[] }[],
  steps: EvaluationStep[],
  skipReason: () => string,
): boolean {
  const kind = step.toUpperCase();
  if (levels.length === 0) {
    steps.push({ step, outcome: 'notApplicable', detail: skipReason() });
    return true;
  }
  const gap = levels.find((l) => !l.outcomes.some((o) => o.allow));
  if (gap) {
    steps.push({ step, outcome: 'implicitDeny', detail: `no ${kind} attached to ${gap.level.label} allows the request` });
    return false;
  }
  steps.push({ step, outcome: 'continue', detail: `${kind}s allow it at every level (${levels.map((l) => l.level.label).join(' → ')})` });
  return true;
}

function boundaryDenies(steps: EvaluationStep[], boundary: ResolvedPolicy): Decision {
  steps.push({ step: 'boundary', outcome: 'implicitDeny', detail: `the permissions boundary ${boundary.name} does not allow the request` });
  return 'implicitDeny';
}

function sessionDenies(steps: EvaluationStep[]): Decision {
  steps.push({ step: 'session', outcome: 'implicitDeny', detail: 'the session policy does not allow the request' });
  return 'implicitDeny';
}

/** Steps that grant (a policy that allows) rather than only let a grant through (guardrails). */
const GRANTING_STEPS = new Set<EvaluationStep['step']>(['special', 'resource', 'identity']);

function summarize(decision: Decision, steps: EvaluationStep[]): string {
  const decided = steps.filter((s) => s.outcome !== 'continue' && s.outcome !== 'notApplicable');
  if (decision === 'allowed') {
    // Name what granted it first, then the guardrails that let it through (a boundary "allows" only
    // what something else grants, so it is never the reason on its own).
    const grants = decided.filter((s) => s.outcome === 'allow' && GRANTING_STEPS.has(s.step));
    const limits = decided.filter((s) => s.outcome === 'allow' && !GRANTING_STEPS.has(s.step));
    const parts = [...grants, ...limits].map((s) => s.detail);
    return parts.length > 0 ? `Allowed: ${parts.join('; ')}.` : 'Allowed.';
  }
  const last = decided[decided.length - 1] ?? steps[steps.length - 1];
  const verdict = decision === 'explicitDeny' ? 'Explicitly denied' : 'Implicitly denied';
  return last ? `${verdict}: ${last.detail}.` : `${verdict}.`;
}

function invalidResult(query: Query, reason: string): QueryResult {
  return {
    decision: 'implicitDeny',
    expect: query.expect,
    pass: expectationHolds(query.expect, 'implicitDeny'),
    missingContextKeys: [],
    explanation: {
      request: {
        principal: query.principal,
        principalType: 'anonymous',
        action: query.action,
        resource: query.resource,
        crossAccount: false,
        context: {},
      },
      policies: [],
      steps: [{ step: 'special', outcome: 'implicitDeny', detail: reason }],
      deciding: [],
      summary: `Implicitly denied: ${reason}.`,
    },
  };
}
