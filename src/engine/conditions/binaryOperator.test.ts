import { describe, expect, it } from 'vitest';
import { base64ToHex } from './binaryOperator';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
describe('BinaryEquals', () => {
  const doc = 'QmluYXJ5VmFsdWVJbkJhc2U2NA==';
  const rows: [string, ContextValue, boolean][] = [
    [doc, doc, true],
    [doc, 'QmluYXJ5VmFsdWVJbkJhc2U2NA', true],
    [doc, 'QmluYXJ5VmFsdWVJbkJhc2U2NQ==', false],
    ['QQ==', 'QQ==', true],
    ['QQ==', 'Qg==', false],
    ['QQ==', 'qq==', false],
    ['not base64!', 'not base64!', false],
    ['Q===', 'Q===', false],
    ['QQ==', 65, false],
    ['', '', true],
  ];
  it.each(rows)('BinaryEquals %j against %j → %s', (policy, value, expected) => {
    expect(evaluateOne('BinaryEquals', 'k', policy, contextWith('k', value)).matched).toBe(expected);
  });

  it.each([
    ['QQ==', '41'],
    ['QUI=', '4142'],
    ['QUJD', '414243'],
    ['/+8=', 'ffef'],
    [doc, '42696e61727956616c7565496e426173653634'],
  ])('decodes %s to %s', (b64, hex) => expect(base64ToHex(b64)).toBe(hex));

  it.each(['Q', 'QQ=', 'QQ===', 'QQ==QQ==', 'Q Q=', '-_8='])('rejects %j', (b64) => expect(base64ToHex(b64)).toBeNull());
});
