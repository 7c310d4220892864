import { defaultAccountOf, type Scenario } from '../../../model';
import { dropPositionKey, refuse, type GraphEdit } from './editProposal';
import type { GraphEdge, GraphNode } from '../elements/graphModel';

/**
 * Detaching an edge and deleting a node, as document edits. AWS makes you detach a policy before
 * deleting it; the playground does both in one step and says how many attachments went with it.
 */
export function detachEdge(edge: GraphEdge, scenario: Scenario): GraphEdit {
  const ref = edge.detach;
  if (!ref) {
    return refuse(
      edge.kind === 'assume'
        ? "a can-assume edge is the engine's answer: change the role's trust policy or the caller's permissions to remove it"
        : "the resource-based policy names this principal: edit the resource's policy to remove it",
    );
  }
  switch (ref.kind) {
    case 'member':
      return {
        ok: true,
        label: `Remove ${scenario.users?.[ref.userIndex]?.name ?? 'user'} from group ${ref.groupName}`,
        recipe: (d) => {
          const u = d.users?.[ref.userIndex];
          if (!u?.groups) return;
          u.groups = u.groups.filter((g) => g !== ref.groupName);
          if (u.groups.length === 0) delete u.groups;
        },
      };
    case 'managedPolicy': {
      const owner = scenario[ref.collection]?.[ref.index]?.name ?? ref.collection;
      return {
        ok: true,
        label: `Detach ${policyName(ref.ref)} from ${owner}`,
        recipe: (d) => {
          const e = d[ref.collection]?.[ref.index];
          if (!e?.managedPolicies) return;
          e.managedPolicies = e.managedPolicies.filter((r) => r !== ref.ref);
          if (e.managedPolicies.length === 0) delete e.managedPolicies;
        },
      };
    }
    case 'boundary': {
      const owner = scenario[ref.collection]?.[ref.index]?.name ?? ref.collection;
      return {
        ok: true,
        label: `Remove the permissions boundary of ${owner}`,
        recipe: (d) => {
          const e = d[ref.collection]?.[ref.index];
          if (e) delete e.permissionsBoundary;
        },
      };
    }
    case 'orgPolicyTarget': {
      const name = scenario.organization?.policies[ref.policyIndex]?.name ?? 'policy';
      return {
        ok: true,
        label: `Detach ${name} from ${ref.target}`,
        recipe: (d) => {
          const p = d.organization?.policies[ref.policyIndex];
          if (p) p.targets = p.targets.filter((t) => t !== ref.target);
        },
      };
    }
  }
}

export function deleteNode(node: GraphNode, scenario: Scenario): GraphEdit {
  const data = node.data;
  const defaultAccount = defaultAccountOf(scenario);
  const inAccount = (account: string | null) => (e: { account?: string }) => (e.account ?? defaultAccount) === account;
  const dropPosition = (d: Scenario) => dropPositionKey(d, node.id);
  switch (data.kind) {
    case 'user':
      return {
        ok: true,
        label: `Delete user ${data.name}`,
        note: queriesNote(scenario, data.kind, data.name, data.arn),
        recipe: (d) => {
          d.users?.splice(data.index, 1);
          dropPosition(d);
        },
      };
    case 'role':
      return {
        ok: true,
        label: `Delete role ${data.name}`,
        note: queriesNote(scenario, data.kind, data.name, data.arn),
        recipe: (d) => {
          d.roles?.splice(data.index, 1);
          dropPosition(d);
        },
      };
    case 'group': {
      const members = (scenario.users ?? []).filter((u) => inAccount(data.account)(u) && u.groups?.includes(data.name)).length;
      return {
        ok: true,
        label: `Delete group ${data.name}`,
        note: members > 0 ? `${members} member${members === 1 ? '' : 's'} left the group` : undefined,
        recipe: (d) => {
          d.groups?.splice(data.index, 1);
          for (const u of d.users ?? []) {
            if (!inAccount(data.account)(u) || !u.groups?.includes(data.name)) continue;
            u.groups = u.groups.filter((g) => g !== data.name);
            if (u.groups.length === 0) delete u.groups;
          }
          dropPosition(d);
        },
      };
    }
    case 'policy': {
      // A reference points at this policy by ARN anywhere, or by name inside its own account.
      const matches = (ref: string, owner: { account?: string }) =>
        ref === data.arn || (!data.awsManaged && !ref.startsWith('arn:') && ref === data.name && inAccount(data.account)(owner));
      const identities = (s: Scenario) => [...(s.users ?? []), ...(s.groups ?? []), ...(s.roles ?? [])];
      const attachments = identities(scenario).filter(
        (e) =>
          (e.managedPolicies ?? []).some((r) => matches(r, e)) ||
          ('permissionsBoundary' in e && typeof e.permissionsBoundary === 'string' && matches(e.permissionsBoundary, e)),
      ).length;
      const detachedNote = attachments > 0 ? `detached from ${attachments} identit${attachments === 1 ? 'y' : 'ies'}` : undefined;
      return {
        ok: true,
        // An AWS managed policy is not ours to delete: removing its node detaches it everywhere.
        label: data.awsManaged ? `Detach ${data.name} everywhere` : `Delete managed policy ${data.name}`,
        note: detachedNote,
        recipe: (d) => {
          if (!data.awsManaged && data.index !== null) d.policies?.splice(data.index, 1);
          for (const e of identities(d)) {
            if (e.managedPolicies) {
              e.managedPolicies = e.managedPolicies.filter((r) => !matches(r, e));
              if (e.managedPolicies.length === 0) delete e.managedPolicies;
            }
            if ('permissionsBoundary' in e && typeof e.permissionsBoundary === 'string' && matches(e.permissionsBoundary, e)) {
              delete e.permissionsBoundary;
            }
          }
          dropPosition(d);
        },
      };
    }
    case 'resource':
      return {
        ok: true,
        label: `Delete resource ${data.name}`,
        recipe: (d) => {
          d.resources?.splice(data.index, 1);
          dropPosition(d);
        },
      };
    case 'orgpolicy':
      return {
        ok: true,
        label: `Delete ${data.policyType.toUpperCase()} ${data.name}`,
        recipe: (d) => {
          d.organization?.policies.splice(data.index, 1);
          dropPosition(d);
        },
      };
    case 'service':
      return refuse('a service principal exists because a policy names it: edit that policy to remove it');
    case 'provider': {
      const index = data.index;
      if (index === null) return refuse(`${data.name} is a web identity provider AWS knows: it is drawn because a trust policy names it`);
      return {
        ok: true,
        label: `Delete identity provider ${data.name}`,
        note: 'trust policies that name it are left as they are: nobody can assume a role through it any more',
        recipe: (d) => {
          d.identityProviders?.splice(index, 1);
          dropPosition(d);
        },
      };
    }
    case 'account':
    case 'ou':
      return refuse(`a ${data.kind === 'ou' ? 'unit' : 'account'} is deleted in the scenario JSON, where its contents can be moved first`);
    case 'path':
      return refuse(
        `a path box only gathers the entities whose IAM path is ${data.path}: delete them, or change their paths in the scenario JSON`,
      );
  }
}

function policyName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function queriesNote(scenario: Scenario, kind: 'user' | 'role', name: string, arn: string): string | undefined {
  const asking = (scenario.queries ?? []).filter((q) => q.principal === arn || q.principal === `${kind}/${name}`).length;
  return asking > 0
    ? `${asking} quer${asking === 1 ? 'y asks' : 'ies ask'} about ${name}: edit or remove ${asking === 1 ? 'it' : 'them'}`
    : undefined;
}
