import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
describe('ForAnyValue / ForAllValues', () => {
  const rows: [string, ConditionValue, ContextValue | undefined, boolean][] = [
    ['ForAnyValue:StringEquals', ['a', 'b'], ['b', 'c'], true],
    ['ForAnyValue:StringEquals', ['a', 'b'], ['c', 'd'], false],
    ['ForAnyValue:StringEquals', ['a', 'b'], 'a', true],
    ['ForAnyValue:StringEquals', ['a', 'b'], 'c', false],
    ['ForAnyValue:StringEquals', ['a', 'b'], [], false],
    ['ForAnyValue:StringEquals', ['a', 'b'], undefined, false],
    ['ForAnyValue:StringEquals', ['a', ''], '', false], // an empty string is an empty set
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'b'], true],
    ['ForAllValues:StringEquals', ['a', 'b'], ['b'], true],
    ['ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'], false],
    ['ForAllValues:StringEquals', ['a', 'b'], 'a', true],
    ['ForAllValues:StringEquals', ['a', 'b'], 'c', false],
    ['ForAllValues:StringEquals', ['a', 'b'], [], true],
    ['ForAllValues:StringEquals', ['a', 'b'], undefined, true],
    ['ForAllValues:StringEquals', ['a', 'b'], '', true],
    // the DynamoDB attribute examples
    ['ForAllValues:StringLike', ['PostDateTime', 'Message', 'Tags'], ['PostDateTime', 'Message'], true],
    ['ForAllValues:StringLike', ['PostDateTime', 'Message', 'Tags'], ['PostDateTime', 'UserName'], false],
    ['ForAnyValue:StringLike', ['ID', 'PostDateTime'], ['UserName', 'Message', 'PostDateTime'], true],
    ['ForAnyValue:StringLike', ['ID', 'PostDateTime'], ['UserName'], false],
    // the aws:TagKeys deny example: ForAllValues:StringNotLike "key1*"
    ['ForAllValues:StringNotLike', 'key1*', ['key1:legal'], false],
    ['ForAllValues:StringNotLike', 'key1*', ['key1:hr', 'key1:personnel'], false],
    ['ForAllValues:StringNotLike', 'key1*', ['key2:audit'], true],
    ['ForAllValues:StringNotLike', 'key1*', ['key2:audit', 'key1:hr'], false],
    ['ForAllValues:StringNotLike', 'key1*', undefined, true],
    // negation applies per request value
    ['ForAnyValue:StringNotEquals', ['a'], ['a', 'b'], true],
    ['ForAnyValue:StringNotEquals', ['a'], ['a'], false],
    ['ForAnyValue:StringNotEquals', ['a', 'b'], ['b', 'a'], false],
    ['ForAnyValue:StringNotEquals', ['a'], undefined, false],
    ['ForAllValues:StringNotEquals', ['a', 'b'], ['c', 'd'], true],
    ['ForAllValues:StringNotEquals', ['a', 'b'], ['c', 'a'], false],
    // other families
    ['ForAnyValue:NumericGreaterThan', '5', [1, 9], true],
    ['ForAnyValue:NumericGreaterThan', '5', [1, 2], false],
    ['ForAllValues:NumericLessThan', '5', [1, 9], false],
    ['ForAllValues:NumericLessThan', '5', [1, 2], true],
    ['ForAnyValue:IpAddress', '10.0.0.0/8', ['1.1.1.1', '10.0.0.1'], true],
    ['ForAllValues:IpAddress', '10.0.0.0/8', ['1.1.1.1', '10.0.0.1'], false],
    ['ForAllValues:ArnLike', 'arn:aws:iam::*:role/*', ['arn:aws:iam::1:role/a', 'arn:aws:iam::2:role/b'], true],
    ['ForAllValues:ArnLike', 'arn:aws:iam::*:role/*', ['arn:aws:iam::1:role/a', 'arn:aws:iam::2:user/b'], false],
    ['ForAnyValue:Bool', 'true', [false, true], true],
    ['ForAnyValue:DateLessThan', '2020-01-01', ['2021-01-01', 0], true],
    // plain operators given several request values: any passes; negated: none may match
    ['StringEquals', 'a', ['a', 'b'], true],
    ['StringEquals', 'a', ['c', 'd'], false],
    ['StringNotEquals', 'a', ['a', 'b'], false],
    ['StringNotEquals', 'a', ['c', 'd'], true],
    ['StringLike', 'o-*', ['o-1/r-2/ou-3/'], true],
    // IfExists with set operators: absent → true (the doc's text, literally)
    ['ForAnyValue:StringEqualsIfExists', 'a', undefined, true],
    ['ForAllValues:StringEqualsIfExists', 'a', undefined, true],
    ['ForAnyValue:StringEqualsIfExists', 'a', ['b'], false],
    ['ForAnyValue:StringEqualsIfExists', 'a', ['b', 'a'], true],
    ['ForAllValues:StringNotEqualsIfExists', 'a', ['a'], false],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'aws:TagKeys', policy, contextWith('aws:TagKeys', value)).matched).toBe(expected);
  });

  it('names the deciding value', () => {
    expect(evaluateOne('ForAllValues:StringLike', 'k', ['PostDateTime', 'Message'], { k: ['PostDateTime', 'UserName'] }).reason).toBe(
      'ForAllValues:StringLike: k value `UserName` does not match any of PostDateTime, Message, and ForAllValues needs every value to pass',
    );
    expect(evaluateOne('ForAnyValue:StringEquals', 'k', 'x', { k: ['a', 'b'] }).reason).toBe(
      'ForAnyValue:StringEquals: no value of k [`a`, `b`] equals x',
    );
    expect(evaluateOne('ForAllValues:StringEquals', 'k', 'x', { k: '' }).reason).toBe(
      'ForAllValues:StringEquals: k is an empty set: ForAllValues is true for an empty set',
    );
  });
});
