import { compileStatic } from './staticValues';
import type { Family, Scalar } from './types';

/**
 * BinaryEquals compares the key's value byte for byte against the base-64 value in the policy.
 * The request context holds text, so a binary request value is base-64 too; both are decoded and
 * the bytes compared (so `QQ==` and `QQ` are equal). Policy variables are not supported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Decodes standard base-64 (padding optional) to bytes as a hex string, or null if malformed. */
export function base64ToHex(text: string): string | null {
  const body = text.replace(/={1,2}$/, '');
  if (body.length % 4 === 1 || (text.length !== body.length && text.length % 4 !== 0)) return null;
  let bits = 0;
  let acc = 0;
  let hex = '';
  for (const ch of body) {
    const v = INDEX.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += ((acc >> bits) & 0xff).toString(16).padStart(2, '0');
    }
  }
  return hex;
}

const parse = (v: Scalar): string | null => (typeof v === 'string' ? base64ToHex(v) : null);

export const binaryEquals: Family = {
  phrases: { yes: 'equals', no: 'does not equal' },
  compile: (values) =>
    compileStatic<string, string>(
      { parsePolicy: parse, badPolicy: 'is not base-64', parseRequest: parse, badRequest: 'is not base-64', test: (p, r) => p === r },
      values,
    ),
};
