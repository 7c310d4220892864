/**
 * ARNs: arn:partition:service:region:account-id:resource
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc']);

export function parseArn(text: string): Arn | null {
  if (!text.startsWith('arn:')) return null;
  // The first five colons split the fields; the resource keeps any colons of its own. Found by
  // indexOf rather than split: the engine parses an ARN per request, validation one per query.
  const c2 = text.indexOf(':', 4);
  const c3 = c2 < 0 ? -1 : text.indexOf(':', c2 + 1);
  const c4 = c3 < 0 ? -1 : text.indexOf(':', c3 + 1);
  const c5 = c4 < 0 ? -1 : text.indexOf(':', c4 + 1);
  if (c5 < 0) return null;
  const partition = text.slice(4, c2);
  const service = text.slice(c2 + 1, c3);
  const resource = text.slice(c5 + 1);
  if (!partition || !service || resource === '') return null;
  return { partition, service, region: text.slice(c3 + 1, c4), account: text.slice(c4 + 1, c5), resource };
}

/** Well-formed for a concrete (non-pattern) ARN: known partition, service, 12-digit or empty account. */
export function arnProblem(text: string): string | null {
  const arn = parseArn(text);
  if (!arn) return `\`${text}\` is not an ARN (expected arn:partition:service:region:account:resource)`;
  if (!PARTITIONS.has(arn.partition)) return `\`${arn.partition}\` is not an AWS partition`;
  if (!/^[a-z0-9-]+$/.test(arn.service)) return `\`${arn.service}\` is not a service namespace`;
  if (arn.account !== '' && arn.account !== 'aws' && !isAccountId(arn.account)) {
    return `the account \`${arn.account}\` in \`${text}\` is not 12 digits`;
  }
  return null;
}

export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text);
}

/** An S3 object ARN arn:aws:s3:::bucket/key → its bucket ARN, else null. */
export function s3BucketOfObject(text: string): string | null {
  const arn = parseArn(text);
  if (!arn || arn.service !== 's3' || arn.account !== '' || arn.region !== '') return null;
  const slash = arn.resource.indexOf('/');
  if (slash <= 0) return null;
  return `arn:${arn.partition}:s3:::${arn.resource.slice(0, slash)}`;
}
