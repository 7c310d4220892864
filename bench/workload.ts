import type { ScenarioInput } from '../src/model';
import type { Simulation } from '@cloud-copilot/iam-simulate';
import { defaultKeyPolicy, levelsOf } from '../test/differential/convert';
import { genContext, orgPath, type OrgSpec } from '../test/differential/generateCase';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_MGMT,
  ACTIONS,
  ENVS,
  ORG_ID,
  PolicyGen,
  TEAMS,
  roleArn,
  userArn,
  type ActionDef,
  type Focus,
  type PolicyDoc,
  type PrincipalSpec,
} from '../test/differential/policyGen';
import { Rng } from '../test/differential/prng';

/**
 * A large IAM world for the benchmark: a few hundred users (in groups) and roles over three
 * accounts, a few hundred customer managed policies (wildcards, conditions, policy variables),
 * resources with resource-based policies, an organization with SCPs and RCPs, and tens of thousands
 * of queries. Built twice from the same data: as one scenario for our engine, and as one
 * iam-simulate Simulation per query.
 */

export const ACCOUNT_C = '333333333333';
const ACCOUNTS = [ACCOUNT_A, ACCOUNT_B, ACCOUNT_C] as const;

interface Entity {
  principal: PrincipalSpec & { kind: 'user' | 'role' };
  managed: string[];
  inline: PolicyDoc[];
  groups: string[];
  boundary: string | null;
}

interface ResourceEntry {
  arn: string;
  account: string;
  def: ActionDef;
  policy: PolicyDoc | null;
}

export interface Workload {
  scenario: Record<string, unknown>;
  /** iam-simulate's input for each query, in the scenario's query order. */
  simulations: Simulation[];
  stats: Record<string, number>;
}

const ORG: OrgSpec = {
  accountUnits: { [ACCOUNT_A]: 'ou-work', [ACCOUNT_B]: 'ou-sandbox' },
  scps: [],
  rcps: [],
};

export function buildWorkload(options: { seed: number; queries: number }): Workload {
  const rng = new Rng(options.seed);
  const gen = new PolicyGen(rng, 0.5);
  const pickAccount = () =>
    rng.weighted<string>([
      [6, ACCOUNT_A],
      [3, ACCOUNT_B],
      [1, ACCOUNT_C],
    ]);

  // Resources first: policies are written about them.
  const resources: ResourceEntry[] = [];
  const byArn = new Map<string, ResourceEntry>();
  const regional = ACTIONS.filter((a) => a.shape === 'regional' || a.shape === 's3object');
  for (const account of ACCOUNTS) {
    const perService = new Map<string, ActionDef>();
    for (const def of regional) perService.set(def.action.split(':')[0]!, def);
    for (const def of perService.values()) {
      const count = def.shape === 's3object' ? 12 : 5;
      for (let i = 0; i < count; i++) {
        const arn = resourceArn(def, account, i);
        if (byArn.has(arn)) continue;
        const entry: ResourceEntry = { arn, account, def, policy: null };
        resources.push(entry);
        byArn.set(arn, entry);
      }
    }
  }

  // Principals, so that resource policies and conditions can name them.
  const entities: Entity[] = [];
  const tags = (): Record<string, string> => ({ team: rng.pick(TEAMS), ...(rng.chance(0.6) ? { env: rng.pick(ENVS) } : {}) });
  const counts: Record<string, [number, number]> = { [ACCOUNT_A]: [150, 60], [ACCOUNT_B]: [60, 30], [ACCOUNT_C]: [20, 10] };
  for (const account of ACCOUNTS) {
    const [users, roles] = counts[account]!;
    for (let i = 0; i < users; i++) {
      const path = rng.chance(0.2) ? '/eng/' : '/';
      entities.push({
        principal: { kind: 'user', account, name: `user${i}`, path, tags: tags() },
        managed: [],
        inline: [],
        groups: [],
        boundary: null,
      });
    }
    for (let i = 0; i < roles; i++) {
      const path = rng.chance(0.2) ? '/service/' : '/';
      entities.push({
        principal: { kind: 'role', account, name: `Role${i}`, path, tags: tags(), sessionName: 'bench' },
        managed: [],
        inline: [],
        groups: [],
        boundary: null,
      });
    }
  }
  const allArns = entities.map((e) => principalIamArn(e.principal));

  // A focus is what a generated statement is "about": a random request in the world.
  const randomFocus = (account: string): Focus => {
    const def = rng.pick(ACTIONS.filter((a) => a.shape !== 'role'));
    const candidates = resources.filter((r) => r.def.action.split(':')[0] === def.action.split(':')[0] && r.account === account);
    const resource = def.shape === 'wildcard' ? '*' : candidates.length > 0 ? objectOrArn(rng, rng.pick(candidates), def) : '*';
    const principal = rng.pick(entities.filter((e) => e.principal.account === account)).principal;
    return {
      action: def,
      resource,
      resourceAccount: account,
      principal,
      context: genContext(rng, principal, account, ORG, def),
      otherPrincipalArns: rng.some(allArns, 3, 3),
    };
  };

  // Customer managed policies: a pool per account.
  const policies: { name: string; account: string; document: PolicyDoc }[] = [];
  const poolSize: Record<string, number> = { [ACCOUNT_A]: 180, [ACCOUNT_B]: 80, [ACCOUNT_C]: 40 };
  for (const account of ACCOUNTS) {
    for (let i = 0; i < poolSize[account]!; i++) {
      policies.push({ name: `Policy${i}`, account, document: gen.policy(randomFocus(account), 'identity', 1, 4) });
    }
    for (let i = 0; i < 5; i++) {
      const doc = gen.policy(randomFocus(account), 'boundary', 1, 2);
      doc.Statement.push({ Effect: 'Allow', Action: rng.pick(['s3:*', 'sqs:*', 'dynamodb:*', 'kms:*', 'ec2:*']), Resource: '*' });
      policies.push({ name: `Boundary${i}`, account, document: doc });
    }
  }
  const policyDoc = new Map(policies.map((p) => [`${p.account}|${p.name}`, p.document]));

  // Groups and attachments.
  const groups: { name: string; account: string; managedPolicies: string[]; inlinePolicies: { name: string; document: PolicyDoc }[] }[] =
    [];
  const groupCount: Record<string, number> = { [ACCOUNT_A]: 20, [ACCOUNT_B]: 10, [ACCOUNT_C]: 4 };
  for (const account of ACCOUNTS) {
    for (let i = 0; i < groupCount[account]!; i++) {
      groups.push({
        name: `Group${i}`,
        account,
        managedPolicies: rng.some(range(poolSize[account]!), 2, 3).map((n) => `Policy${n}`),
        inlinePolicies: rng.chance(0.3) ? [{ name: 'group-inline', document: gen.policy(randomFocus(account), 'identity', 1, 2) }] : [],
      });
    }
  }
  for (const e of entities) {
    const account = e.principal.account;
    e.managed = rng
      .some(range(poolSize[account]!), e.principal.kind === 'user' ? 0 : 1, e.principal.kind === 'user' ? 2 : 3)
      .map((n) => `Policy${n}`);
    if (rng.chance(0.4)) e.inline.push(gen.policy(randomFocus(account), 'identity', 1, 3));
    if (e.principal.kind === 'user') e.groups = rng.some(range(groupCount[account]!), 1, 2).map((n) => `Group${n}`);
    if (rng.chance(e.principal.kind === 'user' ? 0.15 : 0.1)) e.boundary = `Boundary${rng.int(0, 4)}`;
  }

  // Resource-based policies and trust policies.
  for (const r of resources) {
    const service = r.def.action.split(':')[0]!;
    if (service === 'ec2' || !rng.chance(service === 'kms' ? 0.9 : 0.8)) continue;
    const focus = randomFocus(r.account);
    focus.resource = r.def.shape === 's3object' ? `${r.arn}/*` : r.arn;
    // Grants to other accounts' principals too, so cross-account queries can succeed.
    if (rng.chance(0.5)) focus.principal = rng.pick(entities).principal;
    r.policy = gen.policy(focus, 'resource', 1, 4);
  }
  const trust = new Map<string, PolicyDoc>();
  for (const e of entities) {
    if (e.principal.kind !== 'role') continue;
    const focus = randomFocus(e.principal.account);
    focus.action = ACTIONS.find((a) => a.shape === 'role')!;
    focus.resource = principalIamArn(e.principal);
    focus.principal = rng.pick(entities).principal;
    trust.set(principalIamArn(e.principal), gen.policy(focus, 'trust', 1, 2));
  }

  // The organization: FullAWSAccess everywhere, guardrails, a data perimeter.
  const scps: { name: string; doc: PolicyDoc | null; targets: string[] }[] = [
    { name: 'FullAWSAccess', doc: null, targets: ['root', 'ou-work', 'ou-sandbox', ACCOUNT_A, ACCOUNT_B] },
  ];
  for (let i = 0; i < 4; i++) {
    const account = rng.pick([ACCOUNT_A, ACCOUNT_B]);
    scps.push({ name: `Guardrail${i}`, doc: gen.policy(randomFocus(account), 'scp', 1, 3), targets: [rng.pick(orgPath(ORG, account)!)] });
  }
  const rcps: { name: string; doc: PolicyDoc; targets: string[] }[] = [];
  for (let i = 0; i < 2; i++) {
    const account = rng.pick([ACCOUNT_A, ACCOUNT_B]);
    rcps.push({ name: `Perimeter${i}`, doc: gen.policy(randomFocus(account), 'rcp', 1, 2), targets: [rng.pick(orgPath(ORG, account)!)] });
  }
  const org: OrgSpec = { ...ORG, scps, rcps };

  // Queries, and the Simulation for each.
  const queries: Record<string, unknown>[] = [];
  const simulations: Simulation[] = [];
  const roles = entities.filter((e) => e.principal.kind === 'role');
  for (let i = 0; i < options.queries; i++) {
    const e = rng.pick(entities);
    const p = e.principal;
    const def = rng.weighted(ACTIONS.map((a): [number, ActionDef] => [a.shape === 'role' ? 1 : 2, a]));
    const resourceAccount = rng.chance(0.7) ? p.account : pickAccount();
    let resource: string;
    let entry: ResourceEntry | undefined;
    let resourcePolicy: PolicyDoc | undefined;
    let account = resourceAccount;
    if (def.shape === 'role') {
      const target = rng.pick(roles.filter((r) => r !== e)).principal;
      resource = principalIamArn(target);
      account = target.account;
      resourcePolicy = trust.get(resource);
    } else if (def.shape === 'wildcard') {
      resource = '*';
      account = p.account;
    } else {
      const service = def.action.split(':')[0];
      const candidates = resources.filter((r) => r.account === resourceAccount && r.def.action.split(':')[0] === service);
      entry = rng.pick(candidates);
      resource = objectOrArn(rng, entry, def, p.kind === 'user' ? p.name : undefined);
      resourcePolicy = entry.policy ?? (service === 'kms' ? defaultKeyPolicy(entry.account) : undefined);
    }
    const context = genContext(rng, p, account, org, def);
    queries.push({
      principal: principalIamArn(p),
      action: def.action,
      resource,
      context,
      autoContext: false,
      ...(p.kind === 'role' ? { sessionName: p.sessionName } : {}),
    });

    const identity: PolicyDoc[] = [...e.inline, ...e.managed.map((m) => policyDoc.get(`${p.account}|${m}`)!)];
    for (const g of e.groups) {
      const group = groups.find((x) => x.account === p.account && x.name === g)!;
      identity.push(
        ...group.inlinePolicies.map((x) => x.document),
        ...group.managedPolicies.map((m) => policyDoc.get(`${p.account}|${m}`)!),
      );
    }
    const sim: Simulation = {
      request: {
        principal: p.kind === 'role' ? `arn:aws:sts::${p.account}:assumed-role/${p.name}/${p.sessionName}` : principalIamArn(p),
        action: def.action,
        resource: { resource, accountId: account },
        contextVariables: context,
      },
      identityPolicies: identity.map((policy, n) => ({ name: `p${n}`, policy })),
      serviceControlPolicies: levelsOf(org, p.account, 'scp'),
      resourceControlPolicies: levelsOf(org, account, 'rcp'),
    };
    if (resourcePolicy) sim.resourcePolicy = resourcePolicy;
    if (e.boundary) sim.permissionBoundaryPolicies = [{ name: e.boundary, policy: policyDoc.get(`${p.account}|${e.boundary}`)! }];
    simulations.push(sim);
  }

  const users = entities.filter((e) => e.principal.kind === 'user');
  const scenario: Record<string, unknown> = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'benchmark workload',
    defaultAccount: ACCOUNT_A,
    accounts: [{ id: ACCOUNT_A, unit: 'ou-work' }, { id: ACCOUNT_B, unit: 'ou-sandbox' }, { id: ACCOUNT_C }, { id: ACCOUNT_MGMT }],
    organization: {
      id: ORG_ID,
      managementAccount: ACCOUNT_MGMT,
      units: [{ id: 'root' }, { id: 'ou-work', parent: 'root' }, { id: 'ou-sandbox', parent: 'ou-work' }],
      policies: [
        ...scps.map((s) => ({ name: s.name, type: 'scp', targets: s.targets, ...(s.doc ? { document: s.doc } : {}) })),
        ...rcps.map((s) => ({ name: s.name, type: 'rcp', targets: s.targets, document: s.doc })),
      ],
    },
    policies,
    groups,
    users: users.map((e) => ({
      name: e.principal.name,
      account: e.principal.account,
      path: e.principal.path,
      groups: e.groups,
      managedPolicies: e.managed,
      inlinePolicies: e.inline.map((document, n) => ({ name: `inline${n}`, document })),
      permissionsBoundary: e.boundary,
      tags: e.principal.tags,
    })),
    roles: roles.map((e) => ({
      name: e.principal.name,
      account: e.principal.account,
      path: e.principal.path,
      managedPolicies: e.managed,
      inlinePolicies: e.inline.map((document, n) => ({ name: `inline${n}`, document })),
      permissionsBoundary: e.boundary,
      tags: e.principal.tags,
      trustPolicy: trust.get(principalIamArn(e.principal)),
    })),
    resources: resources.map((r) => ({ arn: r.arn, account: r.account, policy: r.policy })),
    queries,
  };
  return {
    scenario,
    simulations,
    stats: {
      users: users.length,
      roles: roles.length,
      groups: groups.length,
      'managed policies': policies.length,
      'resources (with a policy)': resources.filter((r) => r.policy).length,
      resources: resources.length,
      SCPs: scps.length,
      RCPs: rcps.length,
      queries: queries.length,
    },
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function principalIamArn(p: PrincipalSpec & { kind: 'user' | 'role' }): string {
  return p.kind === 'user' ? userArn(p.account, p.path, p.name) : roleArn(p.account, p.path, p.name);
}

function resourceArn(def: ActionDef, account: string, i: number): string {
  const service = def.action.split(':')[0]!;
  const region = i % 3 === 2 ? 'eu-west-1' : 'us-east-1';
  switch (service) {
    case 's3':
      return `arn:aws:s3:::bucket-${account.slice(0, 3)}-${i}`;
    case 'sqs':
      return `arn:aws:sqs:${region}:${account}:queue-${i}`;
    case 'sns':
      return `arn:aws:sns:${region}:${account}:topic-${i}`;
    case 'dynamodb':
      return `arn:aws:dynamodb:${region}:${account}:table/table-${i}`;
    case 'ec2':
      return `arn:aws:ec2:${region}:${account}:instance/i-0${account.slice(0, 3)}${i}`;
    case 'kms':
      return `arn:aws:kms:${region}:${account}:key/0000000${i}-0000-4000-8000-${account}`;
    case 'secretsmanager':
      return `arn:aws:secretsmanager:${region}:${account}:secret:secret-${i}-AbCdEf`;
    case 'lambda':
      return `arn:aws:lambda:${region}:${account}:function:fn-${i}`;
    case 'events':
      return `arn:aws:events:${region}:${account}:event-bus/bus-${i}`;
  }
  throw new Error(`no resource for ${def.action}`);
}

/** The request's resource: the entry itself, or for S3 an object in the bucket. */
function objectOrArn(rng: Rng, r: ResourceEntry, def: ActionDef, who?: string): string {
  if (def.shape === 's3bucket') return r.arn;
  if (r.def.shape !== 's3object') return r.arn;
  return `${r.arn}/${rng.pick([`home/${who ?? 'user1'}/notes.txt`, 'reports/2026/q1.csv', 'public/index.html'])}`;
}

/**
 * The live-loop scenario of the browser and analysis benchmarks: `users` users in `groups` groups,
 * one policy per group (a bucket grant and an MFA-conditioned deny), a role for every tenth user,
 * and 40 queries.
 */
export function benchScenario(users: number, groups: number) {
  const policies = Array.from({ length: groups }, (_, g) => ({
    name: `Team${g}Policy`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: [`arn:aws:s3:::team-${g}`, `arn:aws:s3:::team-${g}/*`] },
        {
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    },
  }));
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: `Bench: ${users} principals`,
    defaultAccount: '111111111111',
    policies,
    groups: policies.map((p, g) => ({ name: `Team${g}`, managedPolicies: [p.name] })),
    users: Array.from({ length: users }, (_, u) => ({ name: `user${u}`, groups: [`Team${u % groups}`] })),
    roles: Array.from({ length: Math.max(1, Math.floor(users / 10)) }, (_, r) => ({
      name: `Role${r}`,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::111111111111:user/user${r}` }, Action: 'sts:AssumeRole' }],
      },
    })),
    queries: Array.from({ length: 40 }, (_, q) => ({
      name: `q${q}`,
      principal: `user/user${q}`,
      action: 's3:GetObject',
      resource: `arn:aws:s3:::team-${q % groups}/report.csv`,
      expect: 'allowed',
    })),
  };
}

const ACCOUNT = '111122223333';

/**
 * The effective-permissions workload of the Node and browser benchmarks: user `analyst` with the
 * AWS managed ReadOnlyAccess (through a group) and three customer managed policies — a grant on one
 * bucket and Lambda functions, explicit denies, and MFA- and tag-conditioned EC2 grants.
 */
export const effectivePermissionsScenario: ScenarioInput = {
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: ACCOUNT,
  policies: [
    {
      name: 'DeployApp',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::app-bucket/*' },
          {
            Effect: 'Allow',
            Action: ['lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration'],
            Resource: 'arn:aws:lambda:*:*:function:app-*',
          },
        ],
      },
    },
    {
      name: 'DenySecrets',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-bucket/secrets/*' },
          { Effect: 'Deny', Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameter*'], Resource: '*' },
        ],
      },
    },
    {
      name: 'Ec2Operator',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'],
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
          {
            Effect: 'Allow',
            Action: 'ec2:TerminateInstances',
            Resource: `arn:aws:ec2:*:${ACCOUNT}:instance/*`,
            Condition: { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
          },
        ],
      },
    },
  ],
  groups: [{ name: 'Analysts', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
  users: [{ name: 'analyst', groups: ['Analysts'], managedPolicies: ['DeployApp', 'DenySecrets', 'Ec2Operator'] }],
};
