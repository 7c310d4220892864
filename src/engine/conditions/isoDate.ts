import { memo } from './resolved';
import type { Scalar } from './types';

/**
 * Dates for the Date operators: "one of the W3C implementations of the ISO 8601 date formats or
 * epoch (UNIX) time".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * https://www.w3.org/TR/NOTE-datetime
 *
 * Accepted: YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm, …:ss, …:ss.fraction, each with an optional zone
 * (`Z`, `±hh:mm`, `±hhmm`, `±hh`). A date-time without a zone is read as UTC (never as local time,
 * so results do not depend on the machine). A number, or a string of digits (optionally signed or
 * with a fraction), is epoch seconds; so a bare `2020` is the second 2020 after the epoch, not the
 * year. Result: milliseconds since the epoch (fractions of a millisecond kept), or null.
 */
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?$/;
const EPOCH = /^[+-]?\d+(?:\.\d+)?$/;

/** Days from 1970-01-01 to a proleptic Gregorian date (works for any year, unlike Date.UTC's 0–99 quirk). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

function parseIso(text: string): number | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = ds === undefined ? 1 : Number(ds);
  const hour = hs === undefined ? 0 : Number(hs);
  const minute = mis === undefined ? 0 : Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 23 || om > 59) return null;
    offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const fraction = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
  return (daysFromCivil(year, month, day) * 86400 + hour * 3600 + (minute - offset) * 60 + second) * 1000 + fraction;
}

const parseText = memo((text: string): number | null => (EPOCH.test(text) ? Number(text) * 1000 : parseIso(text)));

export function parseDate(value: Scalar): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : null;
  if (typeof value !== 'string') return null;
  return parseText(value);
}
