import { parseDate } from './isoDate';
import { compare, type Comparison } from './numericOperators';
import { compileStatic } from './staticValues';
import type { Family } from './types';

/**
 * Date condition operators: both sides may be ISO 8601 (W3C profile) or epoch seconds, in any
 * mix; they are compared as instants. Policy variables and wildcards are not supported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 */
const datePhrases: Record<Comparison, [string, string]> = {
  Equals: ['is the same instant as', 'is not the same instant as'],
  NotEquals: ['is the same instant as', 'is not the same instant as'],
  LessThan: ['is before', 'is not before'],
  LessThanEquals: ['is at or before', 'is after'],
  GreaterThan: ['is after', 'is not after'],
  GreaterThanEquals: ['is at or after', 'is before'],
};

export function date(comparison: Comparison): Family {
  const test = compare[comparison];
  const [yes, no] = datePhrases[comparison];
  return {
    phrases: { yes, no },
    compile: (values) =>
      compileStatic<number, number>(
        {
          parsePolicy: parseDate,
          badPolicy: 'is not an ISO 8601 date or epoch seconds',
          parseRequest: parseDate,
          badRequest: 'is not an ISO 8601 date or epoch seconds',
          test: (p, r) => test(r, p),
        },
        values,
      ),
  };
}
