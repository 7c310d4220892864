import { describe, expect, it } from 'vitest';
import type { ConditionValue } from '../../model';
import { parseDate } from './isoDate';
import { contextWith, evaluateOne } from './testing';
import type { ContextValue } from './types';

const NEW_YEAR_2020 = 1577836800; // 2020-01-01T00:00:00Z in epoch seconds

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
describe('Date condition operators', () => {
  const rows: [string, ConditionValue, ContextValue, boolean][] = [
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:00Z', '2020-01-01T00:00:01Z', false],
    // ISO against epoch, both ways, number or numeric string
    ['DateEquals', '2020-01-01T00:00:00Z', NEW_YEAR_2020, true],
    ['DateEquals', '2020-01-01T00:00:00Z', String(NEW_YEAR_2020), true],
    ['DateEquals', String(NEW_YEAR_2020), '2020-01-01T00:00:00Z', true],
    ['DateEquals', NEW_YEAR_2020, '2020-01-01T00:00:00Z', true],
    ['DateEquals', String(NEW_YEAR_2020 + 1), '2020-01-01T00:00:00Z', false],
    ['DateEquals', `${NEW_YEAR_2020}.5`, '2020-01-01T00:00:00.5Z', true],
    // date only, zones, fractions, no zone (UTC)
    ['DateEquals', '2020-01-01', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T01:00:00+01:00', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2019-12-31T19:00:00-05:00', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2019-12-31T19:00:00-0500', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T05:30+05:30', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:00', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00Z', true],
    ['DateEquals', '2020-01-01T00:00:00.500Z', '2020-01-01T00:00:00Z', false],
    ['DateGreaterThan', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00.001Z', true],
    ['DateLessThan', '2020-06-30T23:59:59Z', '2020-05-01T00:00:00Z', true],
    ['DateLessThan', '2020-06-30T23:59:59Z', '2020-07-01T00:00:00Z', false],
    ['DateLessThan', '2020-06-30T23:59:59Z', '2020-06-30T23:59:59Z', false],
    ['DateLessThanEquals', '2020-06-30T23:59:59Z', '2020-06-30T23:59:59Z', true],
    ['DateLessThanEquals', '2020-06-30T23:59:59Z', 1593561600, false],
    ['DateGreaterThan', '2020-04-01T00:00:00Z', '2020-05-01T00:00:00Z', true],
    ['DateGreaterThan', '2020-04-01T00:00:00Z', '2020-03-01T00:00:00Z', false],
    ['DateGreaterThanEquals', '2020-04-01T00:00:00Z', '2020-04-01T02:00:00+02:00', true],
    ['DateGreaterThanEquals', '2020-04-01T00:00:00Z', '2020-04-01T01:59:59+02:00', false],
    ['DateNotEquals', '2020-01-01T00:00:00Z', NEW_YEAR_2020, false],
    ['DateNotEquals', '2020-01-01T00:00:00Z', NEW_YEAR_2020 + 60, true],
    // a bare 4-digit string is epoch seconds, not a year
    ['DateEquals', '2020', 2020, true],
    ['DateEquals', '2020', '2020-01-01', false],
    // unparseable values never match
    ['DateLessThan', 'garbage', '2020-01-01T00:00:00Z', false],
    ['DateLessThan', '2030-01-01T00:00:00Z', 'not a date', false],
    ['DateLessThan', '2030-01-01T00:00:00Z', true, false],
    ['DateEquals', '2020-02-30', '2020-03-01', false],
    ['DateEquals', '2020-13-01', '2021-01-01', false],
    ['DateEquals', '2020-01-01T24:00:00Z', '2020-01-02T00:00:00Z', false],
    ['DateEquals', '2020-01-01T00:00:00+24:00', '2019-12-31T00:00:00Z', false],
    ['DateEquals', '2020-1-1', '2020-01-01', false],
    ['DateEquals', '2020-01-01 00:00:00Z', '2020-01-01', false],
    ['DateLessThan', ['garbage', '2030-01-01'], '2025-01-01', true],
  ];
  it.each(rows)('%s %j against %j → %s', (operator, policy, value, expected) => {
    expect(evaluateOne(operator, 'aws:CurrentTime', policy, contextWith('aws:CurrentTime', value)).matched).toBe(expected);
  });

  it.each([
    ['2000-02-29T12:30:15Z', 951827415_000],
    ['0050-01-01T00:00:00Z', -60589296000_000],
    ['1970-01-01', 0],
    ['1969-12-31T23:59:59Z', -1000],
    [0, 0],
    ['-1', -1000],
    ['1.25', 1250],
  ] as const)('parses %j to %s ms', (text, ms) => expect(parseDate(text)).toBe(ms));

  it.each(['', '2020-02-29x', '2019-02-29', 'T00:00', '2020-01-01T00:60:00Z', '2020-01-01T00:00:60Z', '2020-01-01Z'])(
    'rejects %j',
    (text) => expect(parseDate(text)).toBeNull(),
  );

  it('explains an unparseable policy value', () => {
    const r = evaluateOne('DateLessThan', 'aws:CurrentTime', 'soon', { 'aws:CurrentTime': '2020-01-01T00:00:00Z' });
    expect(r.matched).toBe(false);
    expect(r.reason).toContain('`soon` is not an ISO 8601 date or epoch seconds');
  });
});
