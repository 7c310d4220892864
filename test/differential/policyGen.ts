import type { Rng } from './prng';

/**
 * Random IAM policy documents built around one request, so that a good share of statements are
 * about the request (its action, its resource, its principal, its context) and decide it, and the
 * rest are noise that must not. Shared by the differential test and the benchmark workload.
 */

export type ConditionScalar = string | number | boolean;
export type ConditionBlock = Record<string, Record<string, ConditionScalar | ConditionScalar[]>>;
export type PrincipalValue = '*' | { AWS?: string | string[]; Service?: string | string[] };

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PrincipalValue;
  NotPrincipal?: PrincipalValue;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionBlock;
}

export interface PolicyDoc {
  Version?: '2012-10-17' | '2008-10-17';
  Statement: Statement[];
}

export type ContextValue = string | string[];
export type Context = Record<string, ContextValue>;

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';
export const ACCOUNT_MGMT = '999999999999';
export const ORG_ID = 'o-a1b2c3d4e5';
export const ORG_ROOT = 'r-ab12';

export const USER_NAMES = ['alice', 'bob', 'carol', 'dave'] as const;
export const ROLE_NAMES = ['AppRole', 'DeployRole', 'AuditRole'] as const;
export const TEAMS = ['web', 'data', 'ops'] as const;
export const ENVS = ['prod', 'dev', 'test'] as const;
export const SOURCE_IPS = ['10.0.1.5', '10.20.30.40', '192.168.1.10', '203.0.113.9', '198.51.100.7', '2001:db8::1'] as const;
export const CIDRS = ['10.0.0.0/8', '10.0.1.0/24', '192.168.0.0/16', '203.0.113.0/24', '198.51.100.7/32', '2001:db8::/32', '172.16.0.0/12'];
export const TIMES = ['2025-12-31T12:00:00Z', '2026-01-15T08:00:00Z', '2026-06-30T23:59:59Z', '2026-03-01T00:00:00Z'] as const;
export const DATE_BOUNDS = ['2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z', '2025-06-01', '2027-01-01T00:00:00Z'];
export const VPCS = ['vpc-1111', 'vpc-2222'] as const;
export const REGIONS = ['us-east-1', 'eu-west-1'] as const;
export const TAG_KEYS = ['env', 'team', 'owner', 'cost-center'] as const;
export const SERVICES = ['sns.amazonaws.com', 'cloudtrail.amazonaws.com', 'events.amazonaws.com'] as const;

/** An action and how to name a resource of the type it acts on. */
export interface ActionDef {
  action: string;
  /** How resources of this action look. */
  shape: 's3object' | 's3bucket' | 'regional' | 'wildcard' | 'role';
  /** Service principal that plausibly calls it (for service-principal cases). */
  servicePrincipal?: string;
}

export const ACTIONS: ActionDef[] = [
  { action: 's3:GetObject', shape: 's3object' },
  { action: 's3:PutObject', shape: 's3object', servicePrincipal: 'cloudtrail.amazonaws.com' },
  { action: 's3:DeleteObject', shape: 's3object' },
  { action: 's3:ListBucket', shape: 's3bucket' },
  { action: 'sqs:SendMessage', shape: 'regional', servicePrincipal: 'sns.amazonaws.com' },
  { action: 'sqs:ReceiveMessage', shape: 'regional' },
  { action: 'sns:Publish', shape: 'regional', servicePrincipal: 'events.amazonaws.com' },
  { action: 'dynamodb:GetItem', shape: 'regional' },
  { action: 'dynamodb:PutItem', shape: 'regional' },
  { action: 'ec2:StartInstances', shape: 'regional' },
  { action: 'ec2:TerminateInstances', shape: 'regional' },
  { action: 'ec2:DescribeInstances', shape: 'wildcard' },
  { action: 'kms:Decrypt', shape: 'regional' },
  { action: 'kms:Encrypt', shape: 'regional' },
  { action: 'secretsmanager:GetSecretValue', shape: 'regional' },
  { action: 'lambda:InvokeFunction', shape: 'regional', servicePrincipal: 'events.amazonaws.com' },
  { action: 'events:PutEvents', shape: 'regional' },
  { action: 'sts:AssumeRole', shape: 'role' },
];

/** Actions that are never the request but appear in policies as noise. */
export const NOISE_ACTIONS = [
  'iam:CreateUser',
  'cloudwatch:PutMetricData',
  'logs:CreateLogStream',
  's3:PutBucketPolicy',
  'ec2:RunInstances',
];

export const bucketOf = (account: string): string =>
  account === ACCOUNT_A ? 'alpha-data' : account === ACCOUNT_B ? 'beta-data' : 'mgmt-data';

/** The resource ARN of `def` in `account`; `who` personalises S3 keys (`home/<who>/…`). */
export function resourceFor(rng: Rng, def: ActionDef, account: string, who: string | undefined, region = 'us-east-1'): string {
  const svc = def.action.split(':')[0]!;
  switch (def.shape) {
    case 's3object': {
      const key = rng.pick([`home/${who ?? 'alice'}/notes.txt`, 'reports/2026/q1.csv', 'public/index.html', 'home/bob/secret.txt']);
      return `arn:aws:s3:::${bucketOf(account)}/${key}`;
    }
    case 's3bucket':
      return `arn:aws:s3:::${bucketOf(account)}`;
    case 'wildcard':
      return '*';
    case 'role':
      return `arn:aws:iam::${account}:role/TargetRole`;
    case 'regional': {
      const name = rng.pick(['orders', 'billing']);
      switch (svc) {
        case 'sqs':
          return `arn:aws:sqs:${region}:${account}:${name}-queue`;
        case 'sns':
          return `arn:aws:sns:${region}:${account}:${name}-topic`;
        case 'dynamodb':
          return `arn:aws:dynamodb:${region}:${account}:table/${name}`;
        case 'ec2':
          return `arn:aws:ec2:${region}:${account}:instance/i-0${name === 'orders' ? 'abc123' : 'def456'}`;
        case 'kms':
          return `arn:aws:kms:${region}:${account}:key/${name === 'orders' ? '1111aaaa-0000-4000-8000-000000000001' : '2222bbbb-0000-4000-8000-000000000002'}`;
        case 'secretsmanager':
          return `arn:aws:secretsmanager:${region}:${account}:secret:${name}-AbCdEf`;
        case 'lambda':
          return `arn:aws:lambda:${region}:${account}:function:${name}`;
        case 'events':
          return `arn:aws:events:${region}:${account}:event-bus/${name === 'orders' ? 'default' : 'billing-bus'}`;
      }
    }
  }
  throw new Error(`no resource shape for ${def.action}`);
}

/** Who is asking, as both engines need to know it. */
export type PrincipalSpec =
  | { kind: 'user'; account: string; name: string; path: string; tags: Record<string, string> }
  | { kind: 'role'; account: string; name: string; path: string; tags: Record<string, string>; sessionName: string }
  | { kind: 'root'; account: string }
  | { kind: 'service'; service: string }
  | { kind: 'anonymous' };

export const userArn = (account: string, path: string, name: string): string => `arn:aws:iam::${account}:user${path}${name}`;
export const roleArn = (account: string, path: string, name: string): string => `arn:aws:iam::${account}:role${path}${name}`;

/** The ARN a request is made with (a role's session ARN, without the role's path). */
export function requestArn(p: PrincipalSpec): string | undefined {
  switch (p.kind) {
    case 'user':
      return userArn(p.account, p.path, p.name);
    case 'role':
      return `arn:aws:sts::${p.account}:assumed-role/${p.name}/${p.sessionName}`;
    case 'root':
      return `arn:aws:iam::${p.account}:root`;
    default:
      return undefined;
  }
}

/** aws:PrincipalArn: the user, the role (not the session), or the root user. */
export function principalArnKey(p: PrincipalSpec): string | undefined {
  return p.kind === 'role' ? roleArn(p.account, p.path, p.name) : requestArn(p);
}

export const principalAccount = (p: PrincipalSpec): string | undefined =>
  p.kind === 'user' || p.kind === 'role' || p.kind === 'root' ? p.account : undefined;

/** Everything a generated statement may be "about". */
export interface Focus {
  action: ActionDef;
  resource: string;
  resourceAccount: string;
  principal: PrincipalSpec;
  context: Context;
  /** Extra principals that exist (for resource-policy noise). */
  otherPrincipalArns: string[];
}

type Role = 'identity' | 'boundary' | 'session' | 'scp' | 'resource' | 'rcp' | 'trust';

const STRING_KEYS: Record<string, readonly string[]> = {
  'aws:PrincipalTag/team': TEAMS,
  'aws:PrincipalTag/env': ENVS,
  'aws:username': USER_NAMES,
  'aws:PrincipalAccount': [ACCOUNT_A, ACCOUNT_B],
  'aws:PrincipalOrgID': [ORG_ID, 'o-zzzzzzzzzz'],
  'aws:RequestedRegion': REGIONS,
  'aws:SourceVpc': VPCS,
  'aws:ResourceTag/env': ENVS,
  'aws:ResourceTag/owner': [...USER_NAMES, ...TEAMS],
  'aws:RequestTag/env': ENVS,
  'aws:PrincipalType': ['User', 'AssumedRole', 'Account'],
  'aws:ResourceAccount': [ACCOUNT_A, ACCOUNT_B],
  'aws:SourceAccount': [ACCOUNT_A, ACCOUNT_B],
  's3:prefix': ['home/alice/', 'reports/', 'public/'],
};

/** Policy variables that fit a string condition on the key (key → variable values that may equal it). */
const VARIABLE_VALUES: Record<string, readonly string[]> = {
  'aws:ResourceTag/owner': ['${aws:username}', '${aws:PrincipalTag/team}'],
  'aws:RequestTag/env': ['${aws:PrincipalTag/env}', "${aws:PrincipalTag/env, 'dev'}"],
  'aws:ResourceAccount': ['${aws:PrincipalAccount}'],
  's3:prefix': ['home/${aws:username}/', "home/${aws:username, 'alice'}/"],
  'aws:ResourceTag/env': ['${aws:PrincipalTag/env}'],
};

export class PolicyGen {
  constructor(
    readonly rng: Rng,
    /** How likely a statement is about the request rather than noise. */
    readonly relevance = 0.65,
  ) {}

  actionPatterns(f: Focus): string | string[] {
    const r = this.rng;
    const [svc, name] = f.action.action.split(':') as [string, string];
    const exact = r.chance(0.25) ? r.scrambleCase(f.action.action) : f.action.action;
    return r.weighted<string | string[]>([
      [5, exact],
      [3, `${svc}:*`],
      [2, `${svc}:${name.slice(0, 3)}*`],
      [1, '*'],
      [1, `${svc}:${name.slice(0, 1)}?${name.slice(2)}`],
      [2, [r.pick(NOISE_ACTIONS), exact]],
    ]);
  }

  noiseAction(f: Focus): string | string[] {
    const r = this.rng;
    const other = r.pick(ACTIONS.filter((a) => a.action !== f.action.action)).action;
    return r.weighted<string | string[]>([
      [3, other],
      [2, r.pick(NOISE_ACTIONS)],
      [1, `${other.split(':')[0]}:${r.pick(['List', 'Describe', 'Put'])}*`],
    ]);
  }

  resourcePatterns(f: Focus): string | string[] {
    const r = this.rng;
    const res = f.resource;
    if (res === '*') return '*';
    const cut = res.lastIndexOf('/') > res.lastIndexOf(':') ? res.lastIndexOf('/') : res.lastIndexOf(':');
    const head = res.slice(0, cut + 1);
    const parts = res.split(':');
    const choices: [number, string | string[]][] = [
      [5, res],
      [3, `${head}*`],
      [2, '*'],
      [1, `${res.slice(0, -1)}?`],
    ];
    if (parts[2] === 's3') {
      const bucket = res.slice('arn:aws:s3:::'.length).split('/')[0]!;
      choices.push([2, `arn:aws:s3:::${bucket}/*`], [1, `arn:aws:s3:::${bucket}*`]);
      choices.push([2, `arn:aws:s3:::${bucket}/home/\${aws:username}/*`]);
      choices.push([1, [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]]);
    } else if (parts.length >= 6) {
      choices.push([2, `arn:aws:${parts[2]}:*:${parts[4]}:*`], [1, `arn:aws:${parts[2]}:${parts[3]}:*:${parts.slice(5).join(':')}`]);
      choices.push([1, `arn:aws:${parts[2]}:*:\${aws:PrincipalAccount}:*`]);
    }
    return r.weighted(choices);
  }

  noiseResource(f: Focus): string {
    const r = this.rng;
    return r.pick([
      `arn:aws:s3:::${bucketOf(f.resourceAccount)}/other/*`,
      `arn:aws:sqs:us-east-1:${f.resourceAccount}:unrelated-queue`,
      `arn:aws:dynamodb:eu-west-1:${f.resourceAccount}:table/archive`,
      `arn:aws:s3:::someone-elses-bucket/*`,
      `arn:aws:iam::${f.resourceAccount}:role/OtherRole`,
    ]);
  }

  /** One condition entry: operator, key and values. */
  condition(f: Focus): [string, string, ConditionScalar | ConditionScalar[]] {
    const r = this.rng;
    const ctx = f.context;
    const actual = (key: string): string | undefined => {
      const v = ctx[key];
      return typeof v === 'string' ? v : undefined;
    };
    const ifExists = (op: string) => (r.chance(0.2) ? `${op}IfExists` : op);
    const kind = r.weighted<string>([
      [6, 'string'],
      [2, 'arn'],
      [2, 'bool'],
      [2, 'ip'],
      [1, 'numeric'],
      [2, 'date'],
      [2, 'set'],
      [1, 'null'],
    ]);
    switch (kind) {
      case 'string': {
        const key = r.pick(Object.keys(STRING_KEYS));
        const pool = STRING_KEYS[key]!;
        const values = (): string[] => {
          const vs = r.some(pool, 1, 2);
          const a = actual(key);
          if (a !== undefined && r.chance(0.5)) vs.push(a);
          const vars = VARIABLE_VALUES[key];
          if (vars && r.chance(0.3)) vs.push(r.pick(vars));
          return [...new Set(vs)];
        };
        const op = r.weighted<string>([
          [5, 'StringEquals'],
          [2, 'StringNotEquals'],
          [1, 'StringEqualsIgnoreCase'],
          [1, 'StringNotEqualsIgnoreCase'],
          [3, 'StringLike'],
          [1, 'StringNotLike'],
          [1, 'ForAnyValue:StringEquals'],
        ]);
        let vs = values();
        if (op.includes('IgnoreCase')) vs = vs.map((v) => r.scrambleCase(v));
        if (op.includes('Like')) vs = vs.map((v) => (v.length > 3 && !v.includes('$') && r.chance(0.6) ? wildcardOf(r, v) : v));
        return [op.startsWith('ForAnyValue') ? op : ifExists(op), key, vs.length === 1 ? vs[0]! : vs];
      }
      case 'arn': {
        const key = r.pick(['aws:PrincipalArn', 'aws:SourceArn']);
        const pa = principalAccount(f.principal) ?? ACCOUNT_A;
        const a = actual(key);
        const pool = [
          `arn:aws:iam::${pa}:user/*`,
          `arn:aws:iam::${pa}:role/*`,
          `arn:aws:iam::*:role/AppRole`,
          `arn:aws:iam::${pa}:*`,
          `arn:aws:sns:us-east-1:${pa}:*`,
          `arn:aws:events:*:*:rule/nightly`,
          `arn:aws:iam::${pa}:user/eng/*`,
        ];
        const vs = r.some(pool, 1, 2);
        if (a !== undefined && r.chance(0.4)) vs.push(a);
        const op = r.weighted<string>([
          [3, 'ArnLike'],
          [2, 'ArnEquals'],
          [1, 'ArnNotLike'],
          [1, 'ArnNotEquals'],
        ]);
        return [ifExists(op), key, vs.length === 1 ? vs[0]! : vs];
      }
      case 'bool': {
        const key = r.pick(['aws:SecureTransport', 'aws:MultiFactorAuthPresent', 'aws:ViaAWSService']);
        const v = r.pick<ConditionScalar>(['true', 'false', true, false]);
        return [ifExists('Bool'), key, v];
      }
      case 'ip': {
        const vs = r.some(CIDRS, 1, 3);
        return [ifExists(r.chance(0.7) ? 'IpAddress' : 'NotIpAddress'), 'aws:SourceIp', vs.length === 1 ? vs[0]! : vs];
      }
      case 'numeric': {
        const key = r.pick(['aws:MultiFactorAuthAge', 'aws:EpochTime']);
        const v =
          key === 'aws:EpochTime' ? String(Date.parse(r.pick(DATE_BOUNDS)) / 1000) : r.pick<ConditionScalar>(['300', '3600', 900, '86400']);
        const op = r.pick([
          'NumericLessThan',
          'NumericLessThanEquals',
          'NumericGreaterThan',
          'NumericGreaterThanEquals',
          'NumericEquals',
          'NumericNotEquals',
        ]);
        return [ifExists(op), key, v];
      }
      case 'date': {
        const key = r.weighted<string>([
          [4, 'aws:CurrentTime'],
          [2, 'aws:TokenIssueTime'],
          [1, 'aws:EpochTime'],
        ]);
        let v: ConditionScalar = r.pick(DATE_BOUNDS);
        if (key === 'aws:EpochTime' || r.chance(0.1)) v = String(Date.parse(v) / 1000);
        const op = r.pick([
          'DateLessThan',
          'DateGreaterThan',
          'DateLessThanEquals',
          'DateGreaterThanEquals',
          'DateEquals',
          'DateNotEquals',
        ]);
        return [ifExists(op), key, v];
      }
      case 'set': {
        if (r.chance(0.6)) {
          const op = r.pick(['ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'ForAnyValue:StringLike', 'ForAllValues:StringLike']);
          const vs = r.some(TAG_KEYS, 1, 3).map((v) => (op.endsWith('Like') && r.chance(0.3) ? `${v.slice(0, 2)}*` : v));
          return [op, 'aws:TagKeys', vs];
        }
        const op = r.pick(['ForAnyValue:StringLike', 'ForAnyValue:StringEquals', 'ForAllValues:StringLike']);
        const vs = r.some([`${ORG_ID}/${ORG_ROOT}/ou-work/*`, `${ORG_ID}/*`, `${ORG_ID}/${ORG_ROOT}/ou-work/`, 'o-zzzzzzzzzz/*'], 1, 2);
        return [op, 'aws:PrincipalOrgPaths', vs];
      }
      default: {
        const key = r.pick([
          'aws:MultiFactorAuthAge',
          'aws:TokenIssueTime',
          'aws:RequestTag/env',
          'aws:PrincipalTag/team',
          'aws:SourceVpc',
        ]);
        return ['Null', key, r.pick<ConditionScalar>(['true', 'false', true])];
      }
    }
  }

  conditionBlock(f: Focus, min: number, max: number): ConditionBlock | undefined {
    const n = this.rng.int(min, max);
    if (n === 0) return undefined;
    const block: ConditionBlock = {};
    for (let i = 0; i < n; i++) {
      const [op, key, v] = this.condition(f);
      (block[op] ??= {})[key] = v;
    }
    return block;
  }

  principalBlock(f: Focus): PrincipalValue {
    const r = this.rng;
    const p = f.principal;
    const pa = principalAccount(p);
    const named: string[] = [];
    if (p.kind === 'user') named.push(userArn(p.account, p.path, p.name));
    if (p.kind === 'role') {
      named.push(roleArn(p.account, p.path, p.name));
      if (r.chance(0.3)) named.push(requestArn(p)!);
    }
    const choice = r.weighted<string>([
      [2, 'star'],
      [2, 'awsStar'],
      [4, 'account'],
      [4, 'self'],
      [2, 'other'],
      [p.kind === 'service' ? 6 : 1, 'service'],
      [2, 'list'],
    ]);
    switch (choice) {
      case 'star':
        return '*';
      case 'awsStar':
        return { AWS: '*' };
      case 'account':
        return { AWS: r.chance(0.7) ? `arn:aws:iam::${pa ?? ACCOUNT_A}:root` : (pa ?? ACCOUNT_A) };
      case 'self':
        return named.length > 0 ? { AWS: r.pick(named) } : { AWS: `arn:aws:iam::${pa ?? ACCOUNT_A}:root` };
      case 'other':
        return { AWS: r.pick(f.otherPrincipalArns) };
      case 'service':
        return { Service: p.kind === 'service' && r.chance(0.8) ? p.service : r.pick(SERVICES) };
      default: {
        const list = [r.pick(f.otherPrincipalArns), ...(named.length > 0 && r.chance(0.6) ? [r.pick(named)] : [])];
        if (r.chance(0.4)) list.push(`arn:aws:iam::${pa ?? ACCOUNT_B}:root`);
        return { AWS: list };
      }
    }
  }

  statement(f: Focus, role: Role, index: number): Statement {
    const r = this.rng;
    const denyRate: Record<Role, number> = {
      identity: 0.12,
      boundary: 0.08,
      session: 0.08,
      scp: 0.5,
      resource: 0.15,
      rcp: 1,
      trust: 0.1,
    };
    const effect: 'Allow' | 'Deny' = r.chance(denyRate[role]) ? 'Deny' : 'Allow';
    const st: Statement = { Effect: effect };
    if (r.chance(0.3)) st.Sid = `S${index}`;
    const relevant = r.chance(this.relevance);

    if (role === 'resource' || role === 'trust') {
      if (r.chance(effect === 'Deny' ? 0.25 : 0.03)) {
        // NotPrincipal names who is spared; list the caller in some of its forms.
        const p = f.principal;
        const forms: string[] = [];
        if (p.kind === 'user') forms.push(userArn(p.account, p.path, p.name));
        if (p.kind === 'role') forms.push(roleArn(p.account, p.path, p.name), requestArn(p)!);
        const pa = principalAccount(p);
        if (pa && r.chance(0.5)) forms.push(`arn:aws:iam::${pa}:root`);
        st.NotPrincipal = { AWS: forms.length > 0 ? r.some(forms, 1, forms.length) : [r.pick(f.otherPrincipalArns)] };
      } else st.Principal = this.principalBlock(f);
    }
    if (role === 'rcp') st.Principal = '*';

    if (role === 'trust') st.Action = relevant ? r.pick(['sts:AssumeRole', 'sts:Assume*', 'sts:*']) : 'sts:TagSession';
    else if (role !== 'rcp' && r.chance(0.06)) st.NotAction = relevant ? r.pick(NOISE_ACTIONS) : f.action.action;
    else if (role === 'rcp') st.Action = relevant ? `${f.action.action.split(':')[0]}:*` : r.pick(['s3:*', 'sqs:*', 'kms:*', 'sts:*']);
    else st.Action = relevant || r.chance(0.3) ? this.actionPatterns(f) : this.noiseAction(f);

    const resRelevant = relevant || r.chance(0.3);
    if (role !== 'trust' && role !== 'rcp' && r.chance(0.05)) st.NotResource = resRelevant ? this.noiseResource(f) : f.resource;
    else if (role === 'trust') st.Resource = undefined;
    else if (role === 'rcp') st.Resource = '*';
    else st.Resource = resRelevant ? this.resourcePatterns(f) : this.noiseResource(f);
    if (st.Resource === undefined) delete st.Resource;

    const conditionRate: Record<Role, number> = {
      identity: 0.4,
      boundary: 0.2,
      session: 0.25,
      scp: 0.7,
      resource: 0.45,
      rcp: 0.95,
      trust: 0.4,
    };
    if (r.chance(conditionRate[role])) {
      const block = this.conditionBlock(f, 1, 2);
      if (block) st.Condition = block;
    }
    return st;
  }

  policy(f: Focus, role: Role, minStatements: number, maxStatements: number): PolicyDoc {
    const n = this.rng.int(minStatements, maxStatements);
    const Statement = Array.from({ length: n }, (_, i) => this.statement(f, role, i));
    const doc: PolicyDoc = { Version: '2012-10-17', Statement };
    // Now and then an old or missing Version: policy variables are then literal text.
    if (role === 'identity' && this.rng.chance(0.04)) {
      if (this.rng.chance(0.5)) doc.Version = '2008-10-17';
      else delete doc.Version;
    }
    return doc;
  }
}

/** A StringLike pattern that matches `v` (or nearly so). */
function wildcardOf(r: Rng, v: string): string {
  return r.weighted<string>([
    [3, `${v.slice(0, Math.max(1, v.length - 2))}*`],
    [2, `*${v.slice(2)}`],
    [2, `${v.slice(0, 1)}?${v.slice(2)}`],
    [1, `${v}*`],
  ]);
}
