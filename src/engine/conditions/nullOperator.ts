import { parseBool } from './boolOperator';
import { quote } from './resolved';
import { conditionResult, type ConditionResult } from './result';
import type { ContextLookup, ContextValue, Scalar } from './types';

/**
 * Null checks whether a key is absent: `true` means the key doesn't exist (it is null), `false`
 * that it exists and its value is not null. Policy variables are not substituted; a value other
 * than true/false (string or JSON boolean, any case) matches nothing. Several values are an OR.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 *
 * An empty list counts as absent: AWS recommends `"Null": {"key": "false"}` precisely to stop
 * "context keys with empty values" from passing ForAllValues, so a key whose value set is empty is
 * null. An empty string is a value, so it is present.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
 */
export function compileNull(operator: string, key: string, values: Scalar[]): (lookup: ContextLookup) => ConditionResult {
  const display = values.map(String);
  const expected = values.map(parseBool);
  const wantsAbsent = expected.includes(true);
  const wantsPresent = expected.includes(false);
  const suffix = values
    .filter((_, i) => expected[i] === null)
    .map((b) => `; policy value ${quote(b)} is not \`true\` or \`false\`, so it matches nothing`)
    .join('');
  const describe = (value: ContextValue | undefined, absent: boolean, matched: boolean): string => {
    const state =
      value === undefined
        ? 'is absent'
        : absent
          ? 'has no values (null)'
          : `is present (${quote(Array.isArray(value) ? value.join(', ') : value)})`;
    if (!wantsAbsent && !wantsPresent) return `${operator}: ${key} ${state}${suffix}`;
    if (matched) return `${operator}: ${key} ${state}, as \`${absent}\` requires${suffix}`;
    return `${operator}: ${key} ${state}, but \`${!absent}\` requires it ${absent ? 'present' : 'absent'}${suffix}`;
  };
  return (lookup) => {
    const value = lookup(key);
    const absent = value === undefined || (Array.isArray(value) && value.length === 0);
    const matched = absent ? wantsAbsent : wantsPresent;
    return conditionResult(operator, key, display, value, matched, value === undefined ? [key] : [], describe(value, absent, matched));
  };
}
