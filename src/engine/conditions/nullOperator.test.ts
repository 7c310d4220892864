import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
describe('Null', () => {
  const rows: [ConditionValue, ContextValue | undefined, boolean][] = [
    ['true', undefined, true],
    ['true', '2020-01-01T00:00:00Z', false],
    ['false', undefined, false],
    ['false', '2020-01-01T00:00:00Z', true],
    [true, undefined, true],
    [false, 'x', true],
    ['TRUE', undefined, true],
    ['False', 'x', true],
    // an empty list is null; an empty string is a value
    ['true', [], true],
    ['false', [], false],
    ['false', '', true],
    ['true', '', false],
    ['false', ['a'], true],
    ['false', false, true],
    // not a boolean: matches nothing
    ['maybe', undefined, false],
    ['maybe', 'x', false],
    // several values are an OR
    [['true', 'false'], undefined, true],
    [['true', 'false'], 'x', true],
    // no policy-variable substitution
    ['${aws:flag}', undefined, false],
  ];
  it.each(rows)('Null %j with %j → %s', (policy, value, expected) => {
    const context = { ...contextWith('aws:TokenIssueTime', value), 'aws:flag': 'true' };
    expect(evaluateOne('Null', 'aws:TokenIssueTime', policy, context).matched).toBe(expected);
  });

  it('reports the key as missing only when it is absent', () => {
    expect(evaluateOne('Null', 'aws:TokenIssueTime', 'true', {}).missingKeys).toEqual(['aws:TokenIssueTime']);
    expect(evaluateOne('Null', 'aws:TokenIssueTime', 'true', { 'aws:tokenissuetime': 'x' }).missingKeys).toEqual([]);
  });

  it('explains', () => {
    expect(evaluateOne('Null', 'aws:TokenIssueTime', 'true', {}).reason).toBe('Null: aws:TokenIssueTime is absent, as `true` requires');
    expect(evaluateOne('Null', 'aws:TokenIssueTime', 'true', { 'aws:TokenIssueTime': 'x' }).reason).toBe(
      'Null: aws:TokenIssueTime is present (`x`), but `true` requires it absent',
    );
  });
});
