import { describe, expect, it } from 'vitest';
import { compileConditionBlock, isKnownOperator } from '.';
import { evaluateOne } from './testing';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
describe('operator names', () => {
  it.each([
    'StringEquals',
    'StringNotEqualsIgnoreCase',
    'NumericGreaterThanEquals',
    'DateNotEquals',
    'Bool',
    'BinaryEquals',
    'NotIpAddress',
    'ArnNotLike',
    'Null',
    'StringLikeIfExists',
    'BoolIfExists',
    'ForAnyValue:StringLike',
    'ForAllValues:ArnEqualsIfExists',
    'ForAllValues:NumericLessThan',
  ])('%s is known', (op) => expect(isKnownOperator(op)).toBe(true));

  it.each([
    'StringEqualz',
    'stringEquals',
    'STRINGEQUALS',
    'NullIfExists',
    'ForAnyValue:Null',
    'ForSomeValues:StringEquals',
    'forallvalues:StringEquals',
    'ForAllValues:',
    'StringEqualsIfExistsIfExists',
    'IfExists',
    '',
    'BinaryNotEquals',
    'NumericLike',
    'toString',
    '__proto__',
    'constructor',
  ])('%j is not known', (op) => expect(isKnownOperator(op)).toBe(false));

  it.each([
    ['StringEqualz', '`StringEqualz` is not a known condition operator, so the condition is false'],
    [
      'stringequals',
      '`stringequals` is not a condition operator (operator names are case-sensitive: did you mean `StringEquals`?), so the condition is false',
    ],
    [
      'NullIfExists',
      '`NullIfExists` is not a condition operator: `Null` takes neither IfExists nor a set qualifier, so the condition is false',
    ],
  ])('an unknown operator %s makes the condition false', (op, reason) => {
    const absent = evaluateOne(op, 'k', 'x', {});
    const present = evaluateOne(op, 'k', 'x', { k: 'x' });
    expect([absent.matched, present.matched]).toEqual([false, false]);
    expect(present.reason).toBe(reason);
    expect(present.contextValue).toBe('x');
  });

  it('a negated-looking unknown operator is false too, even on a missing key', () => {
    expect(evaluateOne('StringNotEqualz', 'k', 'x', {}).matched).toBe(false);
  });

  it('compiles one condition per (operator, key) pair, keeping both as written', () => {
    const conditions = compileConditionBlock(
      {
        StringEquals: { 'aws:PrincipalTag/Team': 'red', 'aws:RequestedRegion': ['eu-west-1'] },
        'ForAnyValue:StringLike': { 'aws:TagKeys': 'env*' },
      },
      { variables: true },
    );
    expect(conditions.map((c) => [c.operator, c.key])).toEqual([
      ['StringEquals', 'aws:PrincipalTag/Team'],
      ['StringEquals', 'aws:RequestedRegion'],
      ['ForAnyValue:StringLike', 'aws:TagKeys'],
    ]);
  });
});
