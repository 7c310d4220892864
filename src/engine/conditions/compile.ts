import type { ConditionBlock, ConditionValue } from '../../model';
import { parseOperator } from './operators';
import { absentReason, compareReason } from './reason';
import { conditionResult, type ConditionResult } from './result';
import { matchedWhenAbsent, requestSet, tally } from './setOperators';
import { compileNull } from './nullOperator';
import type { ContextLookup, ResolvedValues, Scalar } from './types';

export interface CompiledCondition {
  /** Operator as written. */
  operator: string;
  /** Key as written. Lookups are case-insensitive (the caller's lookup guarantees it). */
  key: string;
  /** `explain: false` leaves `reason` empty: bulk evaluation reads only `matched` and `missingKeys`. */
  evaluate(lookup: ContextLookup, explain?: boolean): ConditionResult;
}

/**
 * Compiles one (operator, key) pair. Condition key names are case-insensitive; operator names are
 * not. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
export function compileCondition(
  operator: string,
  key: string,
  written: ConditionValue,
  options: { variables: boolean },
): CompiledCondition {
  const values: Scalar[] = Array.isArray(written) ? written : [written];
  const parsed = parseOperator(operator);

  if (parsed.kind === 'unknown') {
    // An operator IAM would reject: the condition cannot hold.
    const display = values.map(String);
    const reason = `${parsed.why}, so the condition is false`;
    return {
      operator,
      key,
      evaluate: (lookup) => conditionResult(operator, key, display, lookup(key), false, [], reason),
    };
  }

  if (parsed.kind === 'null') return { operator, key, evaluate: compileNull(operator, key, values) };

  const { base, quantifier, ifExists } = parsed;
  const { negated, family } = base;
  const compiled = family.compile(values, options.variables);
  const whenAbsent = matchedWhenAbsent(ifExists, quantifier, negated);
  // The absent-key reason depends only on the resolved values (constant unless variables change).
  let absentFor: { resolved: ResolvedValues; empty: boolean; reason: string } | null = null;

  return {
    operator,
    key,
    evaluate(lookup, explain = true) {
      const contextValue = lookup(key);
      const resolved = compiled.resolve(lookup);
      if (contextValue === undefined || (Array.isArray(contextValue) && contextValue.length === 0)) {
        const empty = contextValue !== undefined;
        if (absentFor === null || absentFor.resolved !== resolved || absentFor.empty !== empty)
          absentFor = { resolved, empty, reason: absentReason(operator, key, contextValue, ifExists, quantifier, negated, resolved.list) };
        return conditionResult(operator, key, resolved.display, contextValue, whenAbsent, empty ? [] : [key], absentFor.reason);
      }
      const requestValues = requestSet(contextValue, quantifier);
      const t = tally(requestValues, resolved, negated, quantifier);
      const reason = explain ? compareReason(operator, key, family.phrases, negated, quantifier, requestValues, resolved, t) : '';
      const missing = resolved.missingVariables.length === 0 ? [] : [...resolved.missingVariables];
      return conditionResult(operator, key, resolved.display, contextValue, t.matched, missing, reason);
    },
  };
}

/** One compiled condition per (operator, key) pair; a statement's Condition holds when all hold. */
export function compileConditionBlock(block: ConditionBlock, options: { variables: boolean }): CompiledCondition[] {
  const out: CompiledCondition[] = [];
  for (const [operator, keys] of Object.entries(block))
    for (const [key, value] of Object.entries(keys)) out.push(compileCondition(operator, key, value, options));
  return out;
}
