import type { ConditionKeyInfo, ConditionKeyType } from './types';

/**
 * AWS global condition context keys: available in every service's requests (some only in some
 * contexts). The reference's per-service data lists only the tag keys among them, so the full list
 * lives here.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
const GLOBAL: [string, ConditionKeyType, string][] = [
  ['aws:AssumedRoot', 'String', 'Whether the request was made with a root session from a management or delegated administrator account'],
  ['aws:CalledVia', 'ArrayOfString', 'The services that made requests on behalf of the principal, in order'],
  ['aws:CalledViaFirst', 'String', 'The first service in the CalledVia chain'],
  ['aws:CalledViaLast', 'String', 'The last service in the CalledVia chain'],
  ['aws:ChatbotSourceArn', 'ARN', 'The source chat configuration ARN of a request from AWS Chatbot'],
  ['aws:CurrentTime', 'Date', 'The date and time of the request'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress', 'The private IPv4 address of the EC2 instance whose role credentials made the request'],
  ['aws:Ec2InstanceSourceVpc', 'String', 'The VPC of the EC2 instance whose role credentials made the request'],
  ['aws:EpochTime', 'Date', 'The date and time of the request as epoch seconds'],
  ['aws:FederatedProvider', 'String', 'The identity provider that authenticated the federated principal'],
  ['aws:MultiFactorAuthAge', 'Numeric', 'Seconds since the principal authenticated with MFA'],
  ['aws:MultiFactorAuthPresent', 'Bool', 'Whether the credentials of the request were issued with MFA'],
  ['aws:PrincipalAccount', 'String', 'The account of the principal making the request'],
  ['aws:PrincipalArn', 'ARN', 'The ARN of the principal (for a role session, the role ARN)'],
  ['aws:PrincipalIsAWSService', 'Bool', 'Whether the request is made by an AWS service principal'],
  ['aws:PrincipalOrgID', 'String', 'The organization ID of the principal’s account'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString', 'The organization paths of the principal’s account'],
  ['aws:PrincipalServiceName', 'String', 'The service principal name of a service making the request'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString', 'All service principal names of the service making the request'],
  ['aws:PrincipalTag/${TagKey}', 'String', 'A tag attached to the principal making the request'],
  ['aws:PrincipalType', 'String', 'The type of the principal: Account, User, FederatedUser, AssumedRole, Anonymous'],
  ['aws:Referer', 'String', 'The HTTP referer header of the request (client-supplied)'],
  ['aws:RequestedRegion', 'String', 'The AWS Region the request was made to'],
  ['aws:RequestTag/${TagKey}', 'String', 'A tag key-value pair passed in the request'],
  ['aws:ResourceAccount', 'String', 'The account that owns the requested resource'],
  ['aws:ResourceOrgID', 'String', 'The organization ID of the resource’s account'],
  ['aws:ResourceOrgPaths', 'ArrayOfString', 'The organization paths of the resource’s account'],
  ['aws:ResourceTag/${TagKey}', 'String', 'A tag attached to the requested resource'],
  ['aws:SecureTransport', 'Bool', 'Whether the request was sent over TLS'],
  ['aws:SourceAccount', 'String', 'The account of the resource making a service-to-service request'],
  ['aws:SourceArn', 'ARN', 'The ARN of the resource making a service-to-service request'],
  ['aws:SourceIdentity', 'String', 'The source identity set when the role was assumed'],
  ['aws:SourceIp', 'IPAddress', 'The IP address of the requester'],
  ['aws:SourceOrgID', 'String', 'The organization ID of the resource making a service-to-service request'],
  ['aws:SourceOrgPaths', 'ArrayOfString', 'The organization paths of the resource making a service-to-service request'],
  ['aws:SourceVpc', 'String', 'The VPC the request came through (VPC endpoint)'],
  ['aws:SourceVpcArn', 'ARN', 'The ARN of the VPC the request came through'],
  ['aws:SourceVpce', 'String', 'The VPC endpoint the request came through'],
  ['aws:TagKeys', 'ArrayOfString', 'The tag keys passed in the request'],
  ['aws:TokenIssueTime', 'Date', 'When the temporary credentials were issued'],
  ['aws:UserAgent', 'String', 'The requester’s client application (client-supplied)'],
  ['aws:userid', 'String', 'The principal’s unique identifier'],
  ['aws:username', 'String', 'The IAM user’s friendly name'],
  ['aws:ViaAWSService', 'Bool', 'Whether an AWS service made the request on the principal’s behalf'],
  ['aws:VpceAccount', 'String', 'The account that owns the VPC endpoint of the request'],
  ['aws:VpceOrgID', 'String', 'The organization ID of the VPC endpoint’s owner'],
  ['aws:VpceOrgPaths', 'ArrayOfString', 'The organization paths of the VPC endpoint’s owner'],
  ['aws:VpcSourceIp', 'IPAddress', 'The IP address of the requester inside a VPC'],
];

export const GLOBAL_CONDITION_KEYS: readonly ConditionKeyInfo[] = GLOBAL.map(([key, type]) => ({ key, type, service: 'aws' }));

/** One-line descriptions of the global keys, for hover and completion. */
export const GLOBAL_CONDITION_KEY_DOCS: Readonly<Record<string, string>> = Object.fromEntries(GLOBAL.map(([key, , doc]) => [key, doc]));
