import type { Quantifier } from './operators';
import { quote } from './resolved';
import type { Tally } from './setOperators';
import type { ContextValue, Phrases, ResolvedValues, Scalar } from './types';

/**
 * One readable line per condition, naming the operator, the key and the values compared. Built for
 * every evaluation, so the common shapes are plain concatenation over text prepared at compile time.
 */

export function absentReason(
  operator: string,
  key: string,
  value: ContextValue | undefined,
  ifExists: boolean,
  quantifier: Quantifier,
  negated: boolean,
  list: string,
): string {
  const state = value === undefined ? 'is absent' : 'has no values';
  if (ifExists) return `${operator}: ${key} ${state}: IfExists makes the condition true`;
  if (quantifier === 'ForAllValues') return `${operator}: ${key} ${state}: ForAllValues is true when the key is missing`;
  if (quantifier === 'ForAnyValue') return `${operator}: ${key} ${state}: ForAnyValue is false when the key is missing`;
  if (negated) return `${operator}: ${key} ${state}: a negated operator is true when the key is missing`;
  return `${operator}: ${key} ${state}, so it cannot match ${list}`;
}

function verdict(value: Scalar, match: number, phrases: Phrases, resolved: ResolvedValues): string {
  if (match >= 0) return `${quote(value)} ${phrases.yes} ${resolved.display[match]}`;
  const problem = resolved.requestProblem(value);
  if (problem !== null) return `${problem}, so it cannot be compared with ${resolved.list}`;
  return resolved.list === 'no usable policy value'
    ? `${quote(value)} has no policy value to compare with`
    : `${quote(value)} ${phrases.no} ${resolved.list}`;
}

export function compareReason(
  operator: string,
  key: string,
  phrases: Phrases,
  negated: boolean,
  quantifier: Quantifier,
  values: Scalar[],
  resolved: ResolvedValues,
  tally: Tally,
): string {
  if (values.length === 1 && quantifier === null) {
    // A single value decides early exactly when its verdict is the answer's opposite of the default.
    return `${operator}: ${key} ${verdict(values[0]!, tally.deciding === 0 ? tally.match : -1, phrases, resolved)}${resolved.suffix}`;
  }
  let line: string;
  if (values.length === 0) {
    line = `${key} is an empty set: ${quantifier} is ${tally.matched} for an empty set`;
  } else if (tally.deciding >= 0) {
    line = `${key} value ${verdict(values[tally.deciding]!, tally.match, phrases, resolved)}`;
    if (!tally.matched)
      line +=
        quantifier === 'ForAllValues'
          ? ', and ForAllValues needs every value to pass'
          : ', and a negated operator needs every value to differ';
    else if (quantifier === null) line += ' (one of its several values is enough)';
  } else {
    const all = `[${values.map(quote).join(', ')}]`;
    line = `${tally.matched ? 'every' : 'no'} value of ${key} ${all} ${negated ? phrases.no : phrases.yes} ${resolved.list}`;
  }
  let suffix = resolved.suffix;
  for (const v of values) {
    const problem = resolved.requestProblem(v);
    if (problem !== null && !suffix.includes(problem) && !line.includes(problem)) suffix += `; ${problem}`;
  }
  return `${operator}: ${line}${suffix}`;
}
