import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { PolicyDocument } from '../../model';
import { copyChoices, copyText, policyDocumentOf, policyNameOf } from './copyFormats';

const document: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
};

describe('copying a policy from the editor', () => {
  it('offers CloudFormation only for policies that can be managed policies', () => {
    const cfn = (kind: Parameters<typeof copyChoices>[0]) => copyChoices(kind).find((c) => c.format === 'cloudformation')!;
    expect(cfn('identity').unavailable).toBeUndefined();
    expect(cfn('session').unavailable).toBeUndefined();
    expect(cfn('trust').unavailable).toBe('a trust policy is not a managed policy');
    expect(cfn('scp').unavailable).toBe('an SCP is not a managed policy');
    expect(
      copyChoices('trust')
        .filter((c) => !c.unavailable)
        .map((c) => c.format),
    ).toEqual(['json', 'terraform']);
  });

  it('copies only a value that is a policy document', () => {
    expect(policyDocumentOf(document)).toEqual(document);
    expect(policyDocumentOf({ Version: '2012-10-17', Statement: 'nope' })).toBeNull();
    expect(policyDocumentOf(undefined)).toBeNull();
  });

  it('names the policy as IAM would accept it, from the tab title', () => {
    expect(policyNameOf('alice · ec2-start-stop')).toBe('ec2-start-stop');
    expect(policyNameOf('AppRole trust policy')).toBe('AppRole-trust-policy');
    expect(policyNameOf('arn:aws:s3:::b policy')).toBe('arn-aws-s3-b-policy');
    expect(policyNameOf(' · ')).toBe('policy');
    expect(policyNameOf('x'.repeat(200))).toHaveLength(128);
  });

  it('writes JSON, a Terraform data source and a CloudFormation resource of the same document', () => {
    expect(JSON.parse(copyText('json', document, 'S3Read'))).toEqual(document);
    expect(copyText('terraform', document, 'S3Read')).toContain('data "aws_iam_policy_document" "S3Read" {');
    expect(parse(copyText('cloudformation', document, 'S3Read'))).toEqual({
      ManagedPolicyS3Read: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'S3Read', PolicyDocument: document } },
    });
  });
});
