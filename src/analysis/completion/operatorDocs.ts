import type { ConditionKeyType } from '../../catalog';

/**
 * Condition operators in the words of AWS's reference, one line each, with the key types each
 * family compares.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
interface BaseOperatorDoc {
  name: string;
  meaning: string;
  types: readonly ConditionKeyType[];
}

const STRING: readonly ConditionKeyType[] = ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN'];
const NUMERIC: readonly ConditionKeyType[] = ['Numeric', 'ArrayOfNumeric'];
const DATE: readonly ConditionKeyType[] = ['Date'];
const ARN: readonly ConditionKeyType[] = ['ARN', 'ArrayOfARN'];

export const BASE_OPERATORS: readonly BaseOperatorDoc[] = [
  { name: 'StringEquals', meaning: 'The key’s value is exactly one of the strings (case-sensitive).', types: STRING },
  { name: 'StringNotEquals', meaning: 'The key’s value is none of the strings (case-sensitive).', types: STRING },
  { name: 'StringEqualsIgnoreCase', meaning: 'The key’s value is one of the strings, ignoring case.', types: STRING },
  { name: 'StringNotEqualsIgnoreCase', meaning: 'The key’s value is none of the strings, ignoring case.', types: STRING },
  {
    name: 'StringLike',
    meaning: 'The key’s value matches one of the patterns (case-sensitive; `*` and `?` are wildcards).',
    types: STRING,
  },
  {
    name: 'StringNotLike',
    meaning: 'The key’s value matches none of the patterns (case-sensitive; `*` and `?` are wildcards).',
    types: STRING,
  },
  { name: 'NumericEquals', meaning: 'The key’s number equals the value.', types: NUMERIC },
  { name: 'NumericNotEquals', meaning: 'The key’s number differs from the value.', types: NUMERIC },
  { name: 'NumericLessThan', meaning: 'The key’s number is less than the value.', types: NUMERIC },
  { name: 'NumericLessThanEquals', meaning: 'The key’s number is less than or equal to the value.', types: NUMERIC },
  { name: 'NumericGreaterThan', meaning: 'The key’s number is greater than the value.', types: NUMERIC },
  { name: 'NumericGreaterThanEquals', meaning: 'The key’s number is greater than or equal to the value.', types: NUMERIC },
  { name: 'DateEquals', meaning: 'The key’s date is the given date (ISO 8601 or epoch seconds).', types: DATE },
  { name: 'DateNotEquals', meaning: 'The key’s date is not the given date.', types: DATE },
  { name: 'DateLessThan', meaning: 'The key’s date is before the given date.', types: DATE },
  { name: 'DateLessThanEquals', meaning: 'The key’s date is at or before the given date.', types: DATE },
  { name: 'DateGreaterThan', meaning: 'The key’s date is after the given date.', types: DATE },
  { name: 'DateGreaterThanEquals', meaning: 'The key’s date is at or after the given date.', types: DATE },
  { name: 'Bool', meaning: 'The key’s boolean is the value (`true` or `false`).', types: ['Bool', 'ArrayOfBool'] },
  { name: 'BinaryEquals', meaning: 'The key’s binary value equals the base64-encoded value, byte for byte.', types: ['Binary'] },
  { name: 'IpAddress', meaning: 'The key’s IP address is the address or in the CIDR range.', types: ['IPAddress'] },
  { name: 'NotIpAddress', meaning: 'The key’s IP address is outside every address and CIDR range given.', types: ['IPAddress'] },
  {
    name: 'ArnEquals',
    meaning: 'The key’s ARN matches one of the ARNs, each of its colon-separated parts compared separately (wildcards allowed).',
    types: ARN,
  },
  { name: 'ArnLike', meaning: 'The key’s ARN matches one of the ARN patterns, part by part (`*` and `?` are wildcards).', types: ARN },
  { name: 'ArnNotEquals', meaning: 'The key’s ARN matches none of the ARNs, part by part.', types: ARN },
  { name: 'ArnNotLike', meaning: 'The key’s ARN matches none of the ARN patterns, part by part.', types: ARN },
];

const NULL_DOC = 'Checks whether the key is absent: `true` matches when the request has no such key, `false` when it has one.';
const IF_EXISTS = 'When the request has no such key, the condition matches anyway.';
const FOR_ANY = 'For multivalued keys: matches when at least one of the request’s values matches (never when the key is absent or empty).';
const FOR_ALL = 'For multivalued keys: matches when every one of the request’s values matches (also when the key is absent or empty).';

export interface OperatorName {
  name: string;
  base: BaseOperatorDoc | null; // null for Null
  quantifier: 'ForAnyValue' | 'ForAllValues' | null;
  ifExists: boolean;
}

/**
 * Every operator name AWS accepts: each base operator, with `IfExists` and with a
 * `ForAnyValue:`/`ForAllValues:` qualifier, and `Null`, which takes neither.
 */
export const OPERATOR_NAMES: readonly OperatorName[] = [
  { name: 'Null', base: null, quantifier: null, ifExists: false },
  ...(['', 'ForAnyValue', 'ForAllValues'] as const).flatMap((q) =>
    BASE_OPERATORS.flatMap((base) =>
      [false, true].map((ifExists) => ({
        name: `${q ? `${q}:` : ''}${base.name}${ifExists ? 'IfExists' : ''}`,
        base,
        quantifier: q || null,
        ifExists,
      })),
    ),
  ),
];

const BY_NAME = new Map(OPERATOR_NAMES.map((o) => [o.name, o]));

export function operatorByName(name: string): OperatorName | undefined {
  return BY_NAME.get(name);
}

/** The key types an operator compares, or null when any type goes (Null). */
export function operatorKeyTypes(name: string): readonly ConditionKeyType[] | null {
  const op = BY_NAME.get(name);
  return op?.base ? op.base.types : null;
}

/** Markdown lines describing an operator: the base's meaning, then what each modifier adds. */
export function describeOperator(op: OperatorName): string[] {
  if (!op.base) return [NULL_DOC];
  const lines = [op.base.meaning];
  if (op.quantifier === 'ForAnyValue') lines.push(`\`ForAnyValue\`: ${FOR_ANY}`);
  if (op.quantifier === 'ForAllValues') lines.push(`\`ForAllValues\`: ${FOR_ALL}`);
  if (op.ifExists) lines.push(`\`IfExists\`: ${IF_EXISTS}`);
  return lines;
}
