import { binaryEquals } from './binaryOperator';
import { bool } from './boolOperator';
import { date } from './dateOperators';
import { ipAddress } from './ipAddress';
import { numeric } from './numericOperators';
import { arnLike } from './arnOperators';
import { stringEquals, stringEqualsIgnoreCase, stringLike } from './stringOperators';
import type { Family } from './types';

/**
 * Condition operator names: `[ForAnyValue:|ForAllValues:]Base[IfExists]`, case-sensitive as AWS
 * documents them (IAM rejects `stringEquals` with "Invalid Condition type").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export interface BaseOperator {
  family: Family;
  /**
   * Negated ("not") operators: with several policy values they are a NOR, and a missing key makes
   * them true.
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html#reference_policies_multiple-conditions-negated-matching-eval
   */
  negated: boolean;
}

const BASE: Record<string, BaseOperator> = {
  StringEquals: { family: stringEquals, negated: false },
  StringNotEquals: { family: stringEquals, negated: true },
  StringEqualsIgnoreCase: { family: stringEqualsIgnoreCase, negated: false },
  StringNotEqualsIgnoreCase: { family: stringEqualsIgnoreCase, negated: true },
  StringLike: { family: stringLike, negated: false },
  StringNotLike: { family: stringLike, negated: true },
  NumericEquals: { family: numeric('Equals'), negated: false },
  NumericNotEquals: { family: numeric('NotEquals'), negated: true },
  NumericLessThan: { family: numeric('LessThan'), negated: false },
  NumericLessThanEquals: { family: numeric('LessThanEquals'), negated: false },
  NumericGreaterThan: { family: numeric('GreaterThan'), negated: false },
  NumericGreaterThanEquals: { family: numeric('GreaterThanEquals'), negated: false },
  DateEquals: { family: date('Equals'), negated: false },
  DateNotEquals: { family: date('NotEquals'), negated: true },
  DateLessThan: { family: date('LessThan'), negated: false },
  DateLessThanEquals: { family: date('LessThanEquals'), negated: false },
  DateGreaterThan: { family: date('GreaterThan'), negated: false },
  DateGreaterThanEquals: { family: date('GreaterThanEquals'), negated: false },
  Bool: { family: bool, negated: false },
  BinaryEquals: { family: binaryEquals, negated: false },
  IpAddress: { family: ipAddress, negated: false },
  NotIpAddress: { family: ipAddress, negated: true },
  ArnEquals: { family: arnLike, negated: false },
  ArnLike: { family: arnLike, negated: false },
  ArnNotEquals: { family: arnLike, negated: true },
  ArnNotLike: { family: arnLike, negated: true },
};

export type Quantifier = 'ForAnyValue' | 'ForAllValues' | null;

export type ParsedOperator =
  | { kind: 'null' } // the Null existence check
  | { kind: 'compare'; base: BaseOperator; baseName: string; quantifier: Quantifier; ifExists: boolean }
  | { kind: 'unknown'; why: string };

function parseExact(op: string): ParsedOperator | null {
  if (op === 'Null') return { kind: 'null' };
  let rest = op;
  let quantifier: Quantifier = null;
  const colon = op.indexOf(':');
  if (colon >= 0) {
    const q = op.slice(0, colon);
    if (q !== 'ForAnyValue' && q !== 'ForAllValues') return null;
    quantifier = q;
    rest = op.slice(colon + 1);
  }
  // "You can add IfExists to the end of any condition operator name except the Null condition."
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
  const ifExists = rest.endsWith('IfExists');
  const baseName = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const base = Object.hasOwn(BASE, baseName) ? BASE[baseName] : undefined;
  if (!base) return null;
  return { kind: 'compare', base, baseName, quantifier, ifExists };
}

const ALL_NAMES: string[] = (() => {
  const names = ['Null'];
  for (const base of Object.keys(BASE))
    for (const q of ['', 'ForAnyValue:', 'ForAllValues:']) for (const s of ['', 'IfExists']) names.push(`${q}${base}${s}`);
  return names;
})();
const BY_LOWER = new Map(ALL_NAMES.map((n) => [n.toLowerCase(), n]));

export function parseOperator(op: string): ParsedOperator {
  const exact = parseExact(op);
  if (exact) return exact;
  const fixed = BY_LOWER.get(op.toLowerCase());
  if (fixed)
    return {
      kind: 'unknown',
      why: `\`${op}\` is not a condition operator (operator names are case-sensitive: did you mean \`${fixed}\`?)`,
    };
  if (/^(?:(?:ForAnyValue|ForAllValues):)?Null(?:IfExists)?$/.test(op))
    return { kind: 'unknown', why: `\`${op}\` is not a condition operator: \`Null\` takes neither IfExists nor a set qualifier` };
  return { kind: 'unknown', why: `\`${op}\` is not a known condition operator` };
}

export function isKnownOperator(op: string): boolean {
  return parseExact(op) !== null;
}
