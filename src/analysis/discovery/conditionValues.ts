import type { parseOperator } from '../../engine';
import type { ContextValue } from '../../model';

type Parsed = ReturnType<typeof parseOperator>;

/** A value unlike any of `values`: for a not-equals or a deny's equals to miss. */
const OTHER = 'iam-playground-other';
/** An address in TEST-NET-2, documentation-only: outside any range a real policy names. */
const OUTSIDE_IP = '198.51.100.7';

function shifted(value: string, by: number): string | undefined {
  const n = Number(value);
  if (Number.isFinite(n) && value.trim() !== '') return String(n + by);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t + by * 86_400_000).toISOString();
}

/** The first address of a CIDR range (`10.0.0.0/8` → `10.0.0.0`), or the address itself. */
function inRange(cidr: string): string {
  return cidr.split('/')[0]!;
}

/**
 * A request value that makes a condition hold, for the operators people put on request keys;
 * undefined when none is obvious (the caller then learns only the keys). The value for a set
 * operator (`ForAnyValue:`) is a one-element list.
 */
export function valueThatHolds(op: Parsed, values: readonly string[]): ContextValue | undefined {
  if (op.kind === 'null') return values[0] === 'false' ? OTHER : undefined;
  if (op.kind !== 'compare') return undefined;
  const v = pick(op.baseName, values);
  return v === undefined ? undefined : op.quantifier ? [v as string] : v;
}

/** A request value that makes a condition fail: for a deny that should not apply. */
export function valueThatFails(op: Parsed, values: readonly string[]): ContextValue | undefined {
  if (op.kind !== 'compare') return undefined;
  const name = op.baseName;
  // A negated operator fails on a value it names; a plain one on a value it does not.
  const negatedTwin = name.includes('Not') ? name.replace('Not', '') : null;
  if (negatedTwin) return pick(negatedTwin, values);
  if (name === 'Bool') return values[0] !== 'true';
  if (name === 'IpAddress') return OUTSIDE_IP;
  if (name.startsWith('Numeric') || name.startsWith('Date')) {
    const v = values[0];
    if (v === undefined) return undefined;
    if (name.includes('LessThan')) return shifted(v, 1);
    if (name.includes('GreaterThan')) return shifted(v, -1);
    return shifted(v, 1);
  }
  return OTHER;
}

function pick(name: string, values: readonly string[]): ContextValue | undefined {
  const v = values[0];
  if (v === undefined) return undefined;
  switch (name) {
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'ArnEquals':
      return v;
    case 'StringLike':
    case 'ArnLike':
      return v.replace(/[*?]/g, 'x');
    case 'StringNotEquals':
    case 'StringNotEqualsIgnoreCase':
    case 'StringNotLike':
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return OTHER;
    case 'Bool':
      return v === 'true';
    case 'IpAddress':
      return inRange(v);
    case 'NotIpAddress':
      return OUTSIDE_IP;
    case 'NumericEquals':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThanEquals':
    case 'DateEquals':
    case 'DateLessThanEquals':
    case 'DateGreaterThanEquals':
      return name.startsWith('Numeric') ? Number(v) : v;
    case 'NumericLessThan':
    case 'DateLessThan':
      return toKind(name, shifted(v, -1));
    case 'NumericGreaterThan':
    case 'DateGreaterThan':
    case 'NumericNotEquals':
    case 'DateNotEquals':
      return toKind(name, shifted(v, 1));
    default:
      return undefined;
  }
}

function toKind(name: string, v: string | undefined): ContextValue | undefined {
  if (v === undefined) return undefined;
  return name.startsWith('Numeric') ? Number(v) : v;
}
