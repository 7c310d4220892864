import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

/** One valid policy value per base operator, and whether the operator is negated. */
const BASES: [string, ConditionValue, boolean][] = [
  ['StringEquals', 'a', false],
  ['StringNotEquals', 'a', true],
  ['StringEqualsIgnoreCase', 'a', false],
  ['StringNotEqualsIgnoreCase', 'a', true],
  ['StringLike', 'a*', false],
  ['StringNotLike', 'a*', true],
  ['NumericEquals', '1', false],
  ['NumericNotEquals', '1', true],
  ['NumericLessThan', '1', false],
  ['NumericLessThanEquals', '1', false],
  ['NumericGreaterThan', '1', false],
  ['NumericGreaterThanEquals', '1', false],
  ['DateEquals', '2020-01-01', false],
  ['DateNotEquals', '2020-01-01', true],
  ['DateLessThan', '2020-01-01', false],
  ['DateLessThanEquals', '2020-01-01', false],
  ['DateGreaterThan', '2020-01-01', false],
  ['DateGreaterThanEquals', '2020-01-01', false],
  ['Bool', 'true', false],
  ['BinaryEquals', 'QQ==', false],
  ['IpAddress', '10.0.0.0/8', false],
  ['NotIpAddress', '10.0.0.0/8', true],
  ['ArnEquals', 'arn:aws:s3:::b', false],
  ['ArnLike', 'arn:aws:s3:::b', false],
  ['ArnNotEquals', 'arn:aws:s3:::b', true],
  ['ArnNotLike', 'arn:aws:s3:::b', true],
];

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html (the "Important" note)
describe('a missing key', () => {
  it.each(BASES)('%s on a missing key → %s is negated', (operator, policy, negated) => {
    expect(evaluateOne(operator, 'k', policy, {}).matched).toBe(negated);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
  it.each(BASES)('%sIfExists on a missing key is true', (operator, policy) => {
    expect(evaluateOne(`${operator}IfExists`, 'k', policy, {}).matched).toBe(true);
  });

  it.each(BASES)('ForAnyValue:%s on a missing key is false', (operator, policy) => {
    expect(evaluateOne(`ForAnyValue:${operator}`, 'k', policy, {}).matched).toBe(false);
  });

  it.each(BASES)('ForAllValues:%s on a missing key is true', (operator, policy) => {
    expect(evaluateOne(`ForAllValues:${operator}`, 'k', policy, {}).matched).toBe(true);
  });

  it.each(BASES)('%s on an empty list behaves as on a missing key', (operator, policy, negated) => {
    expect(evaluateOne(operator, 'k', policy, { k: [] }).matched).toBe(negated);
    expect(evaluateOne(`${operator}IfExists`, 'k', policy, { k: [] }).matched).toBe(true);
  });

  it('is reported as written, found case-insensitively', () => {
    expect(evaluateOne('StringEquals', 'aws:PrincipalTag/Team', 'red', {}).missingKeys).toEqual(['aws:PrincipalTag/Team']);
    expect(evaluateOne('StringEquals', 'aws:PrincipalTag/Team', 'red', { 'AWS:principaltag/team': 'red' })).toMatchObject({
      matched: true,
      missingKeys: [],
    });
    expect(evaluateOne('StringEqualsIfExists', 'aws:PrincipalTag/Team', 'red', {}).missingKeys).toEqual(['aws:PrincipalTag/Team']);
    expect(evaluateOne('StringEquals', 'k', 'red', { k: [] }).missingKeys).toEqual([]);
  });

  it('explains', () => {
    expect(evaluateOne('BoolIfExists', 'aws:MultiFactorAuthPresent', 'true', {}).reason).toBe(
      'BoolIfExists: aws:MultiFactorAuthPresent is absent: IfExists makes the condition true',
    );
    expect(evaluateOne('StringEquals', 'k', ['a', 'b'], {}).reason).toBe('StringEquals: k is absent, so it cannot match any of a, b');
    expect(evaluateOne('StringNotLike', 'k', 'a*', {}).reason).toBe(
      'StringNotLike: k is absent: a negated operator is true when the key is missing',
    );
  });
});

describe('IfExists with the key present behaves as the base operator', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['StringEqualsIfExists', 'a', 'a', true],
    ['StringEqualsIfExists', 'a', 'b', false],
    ['StringNotEqualsIfExists', 'a', 'a', false],
    ['StringNotEqualsIfExists', 'a', 'b', true],
    ['StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'], 't2.micro', true],
    ['StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'], 'c5.large', false],
    ['NumericLessThanIfExists', '5', 9, false],
    ['NumericLessThanIfExists', '5', 1, true],
    ['DateGreaterThanIfExists', '2020-01-01', '2019-01-01', false],
    ['BoolIfExists', 'true', 'false', false],
    ['BoolIfExists', 'true', true, true],
    ['IpAddressIfExists', '10.0.0.0/8', '10.0.0.1', true],
    ['NotIpAddressIfExists', '10.0.0.0/8', '10.0.0.1', false],
    ['ArnLikeIfExists', 'arn:aws:s3:::b', 'arn:aws:s3:::c', false],
    ['BinaryEqualsIfExists', 'QQ==', 'QQ==', true],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'k', policy, contextWith('k', value)).matched).toBe(expected);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
describe('several policy values', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['StringEquals', ['a', 'b', 'c'], 'c', true], // OR
    ['StringEquals', ['a', 'b', 'c'], 'd', false],
    ['StringNotEquals', ['a', 'b', 'c'], 'c', false], // NOR
    ['StringNotEquals', ['a', 'b', 'c'], 'd', true],
    ['StringEquals', [], 'a', false],
    ['StringNotEquals', [], 'a', true],
    ['NotIpAddress', ['10.0.0.0/8', 'bad'], '10.0.0.1', false],
    ['NotIpAddress', ['10.0.0.0/8', 'bad'], '11.0.0.1', true],
    ['IpAddress', ['bad', '10.0.0.0/8'], '10.0.0.1', true],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'k', policy, contextWith('k', value)).matched).toBe(expected);
  });
});
