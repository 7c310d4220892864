import { readIdentityProviders, type ReadIdentityProvider } from './identityProviderOutputs';
import { readOrganizationOutputs, type ReadOrganization } from './organizationOutputs';
import { readResourcePolicies, type ReadResourcePolicy } from './resourcePolicyOutputs';
import type { FieldTable, JsonObject, SourceReader } from './sourceReader';

/**
 * `iam-playground/aws-bundle`: what one account's IAM output does not hold — the organization,
 * resource-based policies and identity providers — as the AWS CLI prints it, each output beside the argument it was asked
 * with. README, "Importing an AWS account", documents the shape.
 */
export const AWS_BUNDLE_FORMAT = 'iam-playground/aws-bundle';
export const AWS_BUNDLE_VERSION = 1;

export interface AwsBundle {
  file: string;
  organization?: ReadOrganization;
  resourcePolicies: ReadResourcePolicy[];
  identityProviders: ReadIdentityProvider[];
}

const BUNDLE_FIELDS: FieldTable = {
  format: 'read',
  version: 'read',
  description: 'the bundle\u2019s own description is not carried into the scenario',
  organization: 'read',
  resourcePolicies: 'read',
  identityProviders: 'read',
};

export function isAwsBundle(json: JsonObject): boolean {
  return json['format'] === AWS_BUNDLE_FORMAT;
}

export function readAwsBundle(reader: SourceReader, json: JsonObject): AwsBundle | undefined {
  reader.fields(json, [], BUNDLE_FIELDS);
  if (json['version'] !== AWS_BUNDLE_VERSION) {
    reader.error(['version'], `\`version\` must be ${AWS_BUNDLE_VERSION}, not ${JSON.stringify(json['version']) ?? 'missing'}`);
    return undefined;
  }
  let organization: ReadOrganization | undefined;
  if (json['organization'] !== undefined) {
    const org = reader.object(json['organization'], ['organization'], '`organization`');
    if (org) organization = readOrganizationOutputs(reader, org, ['organization']);
  }
  const resourcePolicies = readResourcePolicies(reader, json, 'resourcePolicies', []);
  let identityProviders: ReadIdentityProvider[] = [];
  if (json['identityProviders'] !== undefined) {
    const providers = reader.object(json['identityProviders'], ['identityProviders'], '`identityProviders`');
    if (providers) identityProviders = readIdentityProviders(reader, providers, ['identityProviders']);
  }
  if (reader.errors.length > 0) return undefined;
  return { file: reader.file, resourcePolicies, identityProviders, ...(organization ? { organization } : {}) };
}
