import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
describe('String condition operators', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['StringEquals', 'abc', 'abc', true],
    ['StringEquals', 'abc', 'ABC', false],
    ['StringEquals', 'abc', 'abc ', false],
    ['StringEquals', ['x', 'abc'], 'abc', true],
    ['StringEquals', ['x', 'y'], 'abc', false],
    ['StringEquals', 'a*', 'abc', false],
    ['StringEquals', 'a*', 'a*', true],
    ['StringEquals', 'a?c', 'abc', false],
    ['StringEquals', '10', 10, true],
    ['StringEquals', 10, '10', true],
    ['StringEquals', 'true', true, true],
    ['StringEquals', '', '', true],
    ['StringNotEquals', 'abc', 'abc', false],
    ['StringNotEquals', 'abc', 'abd', true],
    ['StringNotEquals', ['x', 'y'], 'x', false],
    ['StringNotEquals', ['x', 'y'], 'y', false],
    ['StringNotEquals', ['x', 'y'], 'z', true],
    ['StringNotEquals', 'abc', 'ABC', true],
    ['StringEqualsIgnoreCase', 'ABC', 'abc', true],
    ['StringEqualsIgnoreCase', 'AbC', 'aBc', true],
    ['StringEqualsIgnoreCase', 'ABC', 'abd', false],
    ['StringEqualsIgnoreCase', 'A*', 'abc', false],
    ['StringNotEqualsIgnoreCase', 'ABC', 'abc', false],
    ['StringNotEqualsIgnoreCase', 'ABC', 'xyz', true],
    ['StringNotEqualsIgnoreCase', ['x', 'ABC'], 'abc', false],
    ['StringLike', 'a*c', 'abbbc', true],
    ['StringLike', 'a*c', 'abbbd', false],
    ['StringLike', 'a?c', 'abc', true],
    ['StringLike', 'a?c', 'abbc', false],
    ['StringLike', 'A*', 'abc', false],
    ['StringLike', '*', '', true],
    ['StringLike', 't2.*', 't2.micro', true],
    ['StringLike', 't2.*', 't3.micro', false],
    ['StringLike', ['x*', 'y*'], 'yes', true],
    ['StringLike', ['x*', 'y*'], 'no', false],
    ['StringLike', 'home/', 'home/', true],
    ['StringNotLike', 'a*', 'abc', false],
    ['StringNotLike', 'a*', 'bcd', true],
    ['StringNotLike', ['a*', 'b*'], 'bcd', false],
    ['StringNotLike', ['a*', 'b*'], 'cde', true],
    ['StringNotLike', 'A*', 'abc', true],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'k', policy, contextWith('k', value)).matched).toBe(expected);
  });
});
