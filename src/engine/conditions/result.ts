import type { ConditionExplanation } from '../types';
import type { ContextValue } from './types';

export interface ConditionResult extends ConditionExplanation {
  /** Keys (as written) whose absence was consulted: the condition key when absent, and variables with no value. */
  missingKeys: string[];
}

/**
 * A plain object with every field, `reason` included. The reason is built eagerly but cheaply
 * (string concatenation over text prepared at compile time): a lazy accessor would keep it off the
 * hot path, but V8 creates objects with per-instance accessors ~20× slower than plain ones, and
 * callers spread results, so the property must be an own data property.
 */
export function conditionResult(
  operator: string,
  key: string,
  policyValues: (string | null)[],
  contextValue: ContextValue | undefined,
  matched: boolean,
  missingKeys: string[],
  reason: string,
): ConditionResult {
  return { operator, key, policyValues, contextValue, matched, missingKeys, reason };
}
