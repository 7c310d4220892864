import { isAwsManagedPolicyArn, type Scenario } from '../../../model';
import { refuse, type GraphEdit } from './editProposal';
import {
  displayName,
  kindLabel,
  type GraphNode,
  type GraphNodeData,
  type IdentityCollection,
  type PolicyNodeData,
} from '../elements/graphModel';

/**
 * What dragging a connection from one node to another means in IAM, or why it means nothing. Every
 * refusal is one line that teaches the rule the user just ran into, so a wrong drag is a lesson
 * rather than a dead end.
 */
export type ConnectionVerdict = GraphEdit;

export function connectionRule(source: GraphNode, target: GraphNode, scenario?: Scenario): ConnectionVerdict {
  const s = source.data;
  const t = target.data;
  if (source.id === target.id) return refuse('a node cannot be connected to itself');

  switch (s.kind) {
    case 'user':
      if (t.kind === 'group') return joinGroup(s, t, scenario);
      if (t.kind === 'policy') return attachPolicy(s, t, scenario);
      if (t.kind === 'user') return refuse('users cannot contain users: drag a user onto a group to make it a member');
      break;
    case 'group':
      if (t.kind === 'group') return refuse('groups contain users only: a group cannot be a member of another group');
      if (t.kind === 'policy') return attachPolicy(s, t, scenario);
      if (t.kind === 'user') return refuse(`membership goes from user to group: drag from ${t.name} to ${s.name}`);
      if (t.kind === 'role') return refuse('a group is not a principal: it cannot assume a role; its users can');
      break;
    case 'role':
      if (t.kind === 'group') return refuse('groups contain users only: a role cannot join a group');
      if (t.kind === 'policy') return attachPolicy(s, t, scenario);
      break;
    case 'policy':
      return refuse('policies are attached to identities: drag from the user, group or role to the policy');
    case 'resource':
      return refuse('a resource is not a principal: its resource-based policy names who may use it');
    case 'service':
      return refuse('a service principal is not an IAM identity: trust and resource policies name it');
    case 'provider':
      return refuse(
        `who ${s.name} lets assume a role is computed from the role's trust policy (Principal.Federated and its conditions): edit that, and the edge appears by itself`,
      );
    case 'orgpolicy':
      if (t.kind === 'account' || t.kind === 'ou') return attachOrgPolicy(s, t, scenario);
      return refuse(`${s.policyType.toUpperCase()}s are attached to the organization's root, OUs and accounts, never to a ${kindLabel(t)}`);
    case 'account':
    case 'ou':
    case 'path':
      return refuse(`a ${kindLabel(s)} holds identities: connect the users, groups and roles inside it`);
  }

  // The source is an identity; what it was dropped on cannot take it.
  switch (t.kind) {
    case 'role':
      return refuse(
        `who can assume ${t.name} is computed from its trust policy and the caller's permissions: edit those, and the edge appears by itself`,
      );
    case 'resource':
      return refuse(`${t.name} names its principals in its resource-based policy: edit that policy to grant access`);
    case 'service':
      return refuse('a service principal cannot be attached to: trust and resource policies name it');
    case 'provider':
      return refuse('an identity provider authenticates callers from outside AWS: no policy is attached to it');
    case 'orgpolicy':
      return refuse('SCPs and RCPs apply to whole accounts: drag from the SCP to an OU or account');
    case 'account':
    case 'ou':
      return refuse(`an identity belongs to the account it was created in; it cannot be moved into another ${kindLabel(t)}`);
    case 'path':
      return refuse(`an IAM path is part of the identity's ARN: change the path in the scenario JSON`);
    case 'user':
      return refuse(`a ${kindLabel(s)} cannot contain a user: only groups have members, and users join them`);
  }
}

type Identity = Extract<GraphNodeData, { kind: 'user' | 'group' | 'role' }>;

function collectionOf(data: Identity): IdentityCollection {
  return data.kind === 'user' ? 'users' : data.kind === 'group' ? 'groups' : 'roles';
}

function joinGroup(user: Extract<GraphNodeData, { kind: 'user' }>, group: Extract<GraphNodeData, { kind: 'group' }>, scenario?: Scenario) {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html — a group and its users share an account.
  if (user.account !== group.account) {
    return refuse(`a user can join only groups of its own account: ${user.name} is in ${user.account}, ${group.name} in ${group.account}`);
  }
  const current = scenario?.users?.[user.index]?.groups ?? [];
  if (current.includes(group.name)) return refuse(`${user.name} is already a member of ${group.name}`);
  return {
    ok: true as const,
    label: `Add ${user.name} to group ${group.name}`,
    recipe: (draft: Scenario) => {
      const u = draft.users?.[user.index];
      if (!u) return;
      u.groups = [...(u.groups ?? []).filter((g) => g !== group.name), group.name];
    },
  };
}

function attachPolicy(owner: Identity, policy: PolicyNodeData, scenario?: Scenario): ConnectionVerdict {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html — a
  // customer managed policy lives in one account and can be attached only to identities there.
  if (!policy.awsManaged && policy.account !== owner.account) {
    return refuse(
      `a customer managed policy is attached only within its own account: ${policy.name} is in ${policy.account}, ${owner.name} in ${owner.account}`,
    );
  }
  const collection = collectionOf(owner);
  const refs = scenario?.[collection]?.[owner.index]?.managedPolicies ?? [];
  if (refs.some((r) => r === policy.arn || (!isAwsManagedPolicyArn(r) && !r.startsWith('arn:') && r === policy.name))) {
    return refuse(`${policy.name} is already attached to ${owner.name}`);
  }
  // Customer managed policies are referenced by name, as people write them; AWS managed ones by ARN.
  const ref = policy.awsManaged ? policy.arn : policy.name;
  return {
    ok: true,
    label: `Attach ${policy.name} to ${owner.kind} ${owner.name}`,
    recipe: (draft) => {
      const entity = draft[collection]?.[owner.index];
      if (!entity) return;
      entity.managedPolicies = [...(entity.managedPolicies ?? []), ref];
    },
  };
}

function attachOrgPolicy(
  policy: Extract<GraphNodeData, { kind: 'orgpolicy' }>,
  target: Extract<GraphNodeData, { kind: 'account' | 'ou' }>,
  scenario?: Scenario,
): ConnectionVerdict {
  const targetId = target.kind === 'account' ? target.accountId : target.unitId;
  const org = scenario?.organization;
  if (target.kind === 'account' && org) {
    const inOrg = org.managementAccount === target.accountId || scenario?.accounts?.some((a) => a.id === target.accountId && a.unit);
    if (!inOrg) return refuse(`account ${target.accountId} is not in the organization: give it a unit first`);
  }
  if (org?.policies[policy.index]?.targets.includes(targetId)) {
    return refuse(`${policy.name} is already attached to ${displayName(target)}`);
  }
  return {
    ok: true,
    label: `Attach ${policy.policyType.toUpperCase()} ${policy.name} to ${displayName(target)}`,
    recipe: (draft) => {
      const p = draft.organization?.policies[policy.index];
      if (p && p.name === policy.name && !p.targets.includes(targetId)) p.targets.push(targetId);
    },
  };
}
