import type { AssumeEdge } from '../../../engine';
import {
  BUILT_IN_WEB_IDENTITY_PROVIDERS,
  iamArn,
  isAccountId,
  isAwsManagedPolicyArn,
  parseArn,
  pointer,
  type ResolvedPolicy,
  type Scenario,
  type World,
} from '../../../model';
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
 * The scenario as a graph: identities, identity providers, the policies attached to them, resources
 * with their resource-based policies, the organization's SCPs and RCPs, and accounts and OUs as containers so
 * a relation that crosses an account boundary is visible as an edge leaving a box. "Can assume"
 * edges come from the engine (`evaluation.assumeEdges`), never from reading trust policies here:
 * whether a principal can assume a role depends on both sides, which is the engine's job.
 */
/** What the graph is drawn from: the restored scenario and its world, references resolved. */
export interface RestoredForGraph {
  scenario: Scenario;
  world: World;
}

export function scenarioToGraph(
  restored: RestoredForGraph,
  evaluation: { ok: true; assumeEdges: readonly AssumeEdge[] } | { ok: false } | null,
  conditionalAssume: readonly (AssumeEdge & { keys: string[] })[] = [],
): GraphModel {
  const builder = new GraphBuilder(restored);
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

const BUILT_IN_PROVIDERS: ReadonlySet<string> = new Set(BUILT_IN_WEB_IDENTITY_PROVIDERS);

class GraphBuilder {
  private readonly defaultAccount: string;
  private readonly containers = new Map<string, GraphNode<ContainerNodeData>>();
  private readonly leaves = new Map<string, GraphNode<LeafNodeData>>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly listedAccounts = new Set<string>();
  private rootUnit: string | null = null;

  private readonly scenario: Scenario;

  constructor(private readonly restored: RestoredForGraph) {
    this.scenario = restored.scenario;
    this.defaultAccount = restored.world.defaultAccount;
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
    const { scenario, world } = this.restored;
    (scenario.policies ?? []).forEach((p, i) => {
      const account = p.account ?? this.defaultAccount;
      const arn = iamArn(account, 'policy', p.path, p.name);
      this.addLeaf(
        nodeId.policy(arn),
        { kind: 'policy', name: p.name, arn, account, index: i, documentPath: pointer(['policies', i, 'document']), awsManaged: false },
        account,
      );
    });
    for (const g of world.groups.values()) {
      const data = {
        kind: 'group' as const,
        name: g.name,
        arn: g.arn,
        account: g.account,
        index: g.index,
        inlinePolicies: inlineBadges(g.policies, `group ${g.name}`),
      };
      this.addLeaf(nodeId.group(g.arn), data, g.account);
    }
    for (const u of world.users.values()) {
      const data = {
        kind: 'user' as const,
        name: u.name,
        arn: u.arn,
        account: u.account,
        index: u.index,
        inlinePolicies: inlineBadges(u.policies, undefined),
      };
      this.addLeaf(nodeId.user(u.arn), data, u.account);
    }
    for (const p of world.identityProviders.values()) {
      const data = { kind: 'provider' as const, name: p.name, providerType: p.type, arn: p.arn, account: p.account, index: p.index };
      this.addLeaf(nodeId.provider(p.arn), data, p.account);
    }
    for (const r of world.roles.values()) {
      const trustPolicyPath = r.trustPolicy?.documentPath ?? null;
      const data = {
        kind: 'role' as const,
        name: r.name,
        arn: r.arn,
        account: r.account,
        index: r.index,
        inlinePolicies: inlineBadges(r.policies, undefined),
        trustPolicyPath,
      };
      this.addLeaf(nodeId.role(r.arn), data, r.account);
    }

    // Edges from the world, where every reference is already resolved: a name that resolves to
    // nothing is not in it, so it draws no edge (validation reports it).
    for (const u of world.users.values()) {
      const id = nodeId.user(u.arn);
      for (const g of u.groups) this.addEdge('member', id, nodeId.group(g.arn), { kind: 'member', userIndex: u.index, groupName: g.name });
      this.attachPolicies(
        id,
        'users',
        u.index,
        u.policies.filter((p) => p.via === undefined),
        u.boundary,
      );
    }
    for (const g of world.groups.values()) this.attachPolicies(nodeId.group(g.arn), 'groups', g.index, g.policies, null);
    for (const r of world.roles.values()) this.attachPolicies(nodeId.role(r.arn), 'roles', r.index, r.policies, r.boundary);
  }

  addResources(): void {
    for (const r of this.restored.world.resources.values()) {
      const named = r.policy ? namedPrincipals(r.policy.document) : { principals: [], everyone: false };
      const id = this.addLeaf(
        nodeId.resource(r.arn),
        {
          kind: 'resource',
          arn: r.arn,
          name: resourceShortName(r.arn),
          service: parseArn(r.arn)?.service ?? 'unknown',
          account: r.account,
          index: r.index,
          policyPath: r.policy?.documentPath ?? null,
          publicAccess: named.everyone,
        },
        r.account,
      );
      // Allow wins for the edge's style: a principal both allowed and denied is "named" first of all.
      const effects = new Map<string, 'Allow' | 'Deny'>();
      for (const { principal, effect } of named.principals) {
        const target = this.principalNode(principal);
        if (target && target !== id && effects.get(target) !== 'Allow') effects.set(target, effect);
      }
      for (const [target, effect] of effects) this.addEdge('resourcePolicy', id, target, null, effect === 'Deny');
    }
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
        ? [nodeId.user(from), nodeId.role(from), nodeId.provider(from)].find((id) => this.leaves.has(id))
        : BUILT_IN_PROVIDERS.has(from)
          ? this.ensureBuiltInProvider(from)
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
    this.boxLargeAccountsByPath();
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

  /**
   * An account with hundreds of entities (a real one, imported) is unreadable as one box and slow
   * to draw: its users, groups, roles and customer managed policies go into one box per IAM path,
   * the way the account's owners already sorted them. Resources and providers stay in the account.
   */
  private boxLargeAccountsByPath(): void {
    const counts = new Map<string, number>();
    for (const leaf of this.leaves.values())
      if (leaf.parent && hasIamPath(leaf.data)) counts.set(leaf.parent, (counts.get(leaf.parent) ?? 0) + 1);
    for (const [accountNode, count] of counts) {
      if (count < PATH_BOXES_FROM) continue;
      const account = this.containers.get(accountNode);
      if (account?.data.kind !== 'account') continue;
      const accountId = account.data.accountId;
      const pathOf = new Map<string, string>();
      for (const [id, leaf] of this.leaves)
        if (leaf.parent === accountNode && hasIamPath(leaf.data)) pathOf.set(id, iamPathOf(leaf.data.arn));
      // In path order, so the boxes read like a directory listing: `/` first.
      for (const path of [...new Set(pathOf.values())].sort()) {
        const box = nodeId.path(accountId, path);
        this.containers.set(box, { id: box, parent: accountNode, data: { kind: 'path', account: accountId, path } });
      }
      for (const [id, path] of pathOf) this.leaves.set(id, { ...this.leaves.get(id)!, parent: nodeId.path(accountId, path) });
    }
  }

  /** Managed policies attached to an identity (as the world resolved them) and its boundary, as edges. */
  private attachPolicies(
    owner: string,
    collection: IdentityCollection,
    index: number,
    policies: readonly ResolvedPolicy[],
    boundary: ResolvedPolicy | null,
  ): void {
    for (const p of policies) {
      if (!p.attachment || !p.arn) continue;
      this.addEdge('attached', owner, this.policyNode(p), { kind: 'managedPolicy', collection, index, ref: p.attachment.ref });
    }
    if (boundary?.arn && collection !== 'groups')
      this.addEdge('boundary', owner, this.policyNode(boundary), { kind: 'boundary', collection, index });
  }

  /** A managed policy's node; AWS managed policies get theirs the first time they are used. */
  private policyNode(policy: ResolvedPolicy): string {
    const arn = policy.arn!;
    const id = nodeId.policy(arn);
    if (!this.leaves.has(id) && isAwsManagedPolicyArn(arn)) {
      this.addLeaf(id, { kind: 'policy', name: policy.name, arn, account: null, index: null, documentPath: null, awsManaged: true }, null);
    }
    return id;
  }

  private principalNode(p: NamedPrincipal): string | null {
    switch (p.type) {
      case 'account':
        return this.ensureAccount(p.account);
      case 'service':
        return this.ensureService(p.service);
      case 'user': {
        const exact = nodeId.user(p.arn);
        return this.leaves.has(exact) ? exact : this.byName(this.restored.world.users, p.account, p.name, nodeId.user);
      }
      case 'role': {
        const exact = nodeId.role(p.arn);
        return this.leaves.has(exact) ? exact : this.byName(this.restored.world.roles, p.account, p.name, nodeId.role);
      }
    }
  }

  /** A principal ARN with another path than the entity's (AWS matches role and user ARNs by name too). */
  private byName(
    entities: ReadonlyMap<string, { account: string; name: string; arn: string }>,
    account: string,
    name: string,
    id: (arn: string) => string,
  ): string | null {
    for (const e of entities.values()) if (e.account === account && e.name === name) return id(e.arn);
    return null;
  }

  private ensureService(name: string): string {
    const id = nodeId.service(name);
    if (!this.leaves.has(id)) this.addLeaf(id, { kind: 'service', name }, null);
    return id;
  }

  private ensureBuiltInProvider(host: string): string {
    const id = nodeId.provider(host);
    if (!this.leaves.has(id))
      this.addLeaf(id, { kind: 'provider', name: host, providerType: 'builtIn', arn: null, account: null, index: null }, null);
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

/** Entities of an account from which it is drawn as one box per IAM path. */
export const PATH_BOXES_FROM = 200;

type PathedLeaf = Extract<LeafNodeData, { kind: 'user' | 'group' | 'role' | 'policy' }>;

function hasIamPath(data: LeafNodeData): data is PathedLeaf {
  return data.kind === 'user' || data.kind === 'group' || data.kind === 'role' || (data.kind === 'policy' && !data.awsManaged);
}

/** `arn:aws:iam::1:user/teams/web/ana` → `/teams/web/`; no path → `/`. */
export function iamPathOf(arn: string): string {
  const resource = arn.slice(arn.indexOf(':', arn.indexOf('::') + 2) + 1);
  const first = resource.indexOf('/');
  const last = resource.lastIndexOf('/');
  return first === -1 || first === last ? '/' : resource.slice(first, last + 1);
}

/** The identity's own inline policies (`via` says whose they are: the user's own or its group's). */
function inlineBadges(policies: readonly ResolvedPolicy[], via: string | undefined): InlinePolicyBadge[] {
  return policies.flatMap((p) =>
    p.attachment || p.via !== via || p.documentPath === null ? [] : [{ name: p.name, documentPath: p.documentPath }],
  );
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
