import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { parseNumber } from './numericOperators';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
describe('Numeric condition operators', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['NumericEquals', '10', 10, true],
    ['NumericEquals', '10', '10.0', true],
    ['NumericEquals', '10', '11', false],
    ['NumericEquals', 10, '10', true],
    ['NumericEquals', ['5', '10'], 10, true],
    ['NumericEquals', ['5', '6'], 10, false],
    ['NumericNotEquals', '10', 10, false],
    ['NumericNotEquals', '10', 11, true],
    ['NumericNotEquals', ['10', '11'], 11, false],
    ['NumericLessThan', '10', 9, true],
    ['NumericLessThan', '10', 10, false],
    ['NumericLessThanEquals', '10', 10, true],
    ['NumericLessThanEquals', '10', 11, false],
    ['NumericGreaterThan', '10', 11, true],
    ['NumericGreaterThan', '10', 10, false],
    ['NumericGreaterThanEquals', '10', 10, true],
    ['NumericGreaterThanEquals', '10', 9, false],
    ['NumericLessThan', '1.5', '1.25', true],
    ['NumericLessThan', '1.5', '1.75', false],
    ['NumericLessThan', '-3', -4, true],
    ['NumericLessThan', '-3', -2, false],
    // Values that are not numbers never match.
    ['NumericEquals', 'ten', 10, false],
    ['NumericEquals', '10', 'ten', false],
    ['NumericEquals', '1e3', 1000, false],
    ['NumericEquals', '1', true, false],
    ['NumericGreaterThan', '', 1, false],
    // ...so a negated operator given an unparseable request value is true (it equals none).
    ['NumericNotEquals', '10', 'ten', true],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 's3:max-keys', policy, contextWith('s3:max-keys', value)).matched).toBe(expected);
  });

  it.each([
    ['10', 10],
    ['-1.5', -1.5],
    ['+2', 2],
    ['.5', 0.5],
    [7, 7],
  ] as const)('parses %j as %s', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each(['', 'ten', '1e3', '0x10', ' 1', '1 ', 'NaN', 'Infinity', '1.2.3'])('rejects %j', (text) => expect(parseNumber(text)).toBeNull());

  it('says why an unparseable value never matches', () => {
    const r = evaluateOne('NumericLessThan', 's3:max-keys', 'ten', { 's3:max-keys': 5 });
    expect(r.reason).toContain('`ten` is not a number');
  });
});
