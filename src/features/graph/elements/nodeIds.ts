/**
 * Node ids of the graph. They key the positions saved in `scenario.layout.positions`, so they are
 * part of the document: changing their shape needs a migration of saved layouts.
 */
export const nodeId = {
  user: (arn: string) => `user:${arn}`,
  group: (arn: string) => `group:${arn}`,
  role: (arn: string) => `role:${arn}`,
  policy: (arn: string) => `policy:${arn}`,
  resource: (arn: string) => `resource:${arn}`,
  service: (name: string) => `service:${name}`,
  /** An IAM identity provider by ARN, a built-in web identity provider by host. */
  provider: (arnOrHost: string) => `provider:${arnOrHost}`,
  account: (id: string) => `account:${id}`,
  ou: (id: string) => `ou:${id}`,
  /** The box of a large account's entities under one IAM path. */
  path: (account: string, path: string) => `path:${account}:${path}`,
  orgPolicy: (type: 'scp' | 'rcp', name: string) => `orgpolicy:${type}:${name}`,
};

export function edgeId(kind: string, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}
