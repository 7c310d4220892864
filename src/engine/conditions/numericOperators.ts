import { compileStatic } from './staticValues';
import type { Family, Scalar } from './types';

/**
 * Numeric condition operators compare a key to an integer or decimal value. Policy variables are
 * not supported. A value that is not a plain decimal number (`10`, `-2`, `1.5`) matches nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseNumber(value: Scalar): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !DECIMAL.test(value)) return null;
  return Number(value);
}

export type Comparison = 'Equals' | 'NotEquals' | 'LessThan' | 'LessThanEquals' | 'GreaterThan' | 'GreaterThanEquals';

/** NotEquals compares like Equals; the negation is applied by the caller (it is a NOR over values). */
export const compare: Record<Comparison, (request: number, policy: number) => boolean> = {
  Equals: (r, p) => r === p,
  NotEquals: (r, p) => r === p,
  LessThan: (r, p) => r < p,
  LessThanEquals: (r, p) => r <= p,
  GreaterThan: (r, p) => r > p,
  GreaterThanEquals: (r, p) => r >= p,
};

const numericPhrases: Record<Comparison, [string, string]> = {
  Equals: ['equals', 'does not equal'],
  NotEquals: ['equals', 'does not equal'],
  LessThan: ['is less than', 'is not less than'],
  LessThanEquals: ['is less than or equal to', 'is greater than'],
  GreaterThan: ['is greater than', 'is not greater than'],
  GreaterThanEquals: ['is greater than or equal to', 'is less than'],
};

export function numeric(comparison: Comparison): Family {
  const test = compare[comparison];
  const [yes, no] = numericPhrases[comparison];
  return {
    phrases: { yes, no },
    compile: (values) =>
      compileStatic<number, number>(
        {
          parsePolicy: parseNumber,
          badPolicy: 'is not a number',
          parseRequest: parseNumber,
          badRequest: 'is not a number',
          test: (p, r) => test(r, p),
        },
        values,
      ),
  };
}
