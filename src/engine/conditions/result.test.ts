import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { evaluateOne } from './testing';
import type { ContextValue } from './types';

describe('condition results', () => {
  it('carry the operator, key, substituted policy values and the request value', () => {
    const r = evaluateOne('StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/'], {
      'aws:username': 'alice',
      's3:prefix': 'home/alice/',
    });
    expect(r).toMatchObject({
      operator: 'StringLike',
      key: 's3:prefix',
      policyValues: ['', 'home/', 'home/alice/'],
      contextValue: 'home/alice/',
      matched: true,
      missingKeys: [],
    });
    expect(r.reason).toBe('StringLike: s3:prefix `home/alice/` matches home/alice/');
  });

  it('are plain data: spreading or serialising keeps the reason', () => {
    const r = evaluateOne('NumericLessThanEquals', 's3:max-keys', '10', { 's3:max-keys': 20 });
    const { missingKeys: _unused, ...explanation } = r;
    expect(explanation.reason).toBe('NumericLessThanEquals: s3:max-keys `20` is greater than 10');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  const rows: [string, ConditionValue, Record<string, ContextValue>, string][] = [
    ['StringNotEquals', 'a', { k: 'a' }, 'StringNotEquals: k `a` equals a'],
    ['StringNotEquals', ['a', 'b'], { k: 'c' }, 'StringNotEquals: k `c` does not equal any of a, b'],
    ['StringEquals', 'a', { k: ['b', 'a'] }, 'StringEquals: k value `a` equals a (one of its several values is enough)'],
    [
      'StringNotEquals',
      'a',
      { k: ['b', 'a'] },
      'StringNotEquals: k value `a` equals a, and a negated operator needs every value to differ',
    ],
    ['DateLessThan', '2020-01-01', { k: '2021-01-01T00:00:00Z' }, 'DateLessThan: k `2021-01-01T00:00:00Z` is not before 2020-01-01'],
    ['Bool', 'true', { k: false }, 'Bool: k `false` is not true'],
    ['NotIpAddress', '10.0.0.0/8', { k: 'nope' }, 'NotIpAddress: k `nope` is not an IP address, so it cannot be compared with 10.0.0.0/8'],
  ];
  it.each(rows)('%s %j with %j reads %j', (op, policy, context, reason) => {
    expect(evaluateOne(op, 'k', policy, context).reason).toBe(reason);
  });
});
