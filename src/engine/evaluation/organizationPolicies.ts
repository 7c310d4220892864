import type { OrgLevel } from '../../model';
import { serviceOf } from '../actionMatcher';
import { describePrincipal } from '../evaluatePolicy';
import { RCP_SERVICES } from '../rcpServices';
import type { ResolvedRequest } from './resolveRequest';

/**
 * Which SCPs and RCPs apply to a request, and why none do when none do. Every level of a path (the
 * root, each OU, the account) needs an Allow:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
 */

/**
 * SCPs restrict the principals of member accounts (not the management account, not service-linked roles).
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 */
export function scpLevelsFor(r: ResolvedRequest): OrgLevel[] {
  const org = r.organization;
  return org && r.isIamPrincipal && !r.serviceLinked && r.principal.account !== org.managementAccount
    ? (org.scpPaths.get(r.principal.account!) ?? [])
    : [];
}

/**
 * RCPs restrict the resources of member accounts, for the services that support them, whoever
 * calls: IAM principals, anonymous callers and AWS service principals alike (AWS's own RCP
 * examples exempt services explicitly with aws:PrincipalIsAWSService).
 */
export function rcpLevelsFor(r: ResolvedRequest): OrgLevel[] {
  const org = r.organization;
  return org && !r.serviceLinked && r.resourceAccount !== org.managementAccount && RCP_SERVICES.has(serviceOf(r.action))
    ? (org.rcpPaths.get(r.resourceAccount) ?? [])
    : [];
}

/** Why scpLevelsFor found no level. */
export function scpSkipReason(r: ResolvedRequest): string {
  const p = r.principal;
  if (!r.organization) return 'no organization: SCPs do not apply';
  if (p.type === 'service' || p.type === 'anonymous') return `SCPs restrict IAM principals of member accounts, not ${describePrincipal(p)}`;
  if (r.serviceLinked) return 'SCPs do not restrict service-linked roles';
  if (p.account === r.organization.managementAccount) return 'the principal is in the management account, which SCPs never restrict';
  return `account ${p.account} is not in the organization`;
}

/** Why rcpLevelsFor found no level. */
export function rcpSkipReason(r: ResolvedRequest): string {
  if (!r.organization) return 'no organization: RCPs do not apply';
  if (r.resourceAccount === r.organization.managementAccount) return 'the resource is in the management account, which RCPs never restrict';
  if (!RCP_SERVICES.has(serviceOf(r.action))) return `RCPs do not apply to ${serviceOf(r.action)}`;
  return `account ${r.resourceAccount} is not in the organization`;
}
