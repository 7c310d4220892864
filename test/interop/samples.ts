import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogFromList, type AwsManagedPolicy } from '../../src/model';
import type { ImportSource } from '../../src/interop';

/**
 * The hand-written samples: shaped as the AWS CLI reference's example outputs of
 * get-account-authorization-details and the Organizations and resource-policy commands, with
 * made-up accounts and names. `account-444455556666-sdk.json` has its documents URL-encoded, as the
 * IAM API (and so most SDKs) returns them.
 */
export const SAMPLES = join(import.meta.dirname, 'samples');

export function sample(name: string): ImportSource {
  return { file: name, text: readFileSync(join(SAMPLES, name), 'utf8') };
}

export const ACCOUNT_A = 'account-111122223333.json';
export const ACCOUNT_B = 'account-444455556666-sdk.json';
export const BUNDLE = 'org-bundle.json';

/** Parsed sample, for tests that break one value of it. */
export function sampleJson(name: string): Record<string, unknown> {
  return JSON.parse(sample(name).text) as Record<string, unknown>;
}

/** An input file made from a value. */
export function source(file: string, value: unknown): ImportSource {
  return { file, text: JSON.stringify(value, null, 2) };
}

const allow = (action: string) => ({
  Version: '2012-10-17' as const,
  Statement: [{ Effect: 'Allow' as const, Action: action, Resource: '*' }],
});

/**
 * A few AWS managed policies, as the shipped catalog holds them (the real one is 3 MB): the
 * samples attach these, and a version that differs from the sample's ReadOnlyAccess v1.
 * SecurityAudit is left out on purpose, so its attachment is one the playground does not know.
 */
export const SMALL_CATALOG = catalogFromList(
  [
    { name: 'ReadOnlyAccess', path: '/', version: 'v188', document: allow('s3:Get*') },
    { name: 'AWSSupportServiceRolePolicy', path: '/aws-service-role/', version: 'v40', document: allow('support:*') },
    { name: 'AWSLambdaBasicExecutionRole', path: '/service-role/', version: 'v1', document: allow('logs:*') },
    { name: 'AmazonS3ReadOnlyAccess', path: '/', version: 'v3', document: allow('s3:Get*') },
  ].map((p): AwsManagedPolicy => ({ ...p, arn: `arn:aws:iam::aws:policy${p.path}${p.name}` })),
);
