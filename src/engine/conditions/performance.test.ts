import { describe, expect, it } from 'vitest';
import { compileConditionBlock } from './compile';
import { lookupOf } from './testing';

/**
 * Compile once, evaluate many times: 100k evaluations of a realistic block must simply finish
 * (well inside the test timeout) with the right answers. A per-call recompilation or a
 * backtracking matcher would blow the timeout long before any assertion could be skipped.
 */
describe('compiled conditions', () => {
  it('evaluate 100k times after one compilation', () => {
    const conditions = compileConditionBlock(
      {
        StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] },
        StringLike: { 's3:prefix': ['home/${aws:username}/*', 'public/*'] },
        IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] },
        DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
        'ForAllValues:StringLike': { 'aws:TagKeys': ['env*', 'team'] },
        ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' },
        BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' },
      },
      { variables: true },
    );
    const users = ['alice', 'bob', 'carol'];
    const lookups = users.map((u, i) =>
      lookupOf({
        'aws:PrincipalTag/team': 'red',
        'aws:username': u,
        's3:prefix': `home/${users[(i + 1) % 3]}/x`,
        'aws:SourceIp': `10.0.${i}.1`,
        'aws:CurrentTime': '2025-06-01T12:00:00Z',
        'aws:TagKeys': ['env', 'team'],
        'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:topic',
      }),
    );
    let held = 0;
    for (let i = 0; i < 100_000; i++) {
      const lookup = lookups[i % 3]!;
      if (conditions.every((c) => c.evaluate(lookup).matched)) held++;
    }
    // s3:prefix always names another user's home (and is not under public/), so no row holds.
    expect(held).toBe(0);
    const own = lookupOf({
      'aws:PrincipalTag/team': 'blue',
      'aws:username': 'alice',
      's3:prefix': 'home/alice/x',
      'aws:SourceIp': '2001:db8::7',
      'aws:CurrentTime': 1700000000,
      'aws:TagKeys': ['env-prod'],
      'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:t',
      'aws:MultiFactorAuthPresent': true,
    });
    let ok = 0;
    for (let i = 0; i < 100_000; i++) if (conditions.every((c) => c.evaluate(own).matched)) ok++;
    expect(ok).toBe(100_000);
  });
});
