import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { compileConditionBlock } from './compile';
import { evaluateOne, lookupOf } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
describe('policy variables in conditions', () => {
  const rows: [string, ConditionValue, Record<string, ContextValue>, boolean][] = [
    ['StringEquals', '${aws:username}', { 'aws:username': 'alice', k: 'alice' }, true],
    ['StringEquals', '${aws:username}', { 'aws:username': 'alice', k: 'bob' }, false],
    ['StringEquals', '${AWS:UserName}', { 'aws:username': 'alice', k: 'alice' }, true],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': 'alice', k: 'home/alice/docs' }, true],
    ['StringLike', 'home/${aws:username}/*', { 'aws:username': 'alice', k: 'home/bob/docs' }, false],
    // a substituted value is literal: its `*` is not a wildcard
    ['StringLike', 'home/${aws:username}', { 'aws:username': 'a*', k: 'home/abc' }, false],
    ['StringLike', 'home/${aws:username}', { 'aws:username': 'a*', k: 'home/a*' }, true],
    ['StringEqualsIgnoreCase', '${aws:username}', { 'aws:username': 'Alice', k: 'ALICE' }, true],
    // defaults
    ['StringEquals', "${aws:PrincipalTag/team, 'x'}", { k: 'x' }, true],
    ['StringEquals', "${aws:PrincipalTag/team, 'x'}", { 'aws:PrincipalTag/team': 'red', k: 'x' }, false],
    ['StringEquals', "${aws:PrincipalTag/team, 'x'}", { 'aws:PrincipalTag/team': 'red', k: 'red' }, true],
    // no value and no default: matches nothing; negated operators are not blocked by it
    ['StringEquals', '${aws:username}', { k: 'alice' }, false],
    ['StringLike', '${aws:username}*', { k: 'alice' }, false],
    ['StringNotEquals', '${aws:username}', { k: 'alice' }, true],
    ['StringNotLike', 'home/${aws:username}/*', { k: 'home/x/y' }, true],
    ['StringNotEquals', ['${aws:username}', 'alice'], { k: 'alice' }, false],
    ['StringNotEquals', ['${aws:username}', 'alice'], { k: 'bob' }, true],
    ['StringEquals', ['${aws:username}', 'bob'], { k: 'bob' }, true],
    // a multivalued key cannot be a variable; a one-element list can
    ['StringEquals', '${aws:TagKeys}', { 'aws:TagKeys': ['a', 'b'], k: 'a' }, false],
    ['StringEquals', '${aws:TagKeys}', { 'aws:TagKeys': ['a'], k: 'a' }, true],
    // ${*}, ${?}, ${$}: literal characters
    ['StringLike', 'a${*}b', { k: 'a*b' }, true],
    ['StringLike', 'a${*}b', { k: 'axb' }, false],
    ['StringLike', 'a${?}', { k: 'a?' }, true],
    ['StringLike', 'a${?}', { k: 'ab' }, false],
    ['StringLike', '${*}*', { k: '*anything' }, true],
    ['StringLike', '${*}*', { k: 'anything' }, false],
    ['StringEquals', '${$}x', { k: '$x' }, true],
    // ARN and Bool operators substitute
    [
      'ArnLike',
      'arn:aws:iam::123456789012:user/${aws:username}',
      { 'aws:username': 'alice', k: 'arn:aws:iam::123456789012:user/alice' },
      true,
    ],
    [
      'ArnLike',
      'arn:aws:iam::123456789012:user/${aws:username}',
      { 'aws:username': 'alice', k: 'arn:aws:iam::123456789012:user/bob' },
      false,
    ],
    ['ArnEquals', '${aws:PrincipalArn}', { 'aws:PrincipalArn': 'arn:aws:iam::1:role/r', k: 'arn:aws:iam::1:role/r' }, true],
    ['ArnNotEquals', '${aws:PrincipalArn}', { k: 'arn:aws:iam::1:role/r' }, true],
    ['Bool', '${aws:flag}', { 'aws:flag': 'true', k: true }, true],
    ['Bool', '${aws:flag}', { 'aws:flag': 'false', k: true }, false],
    // Numeric, Date, IP address, Binary and Null keep the text literal
    ['NumericEquals', '${aws:n}', { 'aws:n': 5, k: 5 }, false],
    ['DateEquals', '${aws:d}', { 'aws:d': '2020-01-01', k: '2020-01-01' }, false],
    ['IpAddress', '${aws:ip}', { 'aws:ip': '10.0.0.1', k: '10.0.0.1' }, false],
    ['BinaryEquals', '${aws:b}', { 'aws:b': 'QQ==', k: 'QQ==' }, false],
  ];
  it.each(rows)('%s %j with %j → %s', (operator, policy, context, expected) => {
    expect(evaluateOne(operator, 'k', policy, context).matched).toBe(expected);
  });

  // Version 2008-10-17 (or no Version): variables are literal text.
  const literal: [string, ConditionValue, ContextValue, boolean][] = [
    ['StringEquals', '${aws:username}', '${aws:username}', true],
    ['StringEquals', '${aws:username}', 'alice', false],
    ['StringLike', 'home/${aws:username}/*', 'home/alice/x', false],
    ['StringLike', 'home/${aws:username}/*', 'home/${aws:username}/x', true],
    ['StringLike', 'a${*}b', 'a${*}b', true],
    ['StringLike', 'a${*}b', 'a*b', false],
    ['StringNotEquals', '${aws:username}', 'alice', true],
  ];
  it.each(literal)('without variables, %s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'k', policy, { 'aws:username': 'alice', k: value }, { variables: false }).matched).toBe(expected);
  });

  it('reports variables with no value as missing keys, and shows the substituted values', () => {
    const r = evaluateOne('StringEquals', 'k', ['${aws:username}', 'home/${aws:PrincipalTag/team}'], {
      'aws:PrincipalTag/team': 'red',
      k: 'x',
    });
    expect(r.missingKeys).toEqual(['aws:username']);
    expect(r.policyValues).toEqual([null, 'home/red']);
    expect(r.reason).toContain('`${aws:username}` has no value');
    const withDefault = evaluateOne('StringEquals', 'k', "${aws:username, 'nobody'}", { k: 'x' });
    expect(withDefault.missingKeys).toEqual([]);
    expect(withDefault.policyValues).toEqual(['nobody']);
  });

  it('resolves per evaluation: the same compiled condition follows the variable', () => {
    const [c] = compileConditionBlock({ StringLike: { k: 'home/${aws:username}/*' } }, { variables: true });
    expect(c!.evaluate(lookupOf({ 'aws:username': 'alice', k: 'home/alice/1' })).matched).toBe(true);
    expect(c!.evaluate(lookupOf({ 'aws:username': 'bob', k: 'home/alice/1' })).matched).toBe(false);
    expect(c!.evaluate(lookupOf({ 'aws:username': 'bob', k: 'home/bob/1' })).matched).toBe(true);
    expect(c!.evaluate(lookupOf({ k: 'home/bob/1' })).matched).toBe(false);
    expect(c!.evaluate(lookupOf({ 'aws:username': 'alice', k: 'home/alice/2' })).matched).toBe(true);
  });
});
