import { IAM_QUOTAS, policySize } from '../../model';
import type { PolicyDocument } from '../../model';
import type { AnalysisContext } from './analysisContext';
import { DOCS } from './docs';
import type { DocumentView } from './policyView';
import type { FindingSink } from './rules';
import type { DocumentOptions } from './types';

interface Quota {
  limit: number;
  /** `compact`: every character counts, so the least the document can take is its minified JSON. */
  counting: 'no-whitespace' | 'compact';
  noun: string;
  docUrl: string;
}

/**
 * The size quota of a document, from where it lives. IAM does not count white space; AWS
 * Organizations counts every character (white space can only be removed to save room).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
 */
function quotaOf(doc: DocumentView, options: DocumentOptions): Quota | null {
  const iam = (limit: number, noun: string): Quota => ({ limit, counting: 'no-whitespace', noun, docUrl: DOCS.quotas });
  switch (doc.kind) {
    case 'scp':
      return { limit: 5120, counting: 'compact', noun: 'an SCP', docUrl: DOCS.orgQuotas };
    case 'rcp':
      return { limit: 5120, counting: 'compact', noun: 'an RCP', docUrl: DOCS.orgQuotas };
    case 'trust':
      return iam(IAM_QUOTAS.trustPolicyChars, 'a role trust policy');
    case 'session':
      // "The plaintext that you use for both inline and managed session policies can't exceed 2,048 characters."
      return { limit: 2048, counting: 'no-whitespace', noun: 'a session policy', docUrl: DOCS.sessionPolicies };
    case 'identity': {
      if (/^\/policies\/\d+\/document$/.test(doc.basePath)) return iam(IAM_QUOTAS.managedPolicyChars, 'a managed policy');
      // Inline quotas are for all of an entity's inline policies together; one document alone
      // over the quota is already too many (the model reports the total).
      const inline = /^\/(users|groups|roles)\/\d+\/inlinePolicies\/\d+\/document$/.exec(doc.basePath);
      if (inline?.[1] === 'users') return iam(IAM_QUOTAS.userInlineChars, 'the inline policies of a user');
      if (inline?.[1] === 'groups') return iam(IAM_QUOTAS.groupInlineChars, 'the inline policies of a group');
      if (inline?.[1] === 'roles') return iam(IAM_QUOTAS.roleInlineChars, 'the inline policies of a role');
      return null;
    }
    case 'resource': {
      const arn = options.resourceArn ?? '';
      // "Bucket policies are limited to 20 KB in size." / a KMS key policy: 32 KB.
      if (/^arn:[^:]+:s3:::/.test(arn))
        return { limit: 20 * 1024, counting: 'no-whitespace', noun: 'an S3 bucket policy', docUrl: DOCS.s3BucketPolicies };
      if (/^arn:[^:]+:kms:[^:]*:[^:]*:key\//.test(arn))
        return { limit: 32 * 1024, counting: 'no-whitespace', noun: 'a KMS key policy', docUrl: DOCS.kmsQuotas };
      return null;
    }
  }
}

export function sizeChecks(doc: DocumentView, _ctx: AnalysisContext, sink: FindingSink, options: DocumentOptions): void {
  const quota = quotaOf(doc, options);
  if (!quota) return;
  const compact = JSON.stringify(doc.raw).length;
  if (compact <= quota.limit) return; // white space only adds: the counted size is no larger
  const size = quota.counting === 'compact' ? compact : policySize(doc.raw as PolicyDocument);
  if (size <= quota.limit) return;
  const counted = quota.counting === 'compact' ? 'even without white space' : 'white space not counted';
  sink.add(
    'policy-too-large',
    doc.basePath,
    `the policy is ${size.toLocaleString('en-US')} characters (${counted}); AWS allows ${quota.limit.toLocaleString('en-US')} for ${quota.noun}`,
    { docUrl: quota.docUrl },
  );
}
