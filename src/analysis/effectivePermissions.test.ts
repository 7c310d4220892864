import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../catalog';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled data; src/analysis itself is only ever handed it
import { loadAwsManagedPolicyCatalog } from '../data/awsManagedPolicies';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled data; src/analysis itself is only ever handed it
import { loadServiceCatalog } from '../data/serviceCatalog';
import { compileScenario, evaluateQuery } from '../engine';
import {
  getAtPointer,
  restoreScenario,
  type ManagedPolicyCatalog,
  type PolicyDocument,
  type PolicyStatement,
  type Scenario,
  type ScenarioInput,
  type World,
} from '../model';
import { effectivePermissions, type EffectiveAction, type EffectivePermissions, type StatementTrace } from './effectivePermissions';
import { probeFor, resolveVariables } from './effective/probes';
import { relaxDocument } from './effective/relaxConditions';
import { actionTakesArn, actionTakesPattern, templatePattern } from './effective/resourceTypes';
import { expandActionPattern } from './expandActions';

/**
 * A small organization: account A (a member, under an SCP that only allows some services) holds
 * the users and the buckets; account B (outside the organization) holds a partner.
 */
const A = '111122223333';
const B = '444455556666';
const MGMT = '999999999999';

const world: ScenarioInput = {
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: A,
  accounts: [{ id: A, unit: 'ou-dev' }, { id: B }],
  organization: {
    managementAccount: MGMT,
    units: [
      { id: 'root', name: 'Root' },
      { id: 'ou-dev', name: 'Dev', parent: 'root' },
    ],
    policies: [
      { name: 'FullAWSAccess', type: 'scp', targets: ['root', A] },
      {
        name: 'OnlySomeServices',
        type: 'scp',
        targets: ['ou-dev'],
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['s3:*', 'ec2:*', 'iam:*', 'sts:*', 'dynamodb:*', 'kms:*'], Resource: '*' }],
        },
      },
    ],
  },
  policies: [
    {
      name: 'DenyDeletes',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'NoDeletes', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
          { Sid: 'LockedPrefix', Effect: 'Deny', Action: 's3:PutObject', Resource: 'arn:aws:s3:::team-bucket/locked/*' },
          {
            Sid: 'IamNeedsMfa',
            Effect: 'Deny',
            Action: 'iam:*',
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
        ],
      },
    },
    {
      name: 'S3AndDynamo',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*', 'dynamodb:*'], Resource: '*' }] },
    },
    { name: 'S3Only', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
  ],
  groups: [
    {
      name: 'Developers',
      inlinePolicies: [
        {
          name: 'dev-access',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'TeamObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::team-bucket/*' },
              { Sid: 'Queue', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' },
              {
                Sid: 'StartWithMfa',
                Effect: 'Allow',
                Action: 'ec2:StartInstances',
                Resource: '*',
                Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
              },
              {
                Sid: 'TerminateOwn',
                Effect: 'Allow',
                Action: 'ec2:TerminateInstances',
                Resource: `arn:aws:ec2:*:${A}:instance/*`,
                Condition: { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
              },
              { Sid: 'HomePrefix', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::home-${aws:username}' },
            ],
          },
        },
      ],
    },
  ],
  users: [
    {
      name: 'dev',
      groups: ['Developers'],
      managedPolicies: ['DenyDeletes'],
      inlinePolicies: [
        {
          name: 'own',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::team-bucket/*' },
              { Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' },
            ],
          },
        },
      ],
    },
    { name: 'bounded', managedPolicies: ['S3AndDynamo'], permissionsBoundary: 'S3Only' },
    { name: 'reader', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'DenyDeletes'] },
    {
      name: 'partner',
      account: B,
      inlinePolicies: [
        {
          name: 'shared',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::shared-bucket/*' }],
          },
        },
      ],
    },
    { name: 'bystander', account: B },
  ],
  roles: [
    {
      name: 'Deployer',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/dev` }, Action: 'sts:AssumeRole' }],
      },
      managedPolicies: ['S3AndDynamo'],
    },
  ],
  resources: [
    {
      arn: 'arn:aws:s3:::shared-bucket',
      account: A,
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'PartnerReads',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${B}:root` },
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::shared-bucket/*',
          },
        ],
      },
    },
    { arn: `arn:aws:ec2:eu-west-1:${A}:instance/i-mine`, tags: { owner: 'dev' } },
    { arn: `arn:aws:ec2:eu-west-1:${A}:instance/i-theirs`, tags: { owner: 'someone-else' } },
  ],
};

let catalog: ServiceCatalog;
let managed: ManagedPolicyCatalog;
let input: { scenario: Scenario; world: World };

beforeAll(async () => {
  [catalog, managed] = await Promise.all([loadServiceCatalog(), loadAwsManagedPolicyCatalog()]);
  const restored = restoreScenario(world, managed);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  input = { scenario: restored.scenario, world: restored.world };
});

const allowedActions = (r: EffectivePermissions): EffectiveAction[] => r.services.flatMap((s) => s.levels.flatMap((l) => l.actions));
const find = (r: EffectivePermissions, id: string) => allowedActions(r).find((a) => a.action === id);
const denied = (r: EffectivePermissions, id: string) => r.denied.find((d) => d.action === id);
/** The statement a trace points at, read from the scenario itself. */
const statementAt = (t: StatementTrace) => getAtPointer(input.scenario, t.path!) as { Sid?: string; Effect: string; Action?: unknown };
const decision = (principal: string, action: string, resource: string, context?: Record<string, boolean>) =>
  evaluateQuery(compileScenario(input.scenario, input.world), { principal, action, resource, context }).decision;

describe('effectivePermissions: grants and their traces', () => {
  it('shows a group-granted action with the group statement that grants it', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    expect(r.error).toBeNull();
    expect(r.mode).toBe('anywhere');
    expect(r.principalArn).toBe(`arn:aws:iam::${A}:user/dev`);
    const get = find(r, 's3:GetObject')!;
    expect(get.conditional).toBe(false);
    expect(get.resources).toEqual(['arn:aws:s3:::team-bucket/*']);
    expect(get.allowedBy).toHaveLength(1);
    const t = get.allowedBy[0]!;
    expect(t).toMatchObject({ kind: 'identity', via: 'group Developers', sid: 'TeamObjects', policyName: 'dev-access' });
    expect(statementAt(t)).toMatchObject({ Sid: 'TeamObjects', Effect: 'Allow' });
    expect(t.path).toMatch(/^\/groups\/0\/inlinePolicies\/0\/document\/Statement\/\d+$/);
  });

  it('removes an explicitly denied action and traces both the deny and the grant it removed', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    expect(find(r, 's3:DeleteObject')).toBeUndefined();
    const d = denied(r, 's3:DeleteObject')!;
    expect(d.reason).toBe('explicitDeny');
    expect(d.deniedBy.map((t) => t.sid)).toEqual(['NoDeletes']);
    expect(statementAt(d.deniedBy[0]!).Effect).toBe('Deny');
    expect(d.allowedBy.map((t) => statementAt(t).Action)).toEqual(['s3:DeleteObject']);
    // The engine agrees on a concrete object.
    expect(decision('user/dev', 's3:DeleteObject', 'arn:aws:s3:::team-bucket/a.txt')).toBe('explicitDeny');
  });

  it('for `*`, keeps an action a deny covers only in part, and names that deny; on a covered ARN it is denied', () => {
    const anywhere = effectivePermissions(input, 'user/dev', '*', catalog);
    const put = find(anywhere, 's3:PutObject')!;
    expect(put.resources).toEqual(['arn:aws:s3:::team-bucket/*']);
    expect(put.limitedBy.map((t) => t.sid)).toContain('LockedPrefix');

    const locked = effectivePermissions(input, 'user/dev', 'arn:aws:s3:::team-bucket/locked/plan.txt', catalog);
    expect(locked.mode).toBe('resource');
    expect(find(locked, 's3:PutObject')).toBeUndefined();
    expect(denied(locked, 's3:PutObject')!.deniedBy.map((t) => t.sid)).toEqual(['LockedPrefix']);
    expect(find(locked, 's3:GetObject')!.resources).toEqual(['arn:aws:s3:::team-bucket/locked/plan.txt']);

    const open = effectivePermissions(input, 'user/dev', 'arn:aws:s3:::team-bucket/open/plan.txt', catalog);
    expect(find(open, 's3:PutObject')!.limitedBy).toEqual([]);
  });

  it('caps a grant at the permissions boundary, and traces the boundary in what it allows', () => {
    const r = effectivePermissions(input, 'user/bounded', '*', catalog);
    expect(r.services.map((s) => s.service)).not.toContain('dynamodb');
    const d = denied(r, 'dynamodb:GetItem')!;
    expect(d.reason).toBe('boundary');
    expect(d.allowedBy.map((t) => t.policyName)).toEqual(['S3AndDynamo']);
    const get = find(r, 's3:GetObject')!;
    expect(get.allowedBy.map((t) => t.kind).sort()).toEqual(['boundary', 'identity']);
    expect(get.allowedBy.find((t) => t.kind === 'boundary')!.policyName).toBe('S3Only');
    // Every dynamodb action the identity policy names is capped, none allowed.
    const dynamo = catalog.service('dynamodb')!.actions.length;
    expect(r.denied.filter((x) => x.service === 'dynamodb' && x.reason === 'boundary')).toHaveLength(dynamo);
  });

  it('caps a grant with an SCP of the organization', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    expect(find(r, 'sqs:SendMessage')).toBeUndefined();
    expect(denied(r, 'sqs:SendMessage')!.reason).toBe('scp');
    expect(decision('user/dev', 'sqs:SendMessage', '*')).toBe('implicitDeny');
  });

  it('lets a bucket policy grant a cross-account principal on that bucket, with both sides traced', () => {
    const object = 'arn:aws:s3:::shared-bucket/report.csv';
    const r = effectivePermissions(input, `arn:aws:iam::${B}:user/partner`, object, catalog);
    const get = find(r, 's3:GetObject')!;
    const kinds = get.allowedBy.map((t) => t.kind).sort();
    expect(kinds).toEqual(['identity', 'resource']);
    const rbp = get.allowedBy.find((t) => t.kind === 'resource')!;
    expect(rbp.path).toBe('/resources/0/policy/Statement/0');
    expect(rbp.sid).toBe('PartnerReads');
    // Writing needs the bucket policy too, and it does not allow it.
    expect(find(r, 's3:PutObject')).toBeUndefined();
    expect(denied(r, 's3:PutObject')!.reason).toBe('resourcePolicy');
    expect(decision(`arn:aws:iam::${B}:user/partner`, 's3:PutObject', object)).toBe('implicitDeny');

    // A user of B whom no identity policy allows gets nothing from the bucket policy alone.
    const bystander = effectivePermissions(input, `arn:aws:iam::${B}:user/bystander`, object, catalog);
    expect(find(bystander, 's3:GetObject')).toBeUndefined();
  });

  it('finds grants from resource policies for `*`, on the resource they govern', () => {
    const r = effectivePermissions(input, `arn:aws:iam::${B}:user/partner`, '*', catalog);
    expect(find(r, 's3:GetObject')!.resources).toContain('arn:aws:s3:::shared-bucket/*');
    const dev = effectivePermissions(input, 'user/dev', '*', catalog);
    const assume = find(dev, 'sts:AssumeRole')!;
    expect(assume.resources).toEqual([`arn:aws:iam::${A}:role/Deployer`]);
    expect(assume.allowedBy.map((t) => t.path)).toEqual(['/roles/0/trustPolicy/Statement/0']);
  });
});

describe('effectivePermissions: conditions', () => {
  it('flags a grant that waits on a request key as conditional, naming the key', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    const start = find(r, 'ec2:StartInstances')!;
    expect(start.conditional).toBe(true);
    expect(start.missingContextKeys).toEqual(['aws:MultiFactorAuthPresent']);
    expect(start.allowedBy.map((t) => t.sid)).toEqual(['StartWithMfa']);
    expect(r.totals.conditional).toBe(allowedActions(r).filter((a) => a.conditional).length);
  });

  it('takes the context it is given: the key is then a fact, not an open question', () => {
    const withMfa = effectivePermissions(input, 'user/dev', '*', catalog, { context: { 'aws:MultiFactorAuthPresent': true } });
    expect(find(withMfa, 'ec2:StartInstances')).toMatchObject({ conditional: false, missingContextKeys: [] });
    expect(find(withMfa, 'iam:GetUser')).toMatchObject({ conditional: false, conditionalDenies: [] });
    const without = effectivePermissions(input, 'user/dev', '*', catalog, { context: { 'aws:MultiFactorAuthPresent': false } });
    expect(find(without, 'ec2:StartInstances')).toBeUndefined();
    expect(denied(without, 'iam:GetUser')!.deniedBy.map((t) => t.sid)).toEqual(['IamNeedsMfa']);
  });

  it('reads a Deny on a missing request key as avoidable: conditional, with the deny traced', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    const getUser = find(r, 'iam:GetUser')!;
    expect(getUser.conditional).toBe(true);
    expect(getUser.missingContextKeys).toEqual(['aws:MultiFactorAuthPresent']);
    expect(getUser.conditionalDenies.map((t) => t.sid)).toEqual(['IamNeedsMfa']);
    expect(getUser.limitedBy.map((t) => t.sid)).not.toContain('IamNeedsMfa');
  });

  it('resolves tag conditions on a listed resource, and leaves them open for `*`', () => {
    const anywhere = find(effectivePermissions(input, 'user/dev', '*', catalog), 'ec2:TerminateInstances')!;
    expect(anywhere.conditional).toBe(true);
    expect(anywhere.missingContextKeys).toEqual(['aws:ResourceTag/owner']);
    expect(anywhere.resources).toEqual([`arn:aws:ec2::${A}:instance/*`]);

    const mine = effectivePermissions(input, 'user/dev', `arn:aws:ec2:eu-west-1:${A}:instance/i-mine`, catalog);
    expect(find(mine, 'ec2:TerminateInstances')).toMatchObject({ conditional: false });
    const theirs = effectivePermissions(input, 'user/dev', `arn:aws:ec2:eu-west-1:${A}:instance/i-theirs`, catalog);
    expect(find(theirs, 'ec2:TerminateInstances')).toBeUndefined();
  });

  it('resolves policy variables in the resources it lists', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    expect(find(r, 's3:ListBucket')!.resources).toEqual(['arn:aws:s3:::home-dev']);
    expect(find(effectivePermissions(input, 'user/dev', 'arn:aws:s3:::home-dev', catalog), 's3:ListBucket')).toBeDefined();
    expect(find(effectivePermissions(input, 'user/dev', 'arn:aws:s3:::home-bounded', catalog), 's3:ListBucket')).toBeUndefined();
  });
});

describe('effectivePermissions: agreement with the engine', () => {
  it('on an ARN, lists exactly the actions (of that resource type) the engine allows', () => {
    const object = 'arn:aws:s3:::team-bucket/open/x';
    const r = effectivePermissions(input, 'user/dev', object, catalog);
    const listed = new Set(allowedActions(r).map((a) => a.action));
    const fitting = catalog.service('s3')!.actions.filter((a) => a.resourceTypes.some((t) => t.name === 'object'));
    expect(fitting.length).toBeGreaterThan(20);
    for (const a of fitting) expect(listed.has(a.id), a.id).toBe(decision('user/dev', a.id, object) === 'allowed');
  });

  it('for `*`, misses nothing the engine allows on `*`', () => {
    const r = effectivePermissions(input, 'user/bounded', '*', catalog);
    const listed = new Set(allowedActions(r).map((a) => a.action));
    const cs = compileScenario(input.scenario, input.world);
    const sample = catalog.services.flatMap((s) => s.actions).filter((_, i) => i % 7 === 0);
    for (const a of sample) {
      if (evaluateQuery(cs, { principal: 'user/bounded', action: a.id, resource: '*' }).decision === 'allowed')
        expect(listed.has(a.id), a.id).toBe(true);
    }
  });

  it('with ReadOnlyAccess (thousands of patterns), allows what its unconditional statements name, except what is denied', () => {
    const r = effectivePermissions(input, 'user/reader', '*', catalog);
    const ro = managed.get('arn:aws:iam::aws:policy/ReadOnlyAccess')!;
    const statements = Array.isArray(ro.document.Statement) ? ro.document.Statement : [ro.document.Statement];
    const named = new Set(
      statements
        .filter((s) => s.Condition === undefined && s.Effect === 'Allow')
        .flatMap((s) => [s.Action ?? []].flat().flatMap((p) => expandActionPattern(p, catalog).actions.map((a) => a.id))),
    );
    const listed = new Map(allowedActions(r).map((a) => [a.action, a]));
    const deniedIds = new Set(r.denied.map((d) => d.action));
    // The SCP allows only some services: the rest are capped, not allowed.
    const scpServices = new Set(['s3', 'ec2', 'iam', 'sts', 'dynamodb', 'kms']);
    for (const id of named) {
      const inScp = scpServices.has(id.split(':')[0]!);
      if (!inScp) expect(denied(r, id)?.reason, id).toBe('scp');
      else if (!deniedIds.has(id)) {
        // Traced to ReadOnlyAccess, or (sts:GetCallerIdentity) allowed with no policy needed, and said so.
        const a = listed.get(id);
        expect(a?.allowedBy.some((t) => t.policyName === 'ReadOnlyAccess') || (a?.allowedBy.length === 0 && a.note !== undefined), id).toBe(
          true,
        );
      }
    }
    expect([...listed.keys()].every((id) => scpServices.has(id.split(':')[0]!))).toBe(true);
    // The same answers as the engine on the unprojected world, for a sample.
    const cs = compileScenario(input.scenario, input.world);
    const sample = [...named].filter((_, i) => i % 25 === 0);
    for (const id of sample) {
      const allowed = evaluateQuery(cs, { principal: 'user/reader', action: id, resource: '*' }).decision === 'allowed';
      expect(listed.has(id) && !listed.get(id)!.conditional, id).toBe(allowed);
    }
  });
});

describe('effectivePermissions: principals, resources and options', () => {
  it('keeps to actions whose resource types fit the ARN, unless told otherwise', () => {
    const bucket = 'arn:aws:s3:::team-bucket';
    const r = effectivePermissions(input, 'user/bounded', bucket, catalog);
    expect(find(r, 's3:ListBucket')).toBeDefined();
    expect(find(r, 's3:GetObject')).toBeUndefined();
    expect(r.totals.skippedByResourceType).toBeGreaterThan(0);
    const loose = effectivePermissions(input, 'user/bounded', bucket, catalog, { matchResourceType: false });
    expect(find(loose, 's3:GetObject')).toBeDefined();
    expect(loose.totals.allowed).toBeGreaterThan(r.totals.allowed);
  });

  it('evaluates a role as a session of it, capped by a session policy', () => {
    const sessionPolicy = { Version: '2012-10-17' as const, Statement: [{ Effect: 'Allow' as const, Action: 's3:Get*', Resource: '*' }] };
    const plain = effectivePermissions(input, 'role/Deployer', '*', catalog);
    expect(plain.principalArn).toBe(`arn:aws:iam::${A}:role/Deployer`);
    expect(find(plain, 's3:PutObject')).toBeDefined();
    const capped = effectivePermissions(input, 'role/Deployer', '*', catalog, { sessionPolicy });
    expect(find(capped, 's3:PutObject')).toBeUndefined();
    expect(denied(capped, 's3:PutObject')!.reason).toBe('session');
    expect(
      find(capped, 's3:GetObject')!
        .allowedBy.map((t) => t.kind)
        .sort(),
    ).toEqual(['identity', 'session']);
    // The compiled scenario given as input answers the same, session policy or not.
    const cs = compileScenario(input.scenario, input.world);
    expect(effectivePermissions(cs, 'role/Deployer', '*', catalog, { sessionPolicy })).toEqual(capped);
    expect(effectivePermissions(cs, 'role/Deployer', '*', catalog)).toEqual(plain);
  });

  it("gives the account's root user its own account's resources without a policy, within the SCPs", () => {
    const r = effectivePermissions(input, `arn:aws:iam::${A}:root`, 'arn:aws:s3:::team-bucket/x', catalog);
    const get = find(r, 's3:GetObject')!;
    expect(get.allowedBy).toEqual([]);
    expect(get.note).toMatch(/root/);
    expect(r.services.map((s) => s.service)).toEqual(['s3']);
  });

  it('reports an unknown principal instead of throwing', () => {
    for (const p of ['user/nobody', 'role/Nope', 'not a principal']) {
      const r = effectivePermissions(input, p, '*', catalog);
      expect(r.error).toBeTruthy();
      expect(r.principalArn).toBeNull();
      expect(r.services).toEqual([]);
      expect(r.totals.evaluations).toBe(0);
    }
  });

  it('groups by service and access level with consistent totals, and survives JSON', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog);
    expect(r.totals.allowed).toBe(allowedActions(r).length);
    expect(r.totals.services).toBe(r.services.length);
    expect(r.totals.denied).toBe(r.denied.length);
    expect(r.totals.catalogActions).toBe(catalog.actionCount);
    expect(r.totals.evaluations).toBeGreaterThanOrEqual(r.totals.candidates);
    for (const s of r.services) {
      expect(s.granted).toBe(s.levels.reduce((n, l) => n + l.granted, 0));
      for (const l of s.levels) {
        expect(l.actions.every((a) => a.accessLevel === l.level && a.action.startsWith(`${s.service}:`))).toBe(true);
        expect(l.total).toBe(catalog.service(s.service)!.actions.filter((a) => a.accessLevel === l.level).length);
      }
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('leaves denials out when asked', () => {
    const r = effectivePermissions(input, 'user/dev', '*', catalog, { includeDenied: false });
    expect(r.denied).toEqual([]);
    expect(r.totals.allowed).toBe(effectivePermissions(input, 'user/dev', '*', catalog).totals.allowed);
  });
});

describe('effective permissions helpers', () => {
  it('reads ARN templates: fields stay in their segment, a bare name has no slash', () => {
    const bucket = templatePattern('arn:${Partition}:s3:::${BucketName}')!;
    const object = templatePattern('arn:${Partition}:s3:::${BucketName}/${ObjectName}')!;
    expect(bucket.test('arn:aws:s3:::team-bucket')).toBe(true);
    expect(bucket.test('arn:aws:s3:::team-bucket/key')).toBe(false);
    expect(object.test('arn:aws:s3:::team-bucket/dir/key.txt')).toBe(true);
    expect(object.test('arn:aws:s3:::team-bucket')).toBe(false);
    const logGroup = templatePattern('arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}')!;
    expect(logGroup.test(`arn:aws:logs:eu-west-1:${A}:log-group:/aws/lambda/fn`)).toBe(true);
    expect(logGroup.test(`arn:aws:logs:eu-west-1:${A}:log-stream:x`)).toBe(false);
    const instance = templatePattern('arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}')!;
    expect(instance.test(`arn:aws:ec2:eu-west-1:${A}:instance/i-1`)).toBe(true);
    expect(instance.test(`arn:aws:ec2:eu-west-1:${A}:volume/vol-1`)).toBe(false);
  });

  it('checks an action against an ARN through its resource types', () => {
    const act = (id: string) => catalog.action(id)!;
    expect(actionTakesArn(act('s3:GetObject'), 'arn:aws:s3:::b/k', catalog)).toBe(true);
    expect(actionTakesArn(act('s3:ListBucket'), 'arn:aws:s3:::b/k', catalog)).toBe(false);
    expect(actionTakesArn(act('s3:ListBucket'), 'arn:aws:s3:::b', catalog)).toBe(true);
    expect(actionTakesArn(act('ec2:DescribeInstances'), `arn:aws:ec2:eu-west-1:${A}:instance/i-1`, catalog)).toBe(false);
    expect(actionTakesPattern(act('ec2:DescribeInstances'), '*', catalog)).toBe(true);
    expect(actionTakesPattern(act('ec2:DescribeInstances'), 'arn:aws:s3:::b/*', catalog)).toBe(false);
    expect(actionTakesPattern(act('s3:GetObject'), 'arn:aws:s3:::b/*', catalog)).toBe(true);
    expect(actionTakesPattern(act('s3:GetObject'), 'arn:aws:*:::b/*', catalog)).toBe(true);
  });

  it('makes probes of resource patterns for the principal', () => {
    expect(probeFor('*', A)).toBe('*');
    expect(probeFor('arn:aws:s3:::b/*', A)).toBe('arn:aws:s3:::b/*');
    expect(probeFor('arn:*:ec2:*:*:instance/*', A)).toBe(`arn:aws:ec2::${A}:instance/*`);
    expect(probeFor(`arn:aws:ec2:eu-*:${B}:instance/*`, A)).toBe(`arn:aws:ec2:eu-*:${B}:instance/*`);
    expect(probeFor('arn:aws:ec2:*:9*:instance/*', A)).toBe('arn:aws:ec2::9*:instance/*');
    const lookup = (k: string) => ({ 'aws:username': 'dev', 'aws:principaltag/team': ['a', 'b'] })[k.toLowerCase()];
    expect(resolveVariables('arn:aws:s3:::home/${aws:username}/*', lookup)).toBe('arn:aws:s3:::home/dev/*');
    expect(resolveVariables("arn:aws:s3:::x/${aws:PrincipalTag/missing, 'none'}${*}", lookup)).toBe('arn:aws:s3:::x/none*');
    // A multivalued or missing key without a default leaves the pattern as written.
    expect(resolveVariables('arn:aws:s3:::t/${aws:PrincipalTag/team}', lookup)).toBe('arn:aws:s3:::t/${aws:PrincipalTag/team}');
  });

  it('relaxes only conditions on open keys, keeping statement positions', () => {
    const statements: PolicyStatement[] = [
      {
        Effect: 'Allow' as const,
        Action: 'a:b',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, StringEquals: { 'aws:PrincipalTag/team': 'x' } },
      },
      { Sid: 'D', Effect: 'Deny' as const, Action: 'a:c', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Deny' as const, Action: 'a:d', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'x' } } },
    ];
    const document: PolicyDocument = { Version: '2012-10-17', Statement: statements };
    const open = (k: string) => ['aws:multifactorauthpresent', 'aws:securetransport'].includes(k.toLowerCase());
    const relaxed = relaxDocument(document, open);
    const [allow, deny, kept] = relaxed.Statement as PolicyStatement[];
    expect(allow!.Condition).toEqual({ StringEquals: { 'aws:PrincipalTag/team': 'x' } });
    expect(deny).toEqual({ Sid: 'D', Effect: 'Deny', Action: [] });
    expect(kept).toBe(statements[2]);
    expect(relaxDocument(document, () => false)).toBe(document);
  });
});
