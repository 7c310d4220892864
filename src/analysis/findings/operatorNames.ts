import { parseOperator } from '../../engine';
import { closest } from './closest';

/**
 * The condition operators IAM knows, for "did you mean" suggestions; the engine decides what is
 * known (a unit test keeps this list and the engine's in step).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export const BASE_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'NumericEquals',
  'NumericNotEquals',
  'NumericLessThan',
  'NumericLessThanEquals',
  'NumericGreaterThan',
  'NumericGreaterThanEquals',
  'DateEquals',
  'DateNotEquals',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'Bool',
  'BinaryEquals',
  'IpAddress',
  'NotIpAddress',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
] as const;

const QUALIFIERS = ['', 'ForAnyValue:', 'ForAllValues:'];

let allNames: string[] | undefined;

/** Every valid operator name: each base with or without a set qualifier and `IfExists`, and `Null`. */
export function allOperatorNames(): string[] {
  allNames ??= ['Null', ...BASE_OPERATORS.flatMap((base) => QUALIFIERS.flatMap((q) => [`${q}${base}`, `${q}${base}IfExists`]))];
  return allNames;
}

/** The message for an operator IAM does not know, with the most likely intended name. */
export function unknownOperatorMessage(operator: string): string {
  const parsed = parseOperator(operator);
  // The engine already spots wrong case and a qualified or IfExists `Null`.
  if (parsed.kind === 'unknown' && !parsed.why.endsWith('is not a known condition operator')) return parsed.why;
  const guess = closest(operator, allOperatorNames());
  return `\`${operator}\` is not a condition operator${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
}

export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null';

/** The family of a base operator name (`StringLike` → string). */
export function familyOf(baseName: string): OperatorFamily {
  if (baseName.startsWith('String')) return 'string';
  if (baseName.startsWith('Numeric')) return 'numeric';
  if (baseName.startsWith('Date')) return 'date';
  if (baseName === 'Bool') return 'bool';
  if (baseName === 'BinaryEquals') return 'binary';
  if (baseName.endsWith('IpAddress')) return 'ip';
  if (baseName.startsWith('Arn')) return 'arn';
  return 'null';
}
