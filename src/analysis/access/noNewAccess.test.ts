import { describe, expect, it } from 'vitest';
import { newAccessOf } from './noNewAccess';

const alice = 'arn:aws:iam::111111111111:user/alice';
const gained = [
  { principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' },
  { principal: alice, action: 's3:DeleteObject', resource: 'arn:aws:s3:::logs/a' },
  { principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' },
];

describe("a query's no-new-access assertion", () => {
  it("is about the query's principal only", () => {
    expect(newAccessOf({ principal: alice, action: '*', resource: '*' }, gained)).toEqual(gained.slice(0, 2));
    expect(newAccessOf({ principal: 'arn:aws:iam::111111111111:user/bob', action: '*', resource: '*' }, gained)).toEqual([]);
  });

  it('within its action and resource, read as wildcard patterns (actions ignore case, ARNs do not)', () => {
    expect(newAccessOf({ principal: alice, action: 'S3:Get*', resource: '*' }, gained)).toEqual([gained[0]]);
    expect(newAccessOf({ principal: alice, action: 's3:*', resource: 'arn:aws:s3:::logs/*' }, gained)).toEqual([gained[1]]);
    expect(newAccessOf({ principal: alice, action: 's3:*', resource: 'arn:aws:s3:::LOGS/*' }, gained)).toEqual([]);
    expect(newAccessOf({ principal: alice, action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }, gained)).toEqual([gained[0]]);
  });
});
