import { base64ToHex } from '../../engine';
import { parseBool } from '../../engine';
import { parseCidr } from '../../engine';
import { parseDate } from '../../engine';
import { parseNumber } from '../../engine';
import type { Scalar } from '../../engine';
import { splitArn } from '../../engine';
import type { OperatorFamily } from './operatorNames';

/**
 * Whether a condition value can be read by its operator family, with the engine's own parsers so
 * findings and evaluation agree.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export const hasVariable = (value: string) => /\$\{[^}]*\}/.test(value);

/** Families that never substitute policy variables (the engine's and the docs' reading). */
export const NO_VARIABLES: ReadonlySet<OperatorFamily> = new Set(['numeric', 'date', 'ip', 'binary']);

const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** An ARN pattern an ARN operator can compare: six parts, or wildcards alone. */
function readsAsArn(text: string): boolean {
  if (/^[*?]+$/.test(text)) return true;
  return text.startsWith('arn:') && splitArn(text) !== null;
}

const READERS: Record<OperatorFamily, ((value: Scalar) => boolean) | null> = {
  string: null,
  numeric: (v) => parseNumber(v) !== null,
  date: (v) => parseDate(v) !== null,
  bool: (v) => parseBool(v) !== null,
  null: (v) => parseBool(v) !== null,
  binary: (v) => typeof v === 'string' && base64ToHex(v) !== null,
  ip: (v) => typeof v === 'string' && parseCidr(v) !== null,
  arn: (v) => typeof v === 'string' && readsAsArn(v),
};

/** What each family needs, completing "`Op` needs …". */
export const NEEDS: Record<OperatorFamily, string> = {
  string: 'a string',
  numeric: 'a number',
  date: 'an ISO 8601 date or epoch seconds',
  bool: '`true` or `false`',
  null: '`true` (the key is absent) or `false` (the key is present)',
  binary: 'a base-64 value',
  ip: 'an IP address or CIDR range',
  arn: 'an ARN (`arn:partition:service:region:account-id:resource`)',
};

/** True when the value reads in the family; values with policy variables are judged elsewhere. */
export function valueReads(family: OperatorFamily, value: unknown): boolean {
  if (!isScalar(value)) return true; // a nested object or array is a schema error, not ours
  if (typeof value === 'string' && hasVariable(value)) return true;
  const read = READERS[family];
  return read === null || read(value);
}
