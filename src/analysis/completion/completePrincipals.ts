import { presentKeys, type CursorContext } from './cursorContext';
import { propertyItem, rank, snippetItem, snippetStringItem, stringItem } from './items';
import type { CompletionItem } from './types';

/**
 * The forms of the Principal element.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
const PRINCIPAL_TYPES: { name: string; doc: string }[] = [
  { name: 'AWS', doc: 'An account (`arn:aws:iam::ACCOUNT:root` or its ID), an IAM user or role, a role session, or `*`.' },
  { name: 'Service', doc: 'An AWS service principal, such as `ec2.amazonaws.com`.' },
  { name: 'Federated', doc: 'A web identity provider (`cognito-identity.amazonaws.com`, …) or a SAML/OIDC provider ARN.' },
  { name: 'CanonicalUser', doc: 'An account’s canonical user ID (an S3 ACL identifier).' },
];

/** `AWS` principals, as snippets (label, snippet content, documentation). */
const AWS_PRINCIPALS: [string, string, string][] = [
  ['arn:aws:iam::ACCOUNT:root', 'arn:aws:iam::${1:ACCOUNT}:root', 'The account: delegates to its identities’ own policies.'],
  ['arn:aws:iam::ACCOUNT:role/NAME', 'arn:aws:iam::${1:ACCOUNT}:role/${2:NAME}', 'An IAM role (every session of it).'],
  ['arn:aws:iam::ACCOUNT:user/NAME', 'arn:aws:iam::${1:ACCOUNT}:user/${2:NAME}', 'An IAM user.'],
  [
    'arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION',
    'arn:aws:sts::${1:ACCOUNT}:assumed-role/${2:ROLE}/${3:SESSION}',
    'One session of a role.',
  ],
  ['ACCOUNT', '${1:111122223333}', 'An account ID: the same as its `:root` ARN.'],
];

/** Common service principals, for trust policies and resource policies that let a service in. */
const SERVICE_PRINCIPALS: [string, string][] = [
  ['ec2.amazonaws.com', 'Amazon EC2 (instance profiles)'],
  ['lambda.amazonaws.com', 'AWS Lambda (function execution roles)'],
  ['ecs-tasks.amazonaws.com', 'Amazon ECS tasks'],
  ['eks.amazonaws.com', 'Amazon EKS'],
  ['states.amazonaws.com', 'AWS Step Functions'],
  ['events.amazonaws.com', 'Amazon EventBridge'],
  ['scheduler.amazonaws.com', 'Amazon EventBridge Scheduler'],
  ['apigateway.amazonaws.com', 'Amazon API Gateway'],
  ['cloudformation.amazonaws.com', 'AWS CloudFormation'],
  ['codebuild.amazonaws.com', 'AWS CodeBuild'],
  ['codepipeline.amazonaws.com', 'AWS CodePipeline'],
  ['codedeploy.amazonaws.com', 'AWS CodeDeploy'],
  ['glue.amazonaws.com', 'AWS Glue'],
  ['sagemaker.amazonaws.com', 'Amazon SageMaker'],
  ['bedrock.amazonaws.com', 'Amazon Bedrock'],
  ['elasticmapreduce.amazonaws.com', 'Amazon EMR'],
  ['firehose.amazonaws.com', 'Amazon Data Firehose'],
  ['logs.amazonaws.com', 'Amazon CloudWatch Logs'],
  ['delivery.logs.amazonaws.com', 'CloudWatch Logs log delivery'],
  ['cloudtrail.amazonaws.com', 'AWS CloudTrail'],
  ['config.amazonaws.com', 'AWS Config'],
  ['cloudfront.amazonaws.com', 'Amazon CloudFront'],
  ['sns.amazonaws.com', 'Amazon SNS'],
  ['sqs.amazonaws.com', 'Amazon SQS'],
  ['s3.amazonaws.com', 'Amazon S3'],
  ['ssm.amazonaws.com', 'AWS Systems Manager'],
  ['backup.amazonaws.com', 'AWS Backup'],
  ['rds.amazonaws.com', 'Amazon RDS'],
  ['batch.amazonaws.com', 'AWS Batch'],
  ['edgelambda.amazonaws.com', 'Lambda@Edge'],
];

const FEDERATED_PRINCIPALS: [string, string, string][] = [
  ['cognito-identity.amazonaws.com', 'cognito-identity.amazonaws.com', 'Amazon Cognito identity pools'],
  ['accounts.google.com', 'accounts.google.com', 'Google'],
  ['graph.facebook.com', 'graph.facebook.com', 'Facebook'],
  ['www.amazon.com', 'www.amazon.com', 'Login with Amazon'],
  ['arn:aws:iam::ACCOUNT:saml-provider/NAME', 'arn:aws:iam::${1:ACCOUNT}:saml-provider/${2:NAME}', 'A SAML identity provider'],
  ['arn:aws:iam::ACCOUNT:oidc-provider/HOST', 'arn:aws:iam::${1:ACCOUNT}:oidc-provider/${2:HOST}', 'An OpenID Connect identity provider'],
];

const EVERYONE = 'Everyone, including anonymous callers (narrow it with a condition).';

/**
 * The value of `Principal`: `"*"`, or an object of a principal type. An RCP takes only `"*"`.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
export function completePrincipalValue(ctx: CursorContext): CompletionItem[] {
  const items = [stringItem(ctx.token, { label: '*', kind: 'principal', documentation: EVERYONE, sortText: rank(1, '') })];
  // An object can only replace nothing or a bare word, never the inside of a string.
  if (ctx.kind !== 'rcp' && !ctx.token.quoted) {
    PRINCIPAL_TYPES.slice(0, 3).forEach(({ name, doc }, i) =>
      items.push(
        snippetItem(
          ctx.token,
          { label: `{ "${name}": … }`, kind: 'snippet', documentation: doc, sortText: rank(0, String(i)) },
          `{ "${name}": "$1" }`,
        ),
      ),
    );
  }
  return items;
}

export function completePrincipalKey(ctx: CursorContext): CompletionItem[] {
  if (ctx.kind === 'rcp') return [];
  const present = presentKeys(ctx.container, ctx.token);
  return PRINCIPAL_TYPES.filter(({ name }) => !present.has(name)).map(({ name, doc }, i) =>
    propertyItem(ctx.token, { label: name, kind: 'property', documentation: doc, sortText: rank(0, String(i)) }, '"$1"'),
  );
}

/** Values under a principal type. */
export function completePrincipalTypeValue(ctx: CursorContext, principalType: string): CompletionItem[] {
  const snippets = (list: [string, string, string][], group: number) =>
    list.map(([label, body, documentation], i) =>
      body === label
        ? stringItem(ctx.token, { label, kind: 'principal', documentation, sortText: rank(group, String(i).padStart(2, '0')) })
        : snippetStringItem(
            ctx.token,
            { label, kind: 'principal', documentation, sortText: rank(group, String(i).padStart(2, '0')) },
            body,
          ),
    );
  switch (principalType) {
    case 'AWS':
      return [
        ...snippets(AWS_PRINCIPALS, 0),
        stringItem(ctx.token, { label: '*', kind: 'principal', documentation: EVERYONE, sortText: rank(1, '') }),
      ];
    case 'Service':
      return SERVICE_PRINCIPALS.map(([label, detail], i) =>
        stringItem(ctx.token, { label, kind: 'principal', detail, sortText: rank(0, String(i).padStart(2, '0')) }),
      );
    case 'Federated':
      return snippets(FEDERATED_PRINCIPALS, 0);
    default:
      return [];
  }
}
