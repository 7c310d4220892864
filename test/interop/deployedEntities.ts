import hcl from 'hcl2-parser';
import { parse as parseYaml } from 'yaml';
import { defaultAccountOf, iamArn, type Scenario } from '../../src/model';

/**
 * What a deployment creates in one account, in one comparable shape: the round-trip tests read it
 * back out of each export (YAML and HCL through parsers from npm, the CLI script through the calls
 * it makes) and compare it with what the scenario says. References are ARNs, lists sorted.
 */
export interface Deployed {
  policies: Record<string, { path: string; description?: string; document: unknown }>;
  groups: Record<string, { path: string; managed: string[]; inline: Record<string, unknown> }>;
  users: Record<
    string,
    { path: string; groups: string[]; managed: string[]; inline: Record<string, unknown>; boundary?: string; tags: Record<string, string> }
  >;
  roles: Record<
    string,
    {
      path: string;
      description?: string;
      trust: unknown;
      managed: string[];
      inline: Record<string, unknown>;
      boundary?: string;
      tags: Record<string, string>;
      maxSessionDuration?: number;
    }
  >;
  serviceLinked: Record<string, { customSuffix?: string; description?: string }>;
}

export function emptyDeployed(): Deployed {
  return { policies: {}, groups: {}, users: {}, roles: {}, serviceLinked: {} };
}

/** What the scenario says `account` should have, computed from the document directly. */
export function expectedDeployment(scenario: Scenario, account: string): Deployed {
  const fallback = defaultAccountOf(scenario);
  const mine = <T extends { account?: string }>(list: T[] | undefined) => (list ?? []).filter((e) => (e.account ?? fallback) === account);
  const policies = mine(scenario.policies);
  const arnOf = (ref: string) => {
    if (ref.startsWith('arn:')) return ref;
    const p = policies.find((x) => x.name === ref)!;
    return iamArn(account, 'policy', p.path, p.name);
  };
  const inline = (list: { name: string; document: unknown }[] | undefined) =>
    Object.fromEntries((list ?? []).map((p) => [p.name, p.document]));
  const out = emptyDeployed();
  for (const p of policies)
    out.policies[p.name] = { path: p.path ?? '/', document: p.document, ...(p.description ? { description: p.description } : {}) };
  for (const g of mine(scenario.groups))
    out.groups[g.name] = { path: g.path ?? '/', managed: (g.managedPolicies ?? []).map(arnOf).sort(), inline: inline(g.inlinePolicies) };
  for (const u of mine(scenario.users))
    out.users[u.name] = {
      path: u.path ?? '/',
      groups: [...(u.groups ?? [])].sort(),
      managed: (u.managedPolicies ?? []).map(arnOf).sort(),
      inline: inline(u.inlinePolicies),
      tags: u.tags ?? {},
      ...(u.permissionsBoundary ? { boundary: arnOf(u.permissionsBoundary) } : {}),
    };
  for (const r of mine(scenario.roles)) {
    const service = /^\/aws-service-role\/([^/]+)\/$/.exec(r.path ?? '/')?.[1];
    if (service) {
      const suffix = /_([^_]+)$/.exec(r.name)?.[1];
      out.serviceLinked[service] = {
        ...(suffix ? { customSuffix: suffix } : {}),
        ...(r.description ? { description: r.description } : {}),
      };
      continue;
    }
    out.roles[r.name] = {
      path: r.path ?? '/',
      trust: r.trustPolicy,
      managed: (r.managedPolicies ?? []).map(arnOf).sort(),
      inline: inline(r.inlinePolicies),
      tags: r.tags ?? {},
      ...(r.description ? { description: r.description } : {}),
      ...(r.permissionsBoundary ? { boundary: arnOf(r.permissionsBoundary) } : {}),
      ...(r.maxSessionDuration !== undefined ? { maxSessionDuration: r.maxSessionDuration } : {}),
    };
  }
  return out;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => v as Json;
const list = (v: unknown): unknown[] => (v === undefined ? [] : (v as unknown[]));
const tagsOf = (v: unknown) => Object.fromEntries(list(v).map((t) => [obj(t)['Key'] as string, obj(t)['Value'] as string]));

/** A CloudFormation template, parsed with `yaml`, `Ref`s resolved to what they name. */
export function deployedByCloudFormation(text: string, account: string): Deployed {
  const template = obj(parseYaml(text));
  const resources = obj(template['Resources']);
  const out = emptyDeployed();
  const props = (id: string) => obj(obj(resources[id])['Properties']);
  const resolve = (v: unknown): string => {
    if (typeof v === 'string') return v;
    const id = obj(v)['Ref'] as string;
    const r = obj(resources[id]);
    if (r['Type'] === 'AWS::IAM::ManagedPolicy')
      return iamArn(account, 'policy', props(id)['Path'] as string, props(id)['ManagedPolicyName'] as string);
    if (r['Type'] === 'AWS::IAM::Group') return props(id)['GroupName'] as string;
    throw new Error(`Ref to ${id}`);
  };
  const inline = (v: unknown) => Object.fromEntries(list(v).map((p) => [obj(p)['PolicyName'] as string, obj(p)['PolicyDocument']]));
  const managed = (v: unknown) => list(v).map(resolve).sort();
  for (const [id, value] of Object.entries(resources)) {
    const p = props(id);
    switch (obj(value)['Type']) {
      case 'AWS::IAM::ManagedPolicy':
        out.policies[p['ManagedPolicyName'] as string] = {
          path: p['Path'] as string,
          document: p['PolicyDocument'],
          ...(p['Description'] ? { description: p['Description'] as string } : {}),
        };
        break;
      case 'AWS::IAM::Group':
        out.groups[p['GroupName'] as string] = {
          path: p['Path'] as string,
          managed: managed(p['ManagedPolicyArns']),
          inline: inline(p['Policies']),
        };
        break;
      case 'AWS::IAM::User':
        out.users[p['UserName'] as string] = {
          path: p['Path'] as string,
          groups: list(p['Groups']).map(resolve).sort(),
          managed: managed(p['ManagedPolicyArns']),
          inline: inline(p['Policies']),
          tags: tagsOf(p['Tags']),
          ...(p['PermissionsBoundary'] ? { boundary: resolve(p['PermissionsBoundary']) } : {}),
        };
        break;
      case 'AWS::IAM::Role':
        out.roles[p['RoleName'] as string] = {
          path: p['Path'] as string,
          trust: p['AssumeRolePolicyDocument'],
          managed: managed(p['ManagedPolicyArns']),
          inline: inline(p['Policies']),
          tags: tagsOf(p['Tags']),
          ...(p['Description'] ? { description: p['Description'] as string } : {}),
          ...(p['PermissionsBoundary'] ? { boundary: resolve(p['PermissionsBoundary']) } : {}),
          ...(p['MaxSessionDuration'] !== undefined ? { maxSessionDuration: p['MaxSessionDuration'] as number } : {}),
        };
        break;
      case 'AWS::IAM::ServiceLinkedRole':
        out.serviceLinked[p['AWSServiceName'] as string] = {
          ...(p['CustomSuffix'] ? { customSuffix: p['CustomSuffix'] as string } : {}),
          ...(p['Description'] ? { description: p['Description'] as string } : {}),
        };
        break;
      default:
        throw new Error(`unexpected resource type ${String(obj(value)['Type'])}`);
    }
  }
  return out;
}

const parseHcl = (hcl as { parseToObject(input: string): [unknown, unknown] }).parseToObject;

/** HCL text parsed with `hcl2-parser` (hashicorp/hcl through hcl2json); throws on a syntax error. */
export function parseTerraform(text: string): Json {
  const [value, error] = parseHcl(text);
  if (value === null || value === undefined) throw new Error(`not HCL: ${JSON.stringify(error)}`);
  return obj(value);
}

/**
 * hcl2json leaves a function call as its source, `${jsonencode({ … })}`: the argument is an HCL
 * object of literals, which parses on its own into the JSON value it encodes.
 */
function jsonencoded(expression: unknown): unknown {
  const text = expression as string;
  const inner = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(text)?.[1];
  if (inner === undefined) throw new Error(`not a jsonencode call: ${text.slice(0, 60)}`);
  return parseTerraform(`value = ${inner}\n`)['value'];
}

/** A Terraform configuration, parsed with `hcl2-parser`, references resolved to what they name. */
export function deployedByTerraform(text: string, account: string): Deployed {
  const resource = obj(parseTerraform(text)['resource']);
  const of = (type: string): [string, Json][] =>
    Object.entries(obj(resource[type] ?? {})).map(([name, blocks]) => [name, obj(list(blocks)[0])]);
  const byId = (type: string, id: string) => of(type).find(([name]) => name === id)![1];
  /** `${aws_iam_policy.X.arn}`, `${aws_iam_group.X.name}` or a literal. */
  const resolve = (v: unknown): string => {
    const ref = /^\$\{(aws_iam_[a-z_]+)\.([A-Za-z0-9_-]+)\.(arn|name)\}$/.exec(v as string);
    if (!ref) return v as string;
    const target = byId(ref[1]!, ref[2]!);
    return ref[3] === 'arn' ? iamArn(account, 'policy', target['path'] as string, target['name'] as string) : (target['name'] as string);
  };
  const out = emptyDeployed();
  for (const [, p] of of('aws_iam_policy'))
    out.policies[p['name'] as string] = {
      path: p['path'] as string,
      document: jsonencoded(p['policy']),
      ...(p['description'] ? { description: p['description'] as string } : {}),
    };
  for (const [, g] of of('aws_iam_group')) out.groups[g['name'] as string] = { path: g['path'] as string, managed: [], inline: {} };
  for (const [, u] of of('aws_iam_user'))
    out.users[u['name'] as string] = {
      path: u['path'] as string,
      groups: [],
      managed: [],
      inline: {},
      tags: (u['tags'] as Record<string, string>) ?? {},
      ...(u['permissions_boundary'] ? { boundary: resolve(u['permissions_boundary']) } : {}),
    };
  for (const [, r] of of('aws_iam_role'))
    out.roles[r['name'] as string] = {
      path: r['path'] as string,
      trust: jsonencoded(r['assume_role_policy']),
      managed: [],
      inline: {},
      tags: (r['tags'] as Record<string, string>) ?? {},
      ...(r['description'] ? { description: r['description'] as string } : {}),
      ...(r['permissions_boundary'] ? { boundary: resolve(r['permissions_boundary']) } : {}),
      ...(r['max_session_duration'] !== undefined ? { maxSessionDuration: r['max_session_duration'] as number } : {}),
    };
  for (const [, s] of of('aws_iam_service_linked_role'))
    out.serviceLinked[s['aws_service_name'] as string] = {
      ...(s['custom_suffix'] ? { customSuffix: s['custom_suffix'] as string } : {}),
      ...(s['description'] ? { description: s['description'] as string } : {}),
    };
  for (const [, m] of of('aws_iam_user_group_membership')) out.users[resolve(m['user'])]!.groups = list(m['groups']).map(resolve).sort();
  const owners = { user: out.users, group: out.groups, role: out.roles } as const;
  for (const kind of ['user', 'group', 'role'] as const) {
    for (const [, a] of of(`aws_iam_${kind}_policy_attachment`)) {
      const owner = owners[kind][resolve(a[kind])]!;
      owner.managed = [...owner.managed, resolve(a['policy_arn'])].sort();
    }
    for (const [, p] of of(`aws_iam_${kind}_policy`))
      owners[kind][resolve(p[kind])]!.inline[p['name'] as string] = jsonencoded(p['policy']);
  }
  return out;
}

/** The AWS CLI calls a script made, each as its arguments, into what they create. */
export function deployedByCliCalls(calls: readonly string[][]): Deployed {
  const out = emptyDeployed();
  const arg = (call: readonly string[], name: string) => {
    const i = call.indexOf(name);
    return i < 0 ? undefined : call[i + 1];
  };
  const need = (call: readonly string[], name: string) => arg(call, name)!;
  for (const call of calls) {
    const [service, op] = call;
    if (service !== 'iam') continue;
    const user = arg(call, '--user-name');
    const group = arg(call, '--group-name');
    const role = arg(call, '--role-name');
    switch (op) {
      case 'create-policy': {
        const name = need(call, '--policy-name');
        const description = arg(call, '--description');
        out.policies[name] = {
          path: need(call, '--path'),
          document: JSON.parse(need(call, '--policy-document')),
          ...(description ? { description } : {}),
        };
        break;
      }
      case 'create-group':
        out.groups[group!] = { path: need(call, '--path'), managed: [], inline: {} };
        break;
      case 'create-user':
        out.users[user!] = { path: need(call, '--path'), groups: [], managed: [], inline: {}, tags: {} };
        break;
      case 'tag-user':
        out.users[user!]!.tags = tagsOf(JSON.parse(need(call, '--tags')));
        break;
      case 'put-user-permissions-boundary':
        out.users[user!]!.boundary = need(call, '--permissions-boundary');
        break;
      case 'add-user-to-group':
        out.users[user!]!.groups = [...out.users[user!]!.groups, group!].sort();
        break;
      case 'create-role':
        out.roles[role!] = {
          path: need(call, '--path'),
          trust: JSON.parse(need(call, '--assume-role-policy-document')),
          managed: [],
          inline: {},
          tags: {},
        };
        break;
      case 'update-assume-role-policy':
        out.roles[role!]!.trust = JSON.parse(need(call, '--policy-document'));
        break;
      case 'update-role': {
        const description = arg(call, '--description');
        const max = arg(call, '--max-session-duration');
        if (description !== undefined) out.roles[role!]!.description = description;
        if (max !== undefined) out.roles[role!]!.maxSessionDuration = Number(max);
        break;
      }
      case 'tag-role':
        out.roles[role!]!.tags = tagsOf(JSON.parse(need(call, '--tags')));
        break;
      case 'put-role-permissions-boundary':
        out.roles[role!]!.boundary = need(call, '--permissions-boundary');
        break;
      case 'create-service-linked-role': {
        const customSuffix = arg(call, '--custom-suffix');
        const description = arg(call, '--description');
        out.serviceLinked[need(call, '--aws-service-name')] = {
          ...(customSuffix ? { customSuffix } : {}),
          ...(description ? { description } : {}),
        };
        break;
      }
      case 'attach-user-policy':
      case 'attach-group-policy':
      case 'attach-role-policy': {
        const owner = user ? out.users[user]! : group ? out.groups[group]! : out.roles[role!]!;
        owner.managed = [...owner.managed, need(call, '--policy-arn')].sort();
        break;
      }
      case 'put-user-policy':
      case 'put-group-policy':
      case 'put-role-policy': {
        const owner = user ? out.users[user]! : group ? out.groups[group]! : out.roles[role!]!;
        owner.inline[need(call, '--policy-name')] = JSON.parse(need(call, '--policy-document'));
        break;
      }
    }
  }
  return out;
}
