import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
describe('Bool', () => {
  const rows: [ConditionValue, ContextValue, boolean][] = [
    ['true', true, true],
    ['true', 'true', true],
    ['true', 'TRUE', true],
    ['True', 'true', true],
    [true, 'true', true],
    [true, true, true],
    ['false', true, false],
    ['false', false, true],
    ['false', 'False', true],
    [false, false, true],
    ['true', false, false],
    ['yes', true, false],
    ['true', 'yes', false],
    ['true', 1, false],
    ['1', true, false],
    [['true', 'false'], false, true],
  ];
  it.each(rows)('Bool %j against %j → %s', (policy, value, expected) => {
    expect(evaluateOne('Bool', 'aws:SecureTransport', policy, contextWith('aws:SecureTransport', value)).matched).toBe(expected);
  });

  it('explains a policy value that is not a boolean', () => {
    expect(evaluateOne('Bool', 'aws:SecureTransport', 'yes', { 'aws:SecureTransport': true }).reason).toContain(
      '`yes` is not `true` or `false`',
    );
  });
});
