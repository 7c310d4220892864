/**
 * The AWS service catalog: what the Service Authorization Reference says each service offers.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */

/** The access levels of the reference, in the order the IAM console's policy summary lists them. */
export const ACCESS_LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** Condition key types as the reference spells them. */
export type ConditionKeyType =
  | 'String'
  | 'ARN'
  | 'Bool'
  | 'Date'
  | 'IPAddress'
  | 'Numeric'
  | 'Binary'
  | 'ArrayOfString'
  | 'ArrayOfARN'
  | 'ArrayOfBool'
  | 'ArrayOfNumeric';

export interface ActionInfo {
  /** `s3:GetObject`, with the reference's capitalisation. */
  id: string;
  /** Lower-case service prefix. */
  service: string;
  /** `GetObject` */
  name: string;
  accessLevel: AccessLevel;
  /** Resource types the action works on; empty means it only takes `*`. */
  resourceTypes: { name: string; required: boolean }[];
  /** Condition keys the action supports, beyond those of its resource types and the global keys. */
  conditionKeys: string[];
}

export interface ResourceTypeInfo {
  service: string;
  /** `object`, `bucket`, … */
  name: string;
  /** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
  arnTemplate: string;
  conditionKeys: string[];
}

export interface ConditionKeyInfo {
  /** `s3:prefix`, `aws:RequestTag/${TagKey}` */
  key: string;
  type: ConditionKeyType;
  /** `aws` for global keys, else the service prefix. */
  service: string;
}

export interface ServiceInfo {
  /** Lower-case, as in actions: `s3`, `ec2`. */
  prefix: string;
  /** `Amazon S3` */
  name: string;
  actions: ActionInfo[];
  resourceTypes: ResourceTypeInfo[];
  conditionKeys: ConditionKeyInfo[];
}

/** Prose for one service, loaded only when hover or completion shows it. */
export interface ServiceDocs {
  actions: Record<string, string>;
  conditionKeys: Record<string, string>;
}
