import type { DocumentKind } from '../../analysis/completion';
import { policyAsCloudFormation, policyAsJson, policyAsTerraformDataSource } from '../../interop';
import { policyDocumentSchema, type PolicyDocument } from '../../model';

/** The forms the editor's "Copy as" menu writes a policy in, and when each one makes sense. */
export type CopyFormat = 'json' | 'terraform' | 'cloudformation';

export interface CopyChoice {
  format: CopyFormat;
  label: string;
  /** What exactly is written: `aws_iam_policy_document`, `AWS::IAM::ManagedPolicy`. */
  detail: string;
  /** Why the form does not fit this policy; undefined when it does. */
  unavailable?: string;
}

const LABELS: Record<CopyFormat, { label: string; detail: string }> = {
  json: { label: 'JSON', detail: 'the document, as IAM takes it' },
  terraform: { label: 'Terraform', detail: 'data "aws_iam_policy_document"' },
  cloudformation: { label: 'CloudFormation', detail: 'AWS::IAM::ManagedPolicy resource' },
};

const NOUN: Record<DocumentKind, string> = {
  identity: 'an identity policy',
  session: 'a session policy',
  trust: 'a trust policy',
  resource: 'a resource policy',
  scp: 'an SCP',
  rcp: 'an RCP',
  scenario: 'the scenario',
};

/**
 * JSON and Terraform's data source hold any policy document; the CloudFormation snippet is a
 * managed policy, which only an identity (or session) policy can be — a trust policy belongs in a
 * role's AssumeRolePolicyDocument, an SCP in AWS::Organizations::Policy.
 */
export function copyChoices(kind: DocumentKind): CopyChoice[] {
  const managed = kind === 'identity' || kind === 'session';
  return (['json', 'terraform', 'cloudformation'] as const).map((format) => ({
    format,
    ...LABELS[format],
    ...(format === 'cloudformation' && !managed ? { unavailable: `${NOUN[kind]} is not a managed policy` } : {}),
  }));
}

/** The document, when the value in the editor is one (it may not be while someone types). */
export function policyDocumentOf(value: unknown): PolicyDocument | null {
  const parsed = policyDocumentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * A policy name IAM accepts (letters, digits and `+=,.@_-`, at most 128) from the tab's title:
 * `alice · ec2-start-stop` is the inline policy `ec2-start-stop`, `AppRole trust policy` becomes
 * `AppRole-trust-policy`. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
 */
export function policyNameOf(title: string): string {
  const own = title.split(' · ').pop() ?? title;
  const name = own
    .replace(/[^\w+=,.@-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
  return name || 'policy';
}

export function copyText(format: CopyFormat, document: PolicyDocument, title: string): string {
  const name = policyNameOf(title);
  if (format === 'json') return policyAsJson(document) + '\n';
  if (format === 'terraform') return policyAsTerraformDataSource(document, name);
  return policyAsCloudFormation(document, name);
}
