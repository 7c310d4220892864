import type { OrgLevel } from '../../model';
import { serviceOf } from '../actionMatcher';
import { describePrincipal } from '../evaluatePolicy';
import { RCP_SERVICES } from '../rcpServices';
import type { EvaluationStep } from '../types';
import type { EvaluatedOrgLevel } from './applicablePolicies';
import { CONTINUE, implicitDeny, type DecisionStep, type StepResult } from './decisionSteps';
import type { ResolvedRequest } from './resolveRequest';

/**
 * SCPs and RCPs: which apply to a request, why none do when none do, and the two decision steps
 * that read them. Every level of a path (the root, each OU, the account) needs an Allow:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 */

/**
 * SCPs restrict the principals of member accounts (not the management account, not service-linked roles).
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 */
export function scpLevelsFor(r: ResolvedRequest): OrgLevel[] {
  const org = r.organization;
  const account = r.principal.account;
  return org && account !== undefined && r.isIamPrincipal && !r.serviceLinked && account !== org.managementAccount
    ? (org.scpPaths.get(account) ?? [])
    : [];
}

/**
 * RCPs restrict the resources of member accounts, for the services that support them, whoever
 * calls: IAM principals, anonymous callers and AWS service principals alike (AWS's own RCP
 * examples exempt services explicitly with aws:PrincipalIsAWSService).
 */
export function rcpLevelsFor(r: ResolvedRequest): OrgLevel[] {
  const org = r.organization;
  return org && !r.serviceLinked && r.resourceAccount !== org.managementAccount && RCP_SERVICES.has(r.service)
    ? (org.rcpPaths.get(r.resourceAccount) ?? [])
    : [];
}

/** Why scpLevelsFor found no level. */
function scpSkipReason(r: ResolvedRequest): string {
  const p = r.principal;
  if (!r.organization) return 'no organization: SCPs do not apply';
  if (!r.isIamPrincipal) return `SCPs restrict IAM principals of member accounts, not ${describePrincipal(p)}`;
  if (r.serviceLinked) return 'SCPs do not restrict service-linked roles';
  if (p.account === r.organization.managementAccount) return 'the principal is in the management account, which SCPs never restrict';
  return `account ${p.account} is not in the organization`;
}

/** Why rcpLevelsFor found no level. */
function rcpSkipReason(r: ResolvedRequest): string {
  if (!r.organization) return 'no organization: RCPs do not apply';
  if (r.resourceAccount === r.organization.managementAccount) return 'the resource is in the management account, which RCPs never restrict';
  if (!RCP_SERVICES.has(r.service)) return `RCPs do not apply to ${serviceOf(r.action)}`;
  return `account ${r.resourceAccount} is not in the organization`;
}

export const resourceControlPolicies: DecisionStep = (r, p, steps) =>
  orgLevelsAllow('rcp', p.rcp, rcpLevelsFor(r), steps, r, rcpSkipReason);

export const serviceControlPolicies: DecisionStep = (r, p, steps) => orgLevelsAllow('scp', p.scp, scpLevelsFor(r), steps, r, scpSkipReason);

/** Counted loops, not `for…of`: see bulkMatch in evaluatePolicy.ts. */
function firstLevelWithoutAllow(levels: EvaluatedOrgLevel[]): EvaluatedOrgLevel | undefined {
  for (let i = 0; i < levels.length; i++) {
    const outcomes = levels[i]!.outcomes;
    let allows = false;
    for (let j = 0; j < outcomes.length; j++) if (outcomes[j]!.allow) allows = true;
    if (!allows) return levels[i];
  }
  return undefined;
}

/** "SCPs allow it at every level (Root → OU → account)", written once per path: every request on the path says the same. */
const everyLevel = { rcp: new WeakMap<OrgLevel[], string>(), scp: new WeakMap<OrgLevel[], string>() };

const KIND = { rcp: 'RCP', scp: 'SCP' } as const;

/**
 * SCPs and RCPs only limit: every level of the path must allow, and none of them grants. Loops and
 * plain functions rather than closures: this runs twice for every request.
 */
function orgLevelsAllow(
  step: 'rcp' | 'scp',
  levels: EvaluatedOrgLevel[],
  path: OrgLevel[],
  steps: EvaluationStep[],
  r: ResolvedRequest,
  skipReason: (r: ResolvedRequest) => string,
): StepResult {
  const kind = KIND[step];
  if (levels.length === 0) {
    steps.push({ step, outcome: 'notApplicable', detail: skipReason(r) });
    return CONTINUE;
  }
  const gap = firstLevelWithoutAllow(levels);
  if (gap) {
    steps.push({ step, outcome: 'implicitDeny', detail: `no ${kind} attached to ${gap.level.label} allows the request` });
    return implicitDeny();
  }
  let detail = everyLevel[step].get(path);
  if (detail === undefined)
    everyLevel[step].set(path, (detail = `${kind}s allow it at every level (${levels.map((l) => l.level.label).join(' → ')})`));
  steps.push({ step, outcome: 'continue', detail });
  return CONTINUE;
}
