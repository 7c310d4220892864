/**
 * A real-sized account, as `aws iam get-account-authorization-details` prints it: 1,400 users and
 * 600 roles (2,000 principals), 120 groups and 3,000 customer managed policies (some with old
 * versions), teams under their own paths, users in one to three groups, a few boundaries, inline
 * policies, AWS managed attachments, service and cross-role trust. Deterministic (one seed), so two
 * runs measure the same file. The shape follows the AWS CLI reference's example output.
 */
export interface LargeAccountOptions {
  account?: string;
  users?: number;
  roles?: number;
  groups?: number;
  policies?: number;
}

const TEAMS = ['web', 'data', 'platform', 'payments', 'search', 'mobile', 'ml', 'security', 'support', 'growth'];
const SERVICES = ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'glue.amazonaws.com'];
const AWS_MANAGED = ['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'IAMUserChangePassword'];

/** A small linear congruential generator: the same numbers on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DATE = '2025-06-01T09:00:00Z';
const doc = (Statement: unknown[]) => ({ Version: '2012-10-17', Statement });

export function largeAccountDetails(options: LargeAccountOptions = {}): Record<string, unknown> {
  const account = options.account ?? '111122223333';
  const nUsers = options.users ?? 1400;
  const nRoles = options.roles ?? 600;
  const nGroups = options.groups ?? 120;
  const nPolicies = options.policies ?? 3000;
  const rnd = random(20261203);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const team = (i: number) => TEAMS[i % TEAMS.length]!;
  const policyArn = (i: number) => `arn:aws:iam::${account}:policy/teams/${team(i)}/p${i}`;
  const attached = (count: number) =>
    Array.from({ length: count }, () => {
      const i = Math.floor(rnd() * nPolicies);
      return { PolicyName: `p${i}`, PolicyArn: policyArn(i) };
    });

  const statementFor = (i: number) => {
    const bucket = `${team(i)}-data-${i % 40}`;
    switch (i % 5) {
      case 0:
        return { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `arn:aws:s3:::${bucket}/*` };
      case 1:
        return {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: `arn:aws:s3:::${bucket}`,
          Condition: { StringLike: { 's3:prefix': [`${team(i)}/*`] } },
        };
      case 2:
        return {
          Effect: 'Allow',
          Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
          Resource: `arn:aws:dynamodb:eu-west-1:${account}:table/${team(i)}-${i % 25}`,
        };
      case 3:
        return {
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceTag/team': team(i) } },
        };
      default:
        return {
          Effect: 'Deny',
          Action: 's3:DeleteObject',
          Resource: `arn:aws:s3:::${bucket}/*`,
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        };
    }
  };

  const Policies = Array.from({ length: nPolicies }, (_, i) => {
    const versions = 1 + (i % 3 === 0 ? 1 : 0);
    return {
      PolicyName: `p${i}`,
      PolicyId: `ANPA${account}P${i}`,
      Arn: policyArn(i),
      Path: `/teams/${team(i)}/`,
      DefaultVersionId: `v${versions}`,
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: DATE,
      UpdateDate: DATE,
      PolicyVersionList: Array.from({ length: versions }, (_, v) => ({
        Document:
          v === versions - 1 ? doc([statementFor(i), statementFor(i + 1)]) : doc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]),
        VersionId: `v${v + 1}`,
        IsDefaultVersion: v === versions - 1,
        CreateDate: DATE,
      })),
    };
  });
  const boundary = `arn:aws:iam::${account}:policy/teams/${team(0)}/p0`;

  const groupName = (g: number) => `${team(g)}-${Math.floor(g / TEAMS.length)}`;
  const GroupDetailList = Array.from({ length: nGroups }, (_, g) => ({
    Path: `/teams/${team(g)}/`,
    GroupName: groupName(g),
    GroupId: `AGPA${account}G${g}`,
    Arn: `arn:aws:iam::${account}:group/teams/${team(g)}/${groupName(g)}`,
    CreateDate: DATE,
    GroupPolicyList: g % 4 === 0 ? [{ PolicyName: `inline-${g}`, PolicyDocument: doc([statementFor(g + 7)]) }] : [],
    AttachedManagedPolicies: [
      ...attached(2 + (g % 3)),
      ...(g % 10 === 0 ? [{ PolicyName: pick(AWS_MANAGED), PolicyArn: `arn:aws:iam::aws:policy/${pick(AWS_MANAGED)}` }] : []),
    ],
  }));

  const UserDetailList = Array.from({ length: nUsers }, (_, u) => {
    const t = team(u);
    const contractor = u % 9 === 0;
    const path = contractor ? '/contractors/' : `/teams/${t}/`;
    const name = `${t}.user${u}`;
    const groups = new Set<string>();
    const groupCount = 1 + (u % 3);
    for (let k = 0; k < groupCount; k++) groups.add(groupName((u + k * TEAMS.length * 3) % nGroups));
    return {
      Path: path,
      UserName: name,
      UserId: `AIDA${account}U${u}`,
      Arn: `arn:aws:iam::${account}:user${path}${name}`,
      CreateDate: DATE,
      UserPolicyList: u % 7 === 0 ? [{ PolicyName: `own-${u}`, PolicyDocument: doc([statementFor(u + 3)]) }] : [],
      GroupList: [...groups],
      AttachedManagedPolicies: u % 5 === 0 ? attached(1) : [],
      ...(contractor
        ? { PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: boundary } }
        : {}),
      Tags: [{ Key: 'team', Value: t }],
    };
  });

  const RoleDetailList = Array.from({ length: nRoles }, (_, r) => {
    const t = team(r);
    const service = r % 3 !== 0;
    const path = service ? '/service-role/' : `/teams/${t}/`;
    const name = `${t}-role-${r}`;
    const trust = service
      ? doc([{ Effect: 'Allow', Principal: { Service: SERVICES[r % SERVICES.length] }, Action: 'sts:AssumeRole' }])
      : doc([
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: 'sts:AssumeRole',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ]);
    const arn = `arn:aws:iam::${account}:role${path}${name}`;
    // The role as an instance profile lists it too: the same fields, without its policies.
    const role = { Path: path, RoleName: name, RoleId: `AROA${account}R${r}`, Arn: arn, CreateDate: DATE, AssumeRolePolicyDocument: trust };
    return {
      ...role,
      InstanceProfileList:
        r % SERVICES.length === 1
          ? [
              {
                Path: '/',
                InstanceProfileName: name,
                InstanceProfileId: `AIPA${account}I${r}`,
                Arn: `arn:aws:iam::${account}:instance-profile/${name}`,
                CreateDate: DATE,
                Roles: [role],
              },
            ]
          : [],
      RolePolicyList: r % 6 === 0 ? [{ PolicyName: `inline-${r}`, PolicyDocument: doc([statementFor(r + 11)]) }] : [],
      AttachedManagedPolicies: attached(1 + (r % 4)),
      Tags: [{ Key: 'team', Value: t }],
      RoleLastUsed: {},
    };
  });

  return { UserDetailList, GroupDetailList, RoleDetailList, Policies, IsTruncated: false };
}

/** Queries a person might ask of the imported account: one per user and role, against its team's data. */
export function largeAccountQueries(details: Record<string, unknown>, count: number): Record<string, unknown>[] {
  const users = details['UserDetailList'] as { Arn: string; Tags: { Value: string }[] }[];
  const roles = details['RoleDetailList'] as { Arn: string; Tags: { Value: string }[] }[];
  const principals = [...users, ...roles];
  const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 'dynamodb:Query', 'ec2:StartInstances'];
  return Array.from({ length: count }, (_, i) => {
    const p = principals[i % principals.length]!;
    const team = p.Tags[0]!.Value;
    const action = actions[i % actions.length]!;
    const resource = action.startsWith('s3:')
      ? `arn:aws:s3:::${team}-data-${i % 40}/reports/r${i}.csv`
      : action.startsWith('dynamodb:')
        ? `arn:aws:dynamodb:eu-west-1:111122223333:table/${team}-${i % 25}`
        : `arn:aws:ec2:eu-west-1:111122223333:instance/i-${(i % 4096).toString(16).padStart(17, '0')}`;
    return { name: `q${i}`, principal: p.Arn, action, resource };
  });
}
