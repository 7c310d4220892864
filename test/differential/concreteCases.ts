import type { Decision } from './convert';
import type { CaseSpec, OrgSpec } from './generateCase';
import { ACCOUNT_A, type Context, type PolicyDoc, type Statement } from './policyGen';

/**
 * One minimal, hand-written case per disagreement class: the smallest world that shows it. For a
 * known disagreement, `documented` is the answer AWS's documentation gives (ours); for an engine bug
 * it is the answer our engine should give and does not yet.
 */
export interface ConcreteCase {
  classId: string;
  spec: CaseSpec;
  /** The decision AWS's documentation gives. */
  documented: Decision;
}

const doc = (...Statement: Statement[]): PolicyDoc => ({ Version: '2012-10-17', Statement });

const user = (name: string) => ({ kind: 'user' as const, account: ACCOUNT_A, name, path: '/', tags: {} });
const role = (name: string) => ({ kind: 'role' as const, account: ACCOUNT_A, name, path: '/', tags: {}, sessionName: 'session' });

/** Account A in OU ou-work, FullAWSAccess everywhere, and one RCP at the root. */
const orgWithRcp = (rcp: PolicyDoc): OrgSpec => ({
  accountUnits: { [ACCOUNT_A]: 'ou-work' },
  scps: [{ name: 'FullAWSAccess', doc: null, targets: ['root', 'ou-work', ACCOUNT_A] }],
  rcps: [{ name: 'DenyAll', doc: rcp, targets: ['root'] }],
});

const base = (over: Partial<CaseSpec> & Pick<CaseSpec, 'principal' | 'action' | 'resource'>): CaseSpec => ({
  seed: 0,
  identity: [],
  boundary: null,
  sessionPolicy: null,
  resourceAccount: ACCOUNT_A,
  resourcePolicy: null,
  org: null,
  context: {} as Context,
  ...over,
});

const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT_A}:orders-topic`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT_A}:orders-queue`;
const BUS = `arn:aws:events:us-east-1:${ACCOUNT_A}:event-bus/default`;
const OBJECT = 'arn:aws:s3:::alpha-data/reports/2026/q1.csv';

export const CONCRETE_CASES: ConcreteCase[] = [
  {
    classId: 'rcp-unsupported-service',
    documented: 'allowed',
    spec: base({
      principal: user('alice'),
      action: 'sns:Publish',
      resource: TOPIC,
      identity: [{ attach: 'inline', doc: doc({ Effect: 'Allow', Action: 'sns:Publish', Resource: TOPIC }) }],
      org: orgWithRcp(doc({ Effect: 'Deny', Principal: '*', Action: 'sns:*', Resource: '*' })),
    }),
  },
  {
    classId: 'root-user-implicit-permissions',
    documented: 'allowed',
    spec: base({ principal: { kind: 'root', account: ACCOUNT_A }, action: 'ec2:DescribeInstances', resource: '*' }),
  },
  {
    classId: 'notprincipal-deny-without-account',
    documented: 'explicitDeny',
    spec: base({
      principal: user('carol'),
      action: 's3:GetObject',
      resource: OBJECT,
      identity: [{ attach: 'inline', doc: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::alpha-data/*' }) }],
      resourcePolicy: doc({
        Effect: 'Deny',
        NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT_A}:user/carol` },
        Action: 's3:*',
        Resource: 'arn:aws:s3:::alpha-data/*',
      }),
    }),
  },
  {
    classId: 'session-arn-grant-not-limited-by-session-policy',
    documented: 'allowed',
    spec: base({
      principal: role('AppRole'),
      action: 's3:GetObject',
      resource: OBJECT,
      sessionPolicy: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }),
      resourcePolicy: doc({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:sts::${ACCOUNT_A}:assumed-role/AppRole/session` },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::alpha-data/*',
      }),
    }),
  },
  {
    classId: 'date-condition-epoch-value',
    documented: 'allowed',
    spec: base({
      principal: user('alice'),
      action: 's3:GetObject',
      resource: OBJECT,
      // 1798761600 is 2027-01-01T00:00:00Z; the request is made in 2026.
      identity: [
        {
          attach: 'inline',
          doc: doc({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: '*',
            Condition: { DateLessThan: { 'aws:CurrentTime': '1798761600' } },
          }),
        },
      ],
      context: { 'aws:CurrentTime': '2026-06-30T12:00:00Z' },
    }),
  },
  {
    classId: 'negated-operator-matches-missing-variable',
    documented: 'allowed',
    // A role session has no aws:username, so the variable has no value and StringNotEquals holds.
    spec: base({
      principal: role('AppRole'),
      action: 'sqs:SendMessage',
      resource: QUEUE,
      identity: [
        {
          attach: 'inline',
          doc: doc({
            Effect: 'Allow',
            Action: 'sqs:SendMessage',
            Resource: QUEUE,
            Condition: { StringNotEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
          }),
        },
      ],
      context: { 'aws:ResourceTag/owner': 'carol' },
    }),
  },
  {
    classId: 'variables-need-version-2012-10-17',
    documented: 'implicitDeny',
    // Without a Version, `${aws:username}` is literal text: the resource pattern names a key called `${aws:username}`.
    spec: base({
      principal: user('alice'),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::alpha-data/home/alice/notes.txt',
      identity: [
        {
          attach: 'inline',
          doc: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::alpha-data/home/${aws:username}/*' }] },
        },
      ],
      context: { 'aws:username': 'alice' },
    }),
  },
  {
    classId: 'open-wildcard-principal-vs-session-policy',
    // Undocumented: this is what our engine answers today, pinned so that a change is noticed.
    documented: 'allowed',
    spec: base({
      principal: role('AppRole'),
      action: 's3:GetObject',
      resource: OBJECT,
      sessionPolicy: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }),
      resourcePolicy: doc({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::alpha-data/*' }),
    }),
  },
  {
    classId: 'open-wildcard-in-resource-type',
    // Undocumented: our engine reads the wildcard as a plain glob; pinned so that a change is noticed.
    documented: 'allowed',
    spec: base({
      principal: user('alice'),
      action: 'dynamodb:GetItem',
      resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/orders`,
      identity: [
        {
          attach: 'inline',
          doc: doc({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:*/orders` }),
        },
      ],
    }),
  },
];

/**
 * Engine bugs the differential test found that have since been fixed: both engines must now give
 * AWS's documented answer.
 */
export const REGRESSIONS: (ConcreteCase & { docUrl: string })[] = [
  {
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-effects-on-permissions',
    classId: 'fixed-rcp-skipped-for-service-principals',
    documented: 'explicitDeny',
    spec: base({
      principal: { kind: 'service', service: 'sns.amazonaws.com' },
      action: 'sqs:SendMessage',
      resource: QUEUE,
      resourcePolicy: doc({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: QUEUE }),
      org: orgWithRcp(doc({ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*' })),
    }),
  },
  {
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-resourceelement',
    classId: 'fixed-variable-outside-resource-part',
    documented: 'implicitDeny',
    spec: base({
      principal: user('alice'),
      action: 'sqs:SendMessage',
      resource: QUEUE,
      identity: [
        {
          attach: 'inline',
          doc: doc({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:orders-queue' }),
        },
      ],
      context: { 'aws:PrincipalAccount': ACCOUNT_A },
    }),
  },
  {
    docUrl: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services',
    classId: 'fixed-rcp-service-list-incomplete',
    documented: 'explicitDeny',
    spec: base({
      principal: user('alice'),
      action: 'events:PutEvents',
      resource: BUS,
      identity: [{ attach: 'inline', doc: doc({ Effect: 'Allow', Action: 'events:PutEvents', Resource: BUS }) }],
      org: orgWithRcp(doc({ Effect: 'Deny', Principal: '*', Action: 'events:*', Resource: '*' })),
    }),
  },
];
