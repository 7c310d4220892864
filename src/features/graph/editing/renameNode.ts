import { arnProblem, defaultAccountOf, iamArn, parseArn, type Query, type Scenario } from '../../../model';
import { documentsMentioning, refuse, renamePositionKey, type GraphEdit } from './editProposal';
import type { GraphNode, GraphNodeData, IdentityCollection } from '../elements/graphModel';
import { iamNameProblem, sameIamName, type NamedKind } from './iamNames';
import { nodeId } from '../elements/nodeIds';
import { resourceAccount } from '../elements/scenarioToGraph';

/**
 * Renaming in place keeps the world consistent: everything that refers to the old name — group
 * memberships, policy attachments and boundaries, queries, the saved position — follows. Policy
 * documents that spell out the old ARN are left alone, as AWS leaves them, and the note says so.
 */
export function renameNode(node: GraphNode, requested: string, scenario: Scenario): GraphEdit {
  const next = requested.trim();
  const data = node.data;
  const defaultAccount = defaultAccountOf(scenario);
  switch (data.kind) {
    case 'user':
    case 'group':
    case 'role':
    case 'policy':
      if (data.kind === 'policy' && data.awsManaged) return refuse('AWS managed policies belong to AWS: their names cannot change');
      return renameIamEntity(node.id, data, next, scenario, defaultAccount);
    case 'resource':
      return renameResource(node.id, data.arn, data.index, next, scenario, defaultAccount);
    case 'orgpolicy': {
      const policies = scenario.organization?.policies ?? [];
      if (!policies[data.index]?.document) return refuse(`${data.name} is AWS's built-in policy: its name is what makes it built in`);
      if (next === data.name) return refuse('the name is unchanged');
      if (next.length === 0) return refuse(`an ${data.policyType.toUpperCase()} needs a name`);
      if (policies.some((p, i) => i !== data.index && p.type === data.policyType && p.name === next)) {
        return refuse(`an ${data.policyType.toUpperCase()} named ${next} already exists`);
      }
      const nextId = nodeId.orgPolicy(data.policyType, next);
      return {
        ok: true,
        label: `Rename ${data.policyType.toUpperCase()} ${data.name} to ${next}`,
        nextId,
        recipe: (d) => {
          const p = d.organization?.policies[data.index];
          if (p) p.name = next;
          renamePositionKey(d, node.id, nextId);
        },
      };
    }
    case 'ou':
      if (next.length === 0) return refuse('an organizational unit needs a name');
      return {
        ok: true,
        label: `Rename ${data.root ? 'root' : 'OU'} ${data.name} to ${next}`,
        recipe: (d) => {
          const unit = d.organization?.units.find((u) => u.id === data.unitId);
          if (unit) unit.name = next;
        },
      };
    case 'account':
      return renameAccountAlias(data.accountId, next);
    case 'path':
      return refuse(`an IAM path is part of each entity's ARN: change it on the entities, in the scenario JSON`);
    case 'service':
      return refuse('service principals are named by AWS');
    case 'provider':
      return refuse('an identity provider is named by its SAML name or its issuer URL: change it in the scenario JSON');
  }
}

type IamData = Extract<GraphNodeData, { kind: 'user' | 'group' | 'role' | 'policy' }>;

const COLLECTION: Record<NamedKind, IdentityCollection | 'policies'> = {
  user: 'users',
  group: 'groups',
  role: 'roles',
  policy: 'policies',
};

function renameIamEntity(id: string, data: IamData, next: string, scenario: Scenario, defaultAccount: string): GraphEdit {
  const problem = iamNameProblem(data.kind, next);
  if (problem) return refuse(problem);
  if (next === data.name) return refuse('the name is unchanged');
  const index = data.index;
  if (index === null) return refuse('AWS managed policies belong to AWS: their names cannot change');
  const collection = COLLECTION[data.kind];
  const list: { name: string; account?: string; path?: string }[] = scenario[collection] ?? [];
  const account = data.account ?? defaultAccount;
  const clash = list.find((e, i) => i !== index && (e.account ?? defaultAccount) === account && sameIamName(e.name, next));
  // IAM compares names ignoring case: `Alice` and `alice` cannot both exist in one account.
  if (clash) return refuse(`a ${data.kind} named ${clash.name} already exists in account ${account}`);
  const path = list[index]?.path;
  const oldArn = data.arn;
  const newArn = iamArn(account, data.kind, path, next);
  const nextId = `${data.kind}:${newArn}`;
  const mentions = data.kind === 'group' ? 0 : documentsMentioning(scenario, oldArn);

  return {
    ok: true,
    label: `Rename ${data.kind} ${data.name} to ${next}`,
    nextId,
    note:
      mentions > 0
        ? `${mentions} policy document${mentions === 1 ? '' : 's'} still name${mentions === 1 ? 's' : ''} ${oldArn}: AWS does not rewrite policies on a rename either`
        : undefined,
    recipe: (d) => {
      const entity = (d[collection] ?? [])[index];
      if (!entity) return;
      entity.name = next;
      renamePositionKey(d, id, nextId);
      const inAccount = (e: { account?: string }) => (e.account ?? defaultAccount) === account;
      if (data.kind === 'group') {
        for (const u of d.users ?? []) if (inAccount(u) && u.groups) u.groups = u.groups.map((g) => (g === data.name ? next : g));
      }
      if (data.kind === 'policy') {
        const follow = (ref: string, owner: { account?: string }) =>
          ref === oldArn ? newArn : !ref.startsWith('arn:') && inAccount(owner) && ref === data.name ? next : ref;
        for (const e of [...(d.users ?? []), ...(d.groups ?? []), ...(d.roles ?? [])]) {
          if (e.managedPolicies) e.managedPolicies = e.managedPolicies.map((r) => follow(r, e));
          if ('permissionsBoundary' in e && typeof e.permissionsBoundary === 'string')
            e.permissionsBoundary = follow(e.permissionsBoundary, e);
        }
      }
      if (data.kind === 'user' || data.kind === 'role') {
        const shortOld = `${data.kind}/${shortPath(path)}${data.name}`;
        const shortNew = `${data.kind}/${shortPath(path)}${next}`;
        for (const q of d.queries ?? []) {
          q.principal = followPrincipal(q.principal, { oldArn, newArn, shortOld, shortNew, isDefault: account === defaultAccount });
          // AssumeRole questions name the role as the resource.
          if (data.kind === 'role' && q.resource === oldArn) q.resource = newArn;
        }
      }
    },
  };
}

/** `/` → ``, `/eng/` → `eng/`: the part between `user/` and the name in a short principal. */
function shortPath(path: string | undefined): string {
  return (path ?? '/').replace(/^\//, '');
}

function followPrincipal(
  principal: Query['principal'],
  r: { oldArn: string; newArn: string; shortOld: string; shortNew: string; isDefault: boolean },
): string {
  if (principal === r.oldArn) return r.newArn;
  // `user/NAME` resolves in the default account only.
  if (r.isDefault && principal === r.shortOld) return r.shortNew;
  return principal;
}

function renameResource(id: string, oldArn: string, index: number, next: string, scenario: Scenario, defaultAccount: string): GraphEdit {
  if (next === oldArn) return refuse('the ARN is unchanged');
  // A bare bucket name is what people type; it means the bucket's ARN.
  const arn = next.startsWith('arn:') ? next : /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(next) ? `arn:aws:s3:::${next}` : next;
  const problem = arnProblem(arn);
  if (problem) return refuse(problem);
  const parsed = parseArn(arn)!;
  if (parsed.service === 'iam' && parsed.resource.startsWith('role/'))
    return refuse("a role's trust policy lives on the role, not in resources");
  if ((scenario.resources ?? []).some((r, i) => i !== index && r.arn === arn)) return refuse(`${arn} is already in the scenario`);
  const nextId = nodeId.resource(arn);
  const before = scenario.resources?.[index];
  const accountChanges =
    before !== undefined && resourceAccount(before, defaultAccount) !== resourceAccount({ ...before, arn }, defaultAccount);
  return {
    ok: true,
    label: `Rename resource ${oldArn} to ${arn}`,
    nextId,
    note: accountChanges ? `the new ARN puts the resource in account ${resourceAccount({ ...before, arn }, defaultAccount)}` : undefined,
    recipe: (d) => {
      const r = d.resources?.[index];
      if (!r) return;
      r.arn = arn;
      renamePositionKey(d, id, nextId);
      for (const q of d.queries ?? []) {
        if (q.resource === oldArn) q.resource = arn;
        // Objects of a renamed bucket move with it.
        else if (q.resource.startsWith(`${oldArn}/`)) q.resource = arn + q.resource.slice(oldArn.length);
      }
    },
  };
}

function renameAccountAlias(accountId: string, next: string): GraphEdit {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/console-account-alias.html
  if (next !== '' && !/^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/.test(next)) {
    return refuse('an account alias has 3–63 lowercase letters, digits and hyphens, and no hyphen at either end');
  }
  return {
    ok: true,
    label: next === '' ? `Remove the alias of account ${accountId}` : `Set the alias of account ${accountId} to ${next}`,
    recipe: (d) => {
      d.accounts ??= [];
      let entry = d.accounts.find((a) => a.id === accountId);
      if (!entry) d.accounts.push((entry = { id: accountId }));
      if (next === '') delete entry.alias;
      else entry.alias = next;
    },
  };
}
