import type { AssumeEdge } from '../../../engine';
import { defaultAccountOf, iamArn, isAccountId, isAwsManagedPolicyArn, parseArn, pointer, type Scenario } from '../../../model';
import {
  displayName,
  type AccountNodeData,
  type ContainerNodeData,
  type DetachRef,
  type EdgeKind,
  type GraphEdge,
  type GraphModel,
  type GraphNode,
  type GraphNodeData,
  type IdentityCollection,
  type InlinePolicyBadge,
  type LeafNodeData,
} from './graphModel';
import { edgeId, nodeId } from './nodeIds';
import { namedPrincipals, type NamedPrincipal } from '../../../model';

/**
 * The scenario as a graph: identities, the policies attached to them, resources with their
 * resource-based policies, the organization's SCPs and RCPs, and accounts and OUs as containers so
 * a relation that crosses an account boundary is visible as an edge leaving a box. "Can assume"
 * edges come from the engine (`evaluation.assumeEdges`), never from reading trust policies here:
 * whether a principal can assume a role depends on both sides, which is the engine's job.
 */
export function scenarioToGraph(
  scenario: Scenario,
  evaluation: { ok: true; assumeEdges: readonly AssumeEdge[] } | { ok: false } | null,
  conditionalAssume: readonly (AssumeEdge & { keys: string[] })[] = [],
): GraphModel {
  const builder = new GraphBuilder(scenario);
  builder.addOrganization();
  builder.addIdentities();
  builder.addResources();
  builder.addOrganizationPolicies();
  builder.addAssumeEdges(evaluation?.ok ? evaluation.assumeEdges : []);
  if (evaluation?.ok) builder.addAssumeEdges(conditionalAssume);
  return builder.build();
}

/** The account a resource belongs to, as the engine decides it (scenario-format.md, "Resources"). */
export function resourceAccount(resource: { arn: string; account?: string }, defaultAccount: string): string {
  if (resource.account !== undefined) return resource.account;
  const arn = parseArn(resource.arn);
  return arn && isAccountId(arn.account) ? arn.account : defaultAccount;
}

/** `arn:aws:s3:::bucket` → `bucket`; `arn:aws:kms:…:key/1234` → `key/1234`. */
export function resourceShortName(arnText: string): string {
  const arn = parseArn(arnText);
  return arn ? arn.resource : arnText;
}

class GraphBuilder {
  private readonly defaultAccount: string;
  private readonly containers = new Map<string, GraphNode<ContainerNodeData>>();
  private readonly leaves = new Map<string, GraphNode<LeafNodeData>>();
  private readonly edges = new Map<string, GraphEdge>();
  /** `account|name` → node id, for references by name (IAM names are per account). */
  private readonly policyByName = new Map<string, string>();
  private readonly groupByName = new Map<string, string>();
  private readonly userByName = new Map<string, string>();
  private readonly roleByName = new Map<string, string>();
  private readonly listedAccounts = new Set<string>();
  private rootUnit: string | null = null;

  constructor(private readonly scenario: Scenario) {
    this.defaultAccount = defaultAccountOf(scenario);
  }

  addOrganization(): void {
    for (const a of this.scenario.accounts ?? []) this.listedAccounts.add(a.id);
    const org = this.scenario.organization;
    if (org) {
      const units = org.units.length > 0 ? org.units : [{ id: 'root', name: 'Root', parent: undefined }];
      const ids = new Set(units.map((u) => u.id));
      const root = units.find((u) => u.parent === undefined) ?? units[0]!;
      this.rootUnit = root.id;
      for (const u of units) {
        const isRoot = u.id === root.id;
        // A unit whose parent is missing hangs under the root, where validation will point at it.
        const parent = isRoot ? null : nodeId.ou(u.parent !== undefined && ids.has(u.parent) ? u.parent : root.id);
        if (this.containers.has(nodeId.ou(u.id))) continue;
        this.containers.set(nodeId.ou(u.id), {
          id: nodeId.ou(u.id),
          parent,
          data: { kind: 'ou', unitId: u.id, name: u.name ?? u.id, root: isRoot },
        });
      }
      this.ensureAccount(org.managementAccount);
    }
    for (const a of this.scenario.accounts ?? []) this.ensureAccount(a.id);
  }

  addIdentities(): void {
    const s = this.scenario;
    (s.policies ?? []).forEach((p, i) => {
      const account = p.account ?? this.defaultAccount;
      const arn = iamArn(account, 'policy', p.path, p.name);
      const id = this.addLeaf(
        nodeId.policy(arn),
        { kind: 'policy', name: p.name, arn, account, index: i, documentPath: pointer(['policies', i, 'document']), awsManaged: false },
        account,
      );
      this.policyByName.set(`${account}|${p.name}`, id);
    });
    (s.groups ?? []).forEach((g, i) => {
      const account = g.account ?? this.defaultAccount;
      const arn = iamArn(account, 'group', g.path, g.name);
      const inlinePolicies = inlineBadges(g.inlinePolicies, ['groups', i]);
      const id = this.addLeaf(nodeId.group(arn), { kind: 'group', name: g.name, arn, account, index: i, inlinePolicies }, account);
      this.groupByName.set(`${account}|${g.name}`, id);
    });
    (s.users ?? []).forEach((u, i) => {
      const account = u.account ?? this.defaultAccount;
      const arn = iamArn(account, 'user', u.path, u.name);
      const inlinePolicies = inlineBadges(u.inlinePolicies, ['users', i]);
      const id = this.addLeaf(nodeId.user(arn), { kind: 'user', name: u.name, arn, account, index: i, inlinePolicies }, account);
      this.userByName.set(`${account}|${u.name}`, id);
    });
    (s.roles ?? []).forEach((r, i) => {
      const account = r.account ?? this.defaultAccount;
      const arn = iamArn(account, 'role', r.path, r.name);
      const inlinePolicies = inlineBadges(r.inlinePolicies, ['roles', i]);
      const trustPolicyPath = r.trustPolicy ? pointer(['roles', i, 'trustPolicy']) : null;
      const id = this.addLeaf(
        nodeId.role(arn),
        { kind: 'role', name: r.name, arn, account, index: i, inlinePolicies, trustPolicyPath },
        account,
      );
      this.roleByName.set(`${account}|${r.name}`, id);
    });

    // Edges once every node exists, so references resolve whatever the order in the file.
    (s.users ?? []).forEach((u, i) => {
      const account = u.account ?? this.defaultAccount;
      const id = this.userByName.get(`${account}|${u.name}`)!;
      for (const group of u.groups ?? []) {
        // Groups are named in the user's account; a name that resolves to nothing draws no edge (validation reports it).
        const target = this.groupByName.get(`${account}|${group}`);
        if (target) this.addEdge('member', id, target, { kind: 'member', userIndex: i, groupName: group });
      }
      this.attachPolicies(id, 'users', i, account, u.managedPolicies, u.permissionsBoundary);
    });
    (s.groups ?? []).forEach((g, i) => {
      const account = g.account ?? this.defaultAccount;
      this.attachPolicies(this.groupByName.get(`${account}|${g.name}`)!, 'groups', i, account, g.managedPolicies, null);
    });
    (s.roles ?? []).forEach((r, i) => {
      const account = r.account ?? this.defaultAccount;
      this.attachPolicies(this.roleByName.get(`${account}|${r.name}`)!, 'roles', i, account, r.managedPolicies, r.permissionsBoundary);
    });
  }

  addResources(): void {
    (this.scenario.resources ?? []).forEach((r, i) => {
      const account = resourceAccount(r, this.defaultAccount);
      const named = r.policy ? namedPrincipals(r.policy) : { principals: [], everyone: false };
      const id = this.addLeaf(
        nodeId.resource(r.arn),
        {
          kind: 'resource',
          arn: r.arn,
          name: resourceShortName(r.arn),
          service: parseArn(r.arn)?.service ?? 'unknown',
          account,
          index: i,
          policyPath: r.policy ? pointer(['resources', i, 'policy']) : null,
          publicAccess: named.everyone,
        },
        account,
      );
      // Allow wins for the edge's style: a principal both allowed and denied is "named" first of all.
      const effects = new Map<string, 'Allow' | 'Deny'>();
      for (const { principal, effect } of named.principals) {
        const target = this.principalNode(principal);
        if (target && target !== id && effects.get(target) !== 'Allow') effects.set(target, effect);
      }
      for (const [target, effect] of effects) this.addEdge('resourcePolicy', id, target, null, effect === 'Deny');
    });
  }

  addOrganizationPolicies(): void {
    const org = this.scenario.organization;
    if (!org) return;
    org.policies.forEach((p, i) => {
      const id = this.addLeaf(
        nodeId.orgPolicy(p.type, p.name),
        {
          kind: 'orgpolicy',
          policyType: p.type,
          name: p.name,
          index: i,
          documentPath: p.document ? pointer(['organization', 'policies', i, 'document']) : null,
        },
        null,
      );
      for (const target of p.targets) {
        const container = this.containers.has(nodeId.ou(target))
          ? nodeId.ou(target)
          : isAccountId(target)
            ? this.ensureAccount(target)
            : null;
        if (container) this.addEdge('orgPolicy', id, container, { kind: 'orgPolicyTarget', policyIndex: i, target });
      }
    });
  }

  addAssumeEdges(assumeEdges: readonly (AssumeEdge & { keys?: string[] })[]): void {
    for (const { from, to, keys } of assumeEdges) {
      const target = nodeId.role(to);
      if (!this.leaves.has(target)) continue; // an answer for an older revision: the role is gone or renamed
      const source = from.startsWith('arn:')
        ? [nodeId.user(from), nodeId.role(from)].find((id) => this.leaves.has(id))
        : this.ensureService(from);
      if (!source) continue;
      const id = edgeId('assume', source, target);
      if (keys && this.edges.has(id)) continue; // a definite edge says more
      this.addEdge('assume', source, target, null);
      const edge = this.edges.get(id);
      if (keys && edge) {
        const needs = keys.length > 0 ? keys.map((k) => `\`${k}\``).join(', ') : 'the right request context';
        this.edges.set(id, { ...edge, requires: keys, label: `${edge.label}, given ${needs}` });
      }
    }
  }

  build(): GraphModel {
    const hasChildren = new Set<string>();
    for (const n of [...this.leaves.values(), ...this.containers.values()]) if (n.parent) hasChildren.add(n.parent);
    const containers = [...this.containers.values()].map((c): GraphNode => {
      if (c.data.kind !== 'account') return c;
      // An account only named in a policy or an SCP target is drawn dashed: the scenario does not model it.
      const external = !this.listedAccounts.has(c.data.accountId) && !hasChildren.has(c.id) && !c.data.management;
      return external === c.data.external ? c : { ...c, data: { ...c.data, external } };
    });
    return { nodes: [...parentFirst(containers), ...this.leaves.values()], edges: [...this.edges.values()] };
  }

  private attachPolicies(
    owner: string,
    collection: IdentityCollection,
    index: number,
    account: string,
    refs: string[] | undefined,
    boundary: string | null | undefined,
  ): void {
    for (const ref of refs ?? []) {
      const policy = this.policyNode(ref, account);
      if (policy) this.addEdge('attached', owner, policy, { kind: 'managedPolicy', collection, index, ref });
    }
    if (boundary !== null && boundary !== undefined && collection !== 'groups') {
      const policy = this.policyNode(boundary, account);
      if (policy) this.addEdge('boundary', owner, policy, { kind: 'boundary', collection, index });
    }
  }

  /** A managed policy reference → its node; AWS managed policies get a node the first time they are used. */
  private policyNode(ref: string, account: string): string | null {
    if (isAwsManagedPolicyArn(ref)) {
      const id = nodeId.policy(ref);
      if (!this.leaves.has(id)) {
        const name = ref.slice(ref.lastIndexOf('/') + 1);
        this.addLeaf(id, { kind: 'policy', name, arn: ref, account: null, index: null, documentPath: null, awsManaged: true }, null);
      }
      return id;
    }
    if (ref.startsWith('arn:')) return this.leaves.has(nodeId.policy(ref)) ? nodeId.policy(ref) : null;
    return this.policyByName.get(`${account}|${ref}`) ?? null;
  }

  private principalNode(p: NamedPrincipal): string | null {
    switch (p.type) {
      case 'account':
        return this.ensureAccount(p.account);
      case 'service':
        return this.ensureService(p.service);
      case 'user': {
        const exact = nodeId.user(p.arn);
        return this.leaves.has(exact) ? exact : (this.userByName.get(`${p.account}|${p.name}`) ?? null);
      }
      case 'role': {
        const exact = nodeId.role(p.arn);
        return this.leaves.has(exact) ? exact : (this.roleByName.get(`${p.account}|${p.name}`) ?? null);
      }
    }
  }

  private ensureService(name: string): string {
    const id = nodeId.service(name);
    if (!this.leaves.has(id)) this.addLeaf(id, { kind: 'service', name }, null);
    return id;
  }

  private ensureAccount(accountId: string): string {
    const id = nodeId.account(accountId);
    if (this.containers.has(id)) return id;
    const listed = this.scenario.accounts?.find((a) => a.id === accountId);
    const org = this.scenario.organization;
    const management = org?.managementAccount === accountId;
    let parent: string | null = null;
    if (org && listed?.unit !== undefined && this.containers.has(nodeId.ou(listed.unit))) parent = nodeId.ou(listed.unit);
    else if (management && this.rootUnit !== null) parent = nodeId.ou(this.rootUnit);
    const data: AccountNodeData = { kind: 'account', accountId, alias: listed?.alias ?? null, management, external: false };
    this.containers.set(id, { id, parent, data });
    return id;
  }

  private addLeaf(id: string, data: LeafNodeData, account: string | null): string {
    // A duplicate (validation reports it) keeps the first: one node per id.
    if (!this.leaves.has(id)) this.leaves.set(id, { id, parent: account === null ? null : this.ensureAccount(account), data });
    return id;
  }

  private addEdge(kind: EdgeKind, source: string, target: string, detach: DetachRef | null, denyOnly = false): void {
    const id = edgeId(kind, source, target);
    if (this.edges.has(id)) return;
    const from = this.nameOf(source);
    const to = this.nameOf(target);
    const label = {
      member: `${from} is a member of group ${to}`,
      attached: `${to} is attached to ${from}`,
      boundary: `${to} is the permissions boundary of ${from}`,
      assume: `${from} can assume role ${to}`,
      resourcePolicy: `the resource policy of ${from} ${denyOnly ? 'denies' : 'names'} ${to}`,
      orgPolicy: `${from} is attached to ${to}`,
    }[kind];
    this.edges.set(id, { id, source, target, kind, label, detach, ...(denyOnly ? { denyOnly } : {}) });
  }

  private nameOf(id: string): string {
    const data: GraphNodeData | undefined = this.leaves.get(id)?.data ?? this.containers.get(id)?.data;
    if (!data) return id;
    if (data.kind === 'orgpolicy') return `${data.policyType.toUpperCase()} ${data.name}`;
    if (data.kind === 'account') return `account ${displayName(data)}`;
    if (data.kind === 'ou') return data.root ? 'the organization root' : `OU ${data.name}`;
    return displayName(data);
  }
}

function inlineBadges(list: { name: string }[] | undefined, base: (string | number)[]): InlinePolicyBadge[] {
  return (list ?? []).map((p, i) => ({ name: p.name, documentPath: pointer([...base, 'inlinePolicies', i, 'document']) }));
}

/** Orders containers so every parent precedes its children; a parent cycle is cut at the top level. */
function parentFirst(containers: GraphNode[]): GraphNode[] {
  const byId = new Map(containers.map((c) => [c.id, c]));
  const out: GraphNode[] = [];
  const placed = new Set<string>();
  const visit = (node: GraphNode, trail: Set<string>): void => {
    if (placed.has(node.id)) return;
    let current = node;
    if (node.parent !== null) {
      const parent = byId.get(node.parent);
      if (!parent || trail.has(parent.id)) current = { ...node, parent: null };
      else visit(parent, new Set([...trail, node.id]));
    }
    placed.add(current.id);
    out.push(current);
  };
  for (const c of containers) visit(c, new Set([c.id]));
  return out;
}
