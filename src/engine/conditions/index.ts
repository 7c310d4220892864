/**
 * The Condition element evaluator.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export { compileCondition, compileConditionBlock, type CompiledCondition } from './compile';
export { isKnownOperator } from './operators';
export type { ConditionResult } from './result';
