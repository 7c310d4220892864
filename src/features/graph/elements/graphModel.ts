/**
 * The graph as the playground understands it, before React Flow sees it: what each node stands for
 * in the scenario and what each edge means in IAM. Pure data, so the transforms that build and read
 * it run under Vitest without a DOM.
 */

/** A collection of the scenario that holds identities with attachable policies. */
export type IdentityCollection = 'users' | 'groups' | 'roles';

export type InlinePolicyBadge = {
  name: string;
  /** JSON pointer of the inline policy's document, opened by the editor. */
  documentPath: string;
};

export type UserNodeData = {
  kind: 'user';
  name: string;
  arn: string;
  account: string;
  index: number;
  inlinePolicies: InlinePolicyBadge[];
};

export type GroupNodeData = {
  kind: 'group';
  name: string;
  arn: string;
  account: string;
  index: number;
  inlinePolicies: InlinePolicyBadge[];
};

export type RoleNodeData = {
  kind: 'role';
  name: string;
  arn: string;
  account: string;
  index: number;
  inlinePolicies: InlinePolicyBadge[];
  /** JSON pointer of the trust policy; null when the role has none (nobody can assume it). */
  trustPolicyPath: string | null;
};

export type PolicyNodeData = {
  kind: 'policy';
  name: string;
  arn: string;
  /** Null for AWS managed policies: they belong to no account of the scenario. */
  account: string | null;
  /** Index in `policies`; null for AWS managed policies. */
  index: number | null;
  documentPath: string | null;
  awsManaged: boolean;
};

export type ResourceNodeData = {
  kind: 'resource';
  arn: string;
  /** Short label: the bucket name, `key/1234…`. */
  name: string;
  service: string;
  account: string;
  index: number;
  policyPath: string | null;
  /** The policy names `*` as a principal. */
  publicAccess: boolean;
};

export type ServiceNodeData = {
  kind: 'service';
  /** The service principal, e.g. `ec2.amazonaws.com`. */
  name: string;
};

/**
 * An identity provider: one of the scenario's IAM providers (SAML, OIDC), or a web identity provider
 * AWS knows without one (`accounts.google.com`), drawn when a trust policy names it.
 */
export type ProviderNodeData = {
  kind: 'provider';
  /** The SAML provider's name, the OIDC provider's host, or the built-in provider's host. */
  name: string;
  providerType: 'saml' | 'oidc' | 'builtIn';
  /** The IAM provider's ARN; null for a built-in provider. */
  arn: string | null;
  account: string | null;
  /** Index in `identityProviders`; null for a built-in provider. */
  index: number | null;
};

export type OrgPolicyNodeData = {
  kind: 'orgpolicy';
  policyType: 'scp' | 'rcp';
  name: string;
  index: number;
  /** Null for AWS's built-in FullAWSAccess / RCPFullAWSAccess named without a document. */
  documentPath: string | null;
};

export type AccountNodeData = {
  kind: 'account';
  accountId: string;
  alias: string | null;
  management: boolean;
  /** Only named in a policy (e.g. a bucket policy trusting it), not modelled by the scenario. */
  external: boolean;
  /** Folded into one node: what it holds, by kind (see collapse.ts). */
  collapsed?: Partial<Record<string, number>>;
};

export type OuNodeData = {
  kind: 'ou';
  unitId: string;
  name: string;
  root: boolean;
  /** Folded into one node: what it holds, by kind (see collapse.ts). */
  collapsed?: Partial<Record<string, number>>;
};

/**
 * The entities of a large account that share an IAM path (`/teams/web/`, `/service-role/`): a box
 * inside the account, folded until it is opened, so a real account opens as a dozen boxes rather
 * than thousands of nodes (see scenarioToGraph's PATH_BOXES_FROM).
 */
export type PathNodeData = {
  kind: 'path';
  account: string;
  path: string;
  /** Folded into one node: what it holds, by kind (see collapse.ts). */
  collapsed?: Partial<Record<string, number>>;
};

export type LeafNodeData =
  UserNodeData | GroupNodeData | RoleNodeData | PolicyNodeData | ResourceNodeData | ServiceNodeData | ProviderNodeData | OrgPolicyNodeData;
export type ContainerNodeData = AccountNodeData | OuNodeData | PathNodeData;
export type GraphNodeData = LeafNodeData | ContainerNodeData;
export type GraphNodeKind = GraphNodeData['kind'];

export interface GraphNode<D extends GraphNodeData = GraphNodeData> {
  id: string;
  /** The container (account or OU) the node sits in; null at the top level. */
  parent: string | null;
  data: D;
}

export type EdgeKind = 'member' | 'attached' | 'boundary' | 'assume' | 'resourcePolicy' | 'orgPolicy';

/** How to undo an edge in the document; null when the edge is computed and cannot be detached by hand. */
export type DetachRef =
  | { kind: 'member'; userIndex: number; groupName: string }
  | { kind: 'managedPolicy'; collection: IdentityCollection; index: number; ref: string }
  | { kind: 'boundary'; collection: 'users' | 'roles'; index: number }
  | { kind: 'orgPolicyTarget'; policyIndex: number; target: string };

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** A sentence for screen readers and tooltips: `priya is a member of Developers`. */
  label: string;
  /** For resource-policy edges: the principal is named only in Deny statements. */
  denyOnly?: boolean;
  /** For can-assume edges that hold only with the right request context: the keys it takes. */
  requires?: string[];
  detach: DetachRef | null;
}

export interface GraphModel {
  /** Containers come before the nodes they contain (React Flow needs parents first). */
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function isContainer(data: GraphNodeData): data is ContainerNodeData {
  return data.kind === 'account' || data.kind === 'ou' || data.kind === 'path';
}

/** The name a person reads on the node. */
export function displayName(data: GraphNodeData): string {
  switch (data.kind) {
    case 'account':
      return data.alias ? `${data.alias} (${data.accountId})` : data.accountId;
    case 'ou':
      return data.name;
    case 'path':
      return data.path;
    default:
      return data.name;
  }
}

/** The caption a container shows before its name. */
export function containerCaption(data: ContainerNodeData): string {
  if (data.kind === 'ou') return data.root ? 'Organization root' : 'OU';
  if (data.kind === 'path') return 'Path';
  return data.management ? 'Management account' : data.external ? 'Account outside the scenario' : 'Account';
}

/** What the node is, in IAM words, for labels and messages. */
export function kindLabel(data: GraphNodeData): string {
  switch (data.kind) {
    case 'user':
      return 'user';
    case 'group':
      return 'group';
    case 'role':
      return 'role';
    case 'policy':
      return data.awsManaged ? 'AWS managed policy' : 'customer managed policy';
    case 'resource':
      return 'resource';
    case 'service':
      return 'service principal';
    case 'provider':
      return data.providerType === 'saml'
        ? 'SAML identity provider'
        : data.providerType === 'oidc'
          ? 'OIDC identity provider'
          : 'web identity provider';
    case 'orgpolicy':
      return data.policyType.toUpperCase();
    case 'account':
      return 'account';
    case 'ou':
      return data.root ? 'organization root' : 'organizational unit';
    case 'path':
      return 'path';
  }
}
