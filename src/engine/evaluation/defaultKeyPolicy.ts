import type { PolicyDocument, ResolvedPolicy } from '../../model';

/** The default key policy's document: the account, and so its IAM policies, may use the key. */
export function defaultKeyPolicyDocument(account: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}

/**
 * A KMS key always has a key policy; one created without a policy gets the default, which gives
 * the account (and so its IAM policies) full access. A key the scenario lists without a policy is
 * modelled with that default. https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
 */
export function defaultKeyPolicy(keyArn: string, account: string): ResolvedPolicy {
  return {
    id: `default-key-policy:${keyArn}`,
    kind: 'resource',
    name: 'default key policy',
    label: `default key policy of ${keyArn}`,
    arn: keyArn,
    document: defaultKeyPolicyDocument(account),
    documentPath: null,
    readOnly: true,
  };
}
