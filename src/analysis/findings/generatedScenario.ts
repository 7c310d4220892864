/**
 * A generated scenario of a realistic size (users, managed policies, roles, buckets, SCPs), for
 * the speed test and for measuring: findings run on every keystroke over the whole scenario.
 */
export function generatedScenario(users = 200, policies = 20): Record<string, unknown> {
  const services = ['s3', 'ec2', 'dynamodb', 'lambda', 'sqs', 'sns', 'kms', 'logs', 'cloudwatch', 'iam'];
  const managed = Array.from({ length: policies }, (_, i) => {
    const service = services[i % services.length]!;
    return {
      name: `Policy${i}`,
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Read', Effect: 'Allow', Action: [`${service}:Get*`, `${service}:List*`, `${service}:Describe*`], Resource: '*' },
          {
            Sid: 'Write',
            Effect: 'Allow',
            Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
            Resource: [`arn:aws:s3:::bucket-${i}/*`, `arn:aws:s3:::bucket-${i}/\${aws:username}/*`],
            Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } },
          },
          {
            Sid: 'DenyOthers',
            Effect: 'Deny',
            Action: 'iam:*',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'admin' } },
          },
        ],
      },
    };
  });
  const userList = Array.from({ length: users }, (_, i) => ({
    name: `user${i}`,
    groups: [`group${i % 10}`],
    managedPolicies: [`Policy${i % policies}`, `Policy${(i + 7) % policies}`],
    inlinePolicies: [
      {
        name: 'own',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject', 'dynamodb:GetItem', 'dynamodb:Query'],
              Resource: [`arn:aws:s3:::home-${i}/*`, `arn:aws:dynamodb:eu-west-1:111122223333:table/t${i}`],
              Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] }, DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } },
            },
            { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::111122223333:role/role${i % 20}` },
          ],
        },
      },
    ],
  }));
  const groups = Array.from({ length: 10 }, (_, i) => ({
    name: `group${i}`,
    inlinePolicies: [
      { name: 'g', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }] } },
    ],
  }));
  const roles = Array.from({ length: 20 }, (_, i) => ({
    name: `role${i}`,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': `ext-${i}` } },
        },
      ],
    },
    managedPolicies: [`Policy${i % policies}`],
    inlinePolicies: [
      {
        name: 'logs',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
        },
      },
    ],
  }));
  const resources = Array.from({ length: 20 }, (_, i) => ({
    arn: `arn:aws:s3:::bucket-${i}`,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::bucket-${i}`, `arn:aws:s3:::bucket-${i}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    },
  }));
  return {
    format: 'iam-playground/scenario',
    version: 1,
    defaultAccount: '111122223333',
    accounts: [{ id: '111122223333', unit: 'ou-a' }],
    organization: {
      managementAccount: '999999999999',
      units: [{ id: 'root' }, { id: 'ou-a', parent: 'root' }],
      policies: [
        { name: 'FullAWSAccess', type: 'scp', targets: ['root'] },
        {
          name: 'Regions',
          type: 'scp',
          targets: ['ou-a'],
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                NotAction: ['iam:*', 'sts:*', 'organizations:*'],
                Resource: '*',
                Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
              },
            ],
          },
        },
        {
          name: 'OrgOnly',
          type: 'rcp',
          targets: ['root'],
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                Principal: '*',
                Action: ['s3:*', 'sqs:*', 'kms:*'],
                Resource: '*',
                Condition: {
                  StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' },
                  BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
                },
              },
            ],
          },
        },
      ],
    },
    policies: managed,
    users: userList,
    groups,
    roles,
    resources,
    queries: Array.from({ length: 20 }, (_, i) => ({
      principal: `role/role${i}`,
      action: 's3:GetObject',
      resource: `arn:aws:s3:::bucket-${i}/x`,
      sessionPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
    })),
  };
}
