import { defaultKeyPolicyDocument } from '../../src/engine';
import { anonymousPrincipal, type Simulation, type SimulationOrgPolicies } from '@cloud-copilot/iam-simulate';
import { FULL_AWS_ACCESS, orgPath, type CaseSpec, type OrgSpec } from './generateCase';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_MGMT,
  ORG_ID,
  bucketOf,
  requestArn,
  roleArn,
  userArn,
  type Context,
  type PolicyDoc,
} from './policyGen';

/**
 * One CaseSpec, two inputs: our scenario JSON (scenario-format.md) and iam-simulate's Simulation.
 * Both are built from the same data and nothing else, so a difference in decisions is a difference
 * in the engines, not in what they were told.
 */

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** The query's principal as scenario-format.md writes it. */
export function queryPrincipal(spec: CaseSpec): string {
  const p = spec.principal;
  switch (p.kind) {
    case 'user':
      return userArn(p.account, p.path, p.name);
    case 'role':
      return roleArn(p.account, p.path, p.name);
    case 'root':
      return `arn:aws:iam::${p.account}:root`;
    case 'service':
      return p.service;
    case 'anonymous':
      return 'anonymous';
  }
}

const isS3 = (arn: string) => arn.startsWith('arn:aws:s3:::');

/** Our scenario: the principal with its policies, the resource with its policy, the org, one query. */
export function toScenario(spec: CaseSpec, context: Context = spec.context): Record<string, unknown> {
  const p = spec.principal;
  const iam = p.kind === 'user' || p.kind === 'role';
  const account = iam ? p.account : ACCOUNT_A;
  const policies: Record<string, unknown>[] = [];
  const inline: { name: string; document: PolicyDoc }[] = [];
  const managed: string[] = [];
  const groupInline: { name: string; document: PolicyDoc }[] = [];
  spec.identity.forEach(({ doc, attach }, i) => {
    if (attach === 'managed') {
      policies.push({ name: `Managed${i}`, account, document: doc });
      managed.push(`Managed${i}`);
    } else if (attach === 'group') groupInline.push({ name: `group-inline-${i}`, document: doc });
    else inline.push({ name: `inline-${i}`, document: doc });
  });
  if (spec.boundary) policies.push({ name: 'Boundary', account, document: spec.boundary });
  const boundary = spec.boundary ? 'Boundary' : null;

  const users: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  const roles: Record<string, unknown>[] = [];
  if (p.kind === 'user') {
    if (groupInline.length > 0) groups.push({ name: 'Team', account, inlinePolicies: groupInline });
    users.push({
      name: p.name,
      account,
      path: p.path,
      groups: groupInline.length > 0 ? ['Team'] : [],
      managedPolicies: managed,
      inlinePolicies: inline,
      permissionsBoundary: boundary,
      tags: p.tags,
    });
  }
  if (p.kind === 'role') {
    roles.push({
      name: p.name,
      account,
      path: p.path,
      managedPolicies: managed,
      inlinePolicies: inline,
      permissionsBoundary: boundary,
      tags: p.tags,
    });
  }

  const resources: Record<string, unknown>[] = [];
  if (spec.action.toLowerCase() === 'sts:assumerole') {
    roles.push({ name: 'TargetRole', account: spec.resourceAccount, trustPolicy: spec.resourcePolicy ?? undefined });
  } else if (spec.resource !== '*') {
    const arn = isS3(spec.resource) ? `arn:aws:s3:::${bucketOf(spec.resourceAccount)}` : spec.resource;
    resources.push({ arn, account: spec.resourceAccount, policy: spec.resourcePolicy });
  }

  const accounts = [ACCOUNT_A, ACCOUNT_B].map((id) => {
    const unit = spec.org?.accountUnits[id];
    return unit === undefined ? { id } : { id, unit };
  });
  const scenario: Record<string, unknown> = {
    format: 'iam-playground/scenario',
    version: 1,
    title: `differential case ${spec.seed}`,
    defaultAccount: ACCOUNT_A,
    accounts: spec.org ? [...accounts, { id: ACCOUNT_MGMT }] : [{ id: ACCOUNT_A }, { id: ACCOUNT_B }],
    policies,
    users,
    groups,
    roles,
    resources,
    queries: [
      {
        name: `case ${spec.seed}`,
        principal: queryPrincipal(spec),
        action: spec.action,
        resource: spec.resource,
        context,
        autoContext: false,
        ...(p.kind === 'role' ? { sessionName: p.sessionName, sessionPolicy: spec.sessionPolicy } : {}),
      },
    ],
  };
  if (spec.org) {
    scenario.organization = {
      id: ORG_ID,
      managementAccount: ACCOUNT_MGMT,
      units: [{ id: 'root' }, { id: 'ou-work', parent: 'root' }, { id: 'ou-sandbox', parent: 'ou-work' }],
      policies: [
        ...spec.org.scps.map((s) => ({ name: s.name, type: 'scp', targets: s.targets, ...(s.doc ? { document: s.doc } : {}) })),
        ...spec.org.rcps.map((s) => ({ name: s.name, type: 'rcp', targets: s.targets, document: s.doc })),
      ],
    };
  }
  return scenario;
}

/** The org policies attached along `account`'s path, one entry per level, root first. */
export function levelsOf(org: OrgSpec, account: string, kind: 'scp' | 'rcp'): SimulationOrgPolicies[] {
  const path = orgPath(org, account);
  if (!path) return [];
  return path.map((level) => ({
    orgIdentifier: level,
    policies:
      kind === 'scp'
        ? org.scps.filter((s) => s.targets.includes(level)).map((s) => ({ name: s.name, policy: s.doc ?? FULL_AWS_ACCESS }))
        : org.rcps.filter((s) => s.targets.includes(level)).map((s) => ({ name: s.name, policy: s.doc })),
  }));
}

/** iam-simulate's input for the same case. */
export function toSimulation(spec: CaseSpec): Simulation {
  const p = spec.principal;
  const principalAccountId = p.kind === 'user' || p.kind === 'role' || p.kind === 'root' ? p.account : undefined;
  const principal = p.kind === 'anonymous' ? anonymousPrincipal : p.kind === 'service' ? p.service : requestArn(p)!;
  // SCPs govern IAM principals of member accounts; RCPs the resources of member accounts. The
  // management account is governed by neither.
  const scps =
    spec.org && principalAccountId !== undefined && principalAccountId !== ACCOUNT_MGMT
      ? levelsOf(spec.org, principalAccountId, 'scp')
      : [];
  const rcps = spec.org && spec.resourceAccount !== ACCOUNT_MGMT ? levelsOf(spec.org, spec.resourceAccount, 'rcp') : [];
  const sim: Simulation = {
    request: {
      principal,
      action: spec.action,
      resource: { resource: spec.resource, accountId: spec.resourceAccount },
      contextVariables: { ...spec.context },
    },
    identityPolicies: spec.identity.map((i, n) => ({ name: `policy${n}`, policy: i.doc })),
    serviceControlPolicies: scps,
    resourceControlPolicies: rcps,
  };
  if (spec.resourcePolicy) sim.resourcePolicy = spec.resourcePolicy;
  // A KMS key always has a key policy: the scenario format models a key listed without one with
  // AWS's default key policy, so the oracle is given that same policy.
  else if (/^arn:aws:kms:[^:]*:\d{12}:key\//.test(spec.resource)) sim.resourcePolicy = defaultKeyPolicy(spec.resourceAccount);
  if (spec.boundary) sim.permissionBoundaryPolicies = [{ name: 'Boundary', policy: spec.boundary }];
  if (spec.sessionPolicy && p.kind === 'role') sim.sessionPolicy = spec.sessionPolicy;
  return sim;
}

/**
 * The same default key policy our engine assumes, so both engines see one modelling choice.
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export function defaultKeyPolicy(account: string): PolicyDoc {
  return defaultKeyPolicyDocument(account) as PolicyDoc;
}

export function fromTheirs(result: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied'): Decision {
  return result === 'Allowed' ? 'allowed' : result === 'ExplicitlyDenied' ? 'explicitDeny' : 'implicitDeny';
}
