import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
describe('ARN condition operators', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['ArnLike', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/key', true],
    ['ArnLike', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::other/key', false],
    ['ArnEquals', 'arn:aws:sns:us-east-1:123456789012:topic', 'arn:aws:sns:us-east-1:123456789012:topic', true],
    ['ArnEquals', 'arn:aws:sns:us-east-1:123456789012:topic', 'arn:aws:sns:us-east-1:123456789012:topic2', false],
    // "The ArnEquals and ArnLike condition operators behave identically": wildcards work in both.
    ['ArnEquals', 'arn:aws:sns:*:123456789012:*', 'arn:aws:sns:us-east-1:123456789012:t', true],
    ['ArnLike', 'arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-east-2:111122223333:instance/i-1', true],
    ['ArnLike', 'arn:aws:ec2:us-east-?:*:instance/*', 'arn:aws:ec2:us-west-2:111122223333:instance/i-1', false],
    // The doc's example: each colon-delimited part is matched separately.
    [
      'ArnLike',
      'arn:aws:someservice:*:111122223333:finance/*',
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      false,
    ],
    [
      'StringLike',
      'arn:aws:someservice:*:111122223333:finance/*',
      'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      true,
    ],
    ['ArnLike', 'arn:aws:iam::123456789012:role/Admin', 'arn:aws:iam::123456789012:role/admin', false],
    ['ArnLike', 'arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:role/path/Admin', true],
    ['ArnNotEquals', 'arn:aws:sns:us-east-1:123456789012:topic', 'arn:aws:sns:us-east-1:123456789012:topic', false],
    ['ArnNotEquals', 'arn:aws:sns:us-east-1:123456789012:topic', 'arn:aws:sns:us-east-1:123456789012:other', true],
    ['ArnNotLike', ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'], 'arn:aws:s3:::b/x', false],
    ['ArnNotLike', ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'], 'arn:aws:s3:::c/x', true],
    // the resource field keeps its colons; wildcards there may cross them
    [
      'ArnLike',
      'arn:aws:logs:us-east-1:123456789012:log-group:app:*',
      'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:x',
      true,
    ],
    ['ArnLike', 'arn:aws:logs:*:*:log-group:*', 'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:x', true],
    // `?` is one character and never a colon
    ['ArnLike', 'arn:aws:s3:?::bucket', 'arn:aws:s3:::bucket', false],
    ['ArnLike', 'arn:aws:s3:::bucket', 'arn:aws:s3:::bucket', true],
    ['ArnLike', 'arn:aws:s3:::bucket', 'arn:aws:s3:us-east-1::bucket', false],
    // a pattern of fewer than six fields matches the whole value; a non-ARN value never matches a full pattern
    ['ArnLike', '*', 'arn:aws:s3:::bucket', true],
    ['ArnLike', 'arn:aws:s3:::*', 'not-an-arn', false],
    ['ArnLike', 'arn:aws:s3:::*', 'arn:aws:s3', false],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'aws:SourceArn', policy, contextWith('aws:SourceArn', value)).matched).toBe(expected);
  });
});
