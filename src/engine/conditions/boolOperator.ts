import { compileTemplates, type TemplateSpec } from './templateValues';
import type { Family, Scalar } from './types';

/**
 * Bool: compares a key to `true` or `false`. Both sides may be JSON booleans or the strings
 * `true`/`false` in any case; anything else is not a boolean and matches nothing.
 * The Condition operators page says "You can use a policy variable with the Boolean condition
 * operator"; the Policy variables page lists Boolean among the operators that cannot. We follow the
 * operator's own section and substitute.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
export function parseBool(value: Scalar): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : null;
}

const boolSpec: TemplateSpec<boolean> = {
  wildcards: false,
  makeTest(_parts, text) {
    const expected = parseBool(text);
    if (expected === null) return 'is not `true` or `false`';
    return (request) => request === expected;
  },
  parseRequest: parseBool,
  badRequest: 'is not a boolean',
};

export const bool: Family = {
  phrases: { yes: 'is', no: 'is not' },
  compile: (values, variables) => compileTemplates(boolSpec, values, variables),
};
