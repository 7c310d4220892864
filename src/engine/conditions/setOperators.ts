import type { Quantifier } from './operators';
import type { ContextValue, ResolvedValues, Scalar } from './types';

/**
 * How the request's values combine, for plain operators and the ForAnyValue / ForAllValues set
 * operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 *
 * One request value "passes" when it satisfies the base operator: for a plain operator it matches
 * at least one policy value (several policy values are an OR); for a negated operator it matches
 * none of them (a NOR), so negation applies per request value.
 * - ForAnyValue: true when at least one request value passes; an empty set is false.
 * - ForAllValues: true when every request value passes; an empty set is true.
 * - A plain operator given several request values (AWS says multivalued keys need a set operator
 *   and does not define this case): a non-negated operator is true when any request value passes
 *   (like ForAnyValue); a negated one when every request value passes, i.e. no request value
 *   matches any policy value. So a negated operator is always the exact complement of its positive
 *   form, as it is for a single value.
 */

/**
 * The request's values as a set. "If the key values in the request resolve to an empty data set
 * (for example, an empty string), a condition operator modified by ForAllValues returns true, and
 * a condition operator modified by ForAnyValue returns false": under a set operator a scalar empty
 * string is the empty set. Plain operators compare `""` as a value.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
 */
export function requestSet(value: ContextValue, quantifier: Quantifier): Scalar[] {
  if (Array.isArray(value)) return value;
  if (quantifier !== null && value === '') return [];
  return [value];
}

export interface Tally {
  matched: boolean;
  /** Whether every request value had to pass (ForAllValues, or a plain negated operator). */
  needAll: boolean;
  /** The request value that decided early (the first to pass when one suffices, the first to fail when all must), or -1. */
  deciding: number;
  /** For the deciding value: the index of the policy value it matched, or -1. */
  match: number;
}

export function tally(values: Scalar[], resolved: ResolvedValues, negated: boolean, quantifier: Quantifier): Tally {
  const needAll = quantifier === 'ForAllValues' || (quantifier === null && negated);
  for (let i = 0; i < values.length; i++) {
    const match = resolved.firstMatch(values[i]!);
    const passes = negated ? match < 0 : match >= 0;
    if (passes !== needAll) return { matched: passes, needAll, deciding: i, match };
  }
  return { matched: needAll, needAll, deciding: -1, match: -1 };
}

/**
 * The result when the key is absent from the request (or holds an empty list).
 * - …IfExists: "If the key is not present, evaluate the condition element as true."
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 *   We apply this literally with set operators too (ForAnyValue:StringEqualsIfExists on a missing
 *   key is true); note that some engines ignore IfExists there and return ForAnyValue's false.
 * - ForAllValues: "also returns true if there are no context keys in the request"; ForAnyValue
 *   returns false.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * - Otherwise "the values do not match and the condition is false"; for negated operators
 *   (StringNotLike, ArnNotLike, …) "the condition is true".
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export function matchedWhenAbsent(ifExists: boolean, quantifier: Quantifier, negated: boolean): boolean {
  if (ifExists) return true;
  if (quantifier === 'ForAllValues') return true;
  if (quantifier === 'ForAnyValue') return false;
  return negated;
}
