import type { ConditionValue } from '../../model';
import { compileConditionBlock } from './compile';
import type { ConditionResult } from './result';
import type { ContextLookup, ContextValue } from './types';

/** Test helper: a case-insensitive lookup over a plain record, as the engine's RequestContext provides. */
export function lookupOf(context: Record<string, ContextValue>): ContextLookup {
  const entries = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]));
  return (key) => entries.get(key.toLowerCase());
}

/** Test helper: compiles one (operator, key) pair and evaluates it once. */
export function evaluateOne(
  operator: string,
  key: string,
  policy: ConditionValue,
  context: Record<string, ContextValue>,
  options: { variables: boolean } = { variables: true },
): ConditionResult {
  const [condition] = compileConditionBlock({ [operator]: { [key]: policy } }, options);
  return condition!.evaluate(lookupOf(context));
}

/** Test helper: the request context `{ [key]: value }`, or an empty one when the value is undefined. */
export const contextWith = (key: string, value: ContextValue | undefined): Record<string, ContextValue> =>
  value === undefined ? {} : { [key]: value };
