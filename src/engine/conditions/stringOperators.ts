import { compileParts } from '../wildcard';
import { compileTemplates, type TemplateSpec } from './templateValues';
import type { Family, Scalar } from './types';

/**
 * String condition operators: StringEquals / StringNotEquals (exact, case-sensitive),
 * …IgnoreCase (exact, ignoring case), StringLike / StringNotLike (case-sensitive, `*` and `?`
 * wildcards anywhere). Policy variables are supported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 *
 * A number or boolean in the request (or policy) compares as its JSON text: `10`, `true`.
 */
const asText = (v: Scalar): string => String(v);

function stringSpec(mode: 'exact' | 'ignoreCase' | 'like'): TemplateSpec<string> {
  return {
    wildcards: mode === 'like',
    makeTest(parts, text) {
      if (mode === 'like') return compileParts(parts, false);
      if (mode === 'exact') return (request) => request === text;
      const lower = text.toLowerCase();
      return (request) => request.toLowerCase() === lower;
    },
    parseRequest: asText,
    badRequest: 'is not a string',
  };
}

function family(mode: 'exact' | 'ignoreCase' | 'like', yes: string, no: string): Family {
  const spec = stringSpec(mode);
  return { phrases: { yes, no }, compile: (values, variables) => compileTemplates(spec, values, variables) };
}

export const stringEquals = family('exact', 'equals', 'does not equal');
export const stringEqualsIgnoreCase = family('ignoreCase', 'equals (ignoring case)', 'does not equal (ignoring case)');
export const stringLike = family('like', 'matches', 'does not match');
