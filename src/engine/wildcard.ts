/**
 * Wildcard patterns as IAM uses them: `*` is any run of characters (including none), `?` is exactly
 * one. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 *
 * Patterns are compiled once into a matcher. Matching splits the pattern at each `*` and finds each
 * piece left to right at its earliest position; because pieces never need to be re-tried after a
 * later `*`, the time is O(pattern × text) in the worst case and linear for a fixed pattern, never
 * exponential (`*a*a*a*a*a*b` against 10,000 characters takes microseconds, not forever).
 */

/** A pattern piece: literal text, or a wildcard. Literal `*`/`?` come from `${*}` and `${?}`. */
export type PatternPart = { lit: string } | { star: true } | { one: true };

export type Matcher = (text: string) => boolean;

/** Parses plain text where every `*` and `?` is a wildcard. */
export function wildcardParts(text: string): PatternPart[] {
  // `*` and `?` are ASCII, never half of a surrogate pair: code units can be scanned directly.
  const parts: PatternPart[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2a && c !== 0x3f) continue;
    if (i > start) parts.push({ lit: text.slice(start, i) });
    parts.push(c === 0x2a ? { star: true } : { one: true });
    start = i + 1;
  }
  if (start < text.length) parts.push({ lit: text.slice(start) });
  return parts;
}

export function literalParts(text: string): PatternPart[] {
  return text ? [{ lit: text }] : [];
}

/** A segment between stars: characters where `null` means "any one character". */
type Piece = (string | null)[];

export function compileParts(parts: PatternPart[], ignoreCase: boolean): Matcher {
  const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const hasWildcard = parts.some((p) => !('lit' in p));
  if (!hasWildcard) {
    const exact = norm(parts.map((p) => ('lit' in p ? p.lit : '')).join(''));
    return (text) => norm(text) === exact;
  }
  if (parts.length === 1 && 'star' in parts[0]!) return () => true;

  // Fast paths for the shapes policies use most, `prefix*`, `*suffix`, `prefix*suffix` (stars in a
  // row count as one): read straight off the parts, without splitting them into characters.
  const first = parts.findIndex((p) => 'star' in p);
  const last = parts.findLastIndex((p) => 'star' in p);
  const simple = first >= 0 && !parts.some((p, i) => 'one' in p || ('lit' in p && i > first && i < last));
  if (simple) {
    const text = (from: number, to: number) =>
      parts
        .slice(from, to)
        .map((p) => ('lit' in p ? norm(p.lit) : ''))
        .join('');
    const pre = text(0, first);
    const suf = text(last + 1, parts.length);
    return (t0) => {
      const t = norm(t0);
      return t.length >= pre.length + suf.length && t.startsWith(pre) && t.endsWith(suf);
    };
  }

  // Split at stars into pieces of characters (`null` = `?`). Characters are code points so `?`
  // consumes one character even outside the BMP.
  const pieces: Piece[] = [[]];
  for (const p of parts) {
    if ('star' in p) pieces.push([]);
    else if ('one' in p) pieces[pieces.length - 1]!.push(null);
    else for (const ch of norm(p.lit)) pieces[pieces.length - 1]!.push(ch);
  }
  const anchoredStart = pieces[0]!;
  const anchoredEnd = pieces.length > 1 ? pieces[pieces.length - 1]! : null;
  const middle = pieces.slice(1, -1).filter((p) => p.length > 0);
  const single = pieces.length === 1;
  const minLength = pieces.reduce((n, p) => n + p.length, 0);

  return (text) => {
    const t = characters(norm(text));
    if (t.length < minLength) return false;
    if (single) return t.length === anchoredStart.length && pieceAt(anchoredStart, t, 0);
    if (!pieceAt(anchoredStart, t, 0)) return false;
    let pos = anchoredStart.length;
    const endStart = t.length - anchoredEnd!.length;
    for (const piece of middle) {
      const found = findPiece(piece, t, pos, endStart);
      if (found < 0) return false;
      pos = found + piece.length;
    }
    return pos <= endStart && pieceAt(anchoredEnd!, t, endStart);
  };
}

function pieceAt(piece: Piece, text: ArrayLike<string>, at: number): boolean {
  if (at < 0 || at + piece.length > text.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i];
    if (c !== null && c !== text[at + i]) return false;
  }
  return true;
}

/** Earliest start ≥ from where `piece` fits entirely before `limit`. */
function findPiece(piece: Piece, text: ArrayLike<string>, from: number, limit: number): number {
  for (let at = from; at + piece.length <= limit; at++) if (pieceAt(piece, text, at)) return at;
  return -1;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * A text as the characters `?` counts: code points. Without surrogates (nearly every ARN and key)
 * the string's own code units are the code points, and no array is made per match.
 */
function characters(text: string): ArrayLike<string> {
  return SURROGATE.test(text) ? Array.from(text) : text;
}

export function compileWildcard(pattern: string, ignoreCase: boolean): Matcher {
  return compileParts(wildcardParts(pattern), ignoreCase);
}

/**
 * ARN patterns. Wildcards stay within the colon-separated segment they are written in, except
 * that a `*` that ends a segment "can expand to match beyond the colon boundaries"; the resource
 * (everything after the fifth colon) is one segment, colons included. Case-sensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 *
 * Most patterns (`arn:aws:s3:::bucket/*`, `arn:aws:ec2:*:*:instance/*`) have wildcards only at
 * segment ends or in the resource, and match exactly like a plain pattern over the whole ARN; only
 * the rest need the colon-aware matcher below.
 */
export function compileArnParts(parts: PatternPart[], ignoreCase = false): Matcher {
  if (!needsColonRules(parts)) return compileParts(parts, ignoreCase);
  const tokens = arnTokens(parts, ignoreCase);
  return (text) => simulate(tokens, characters(ignoreCase ? text.toLowerCase() : text));
}

/**
 * Whether a wildcard must stop at colons (`arnTokens`' `noColon`), decided on the parts themselves:
 * a `?`, or a `*` that does not end its segment, before the resource field.
 */
function needsColonRules(parts: PatternPart[]): boolean {
  let colons = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if ('lit' in p) {
      for (let j = p.lit.indexOf(':'); j >= 0; j = p.lit.indexOf(':', j + 1)) colons++;
      continue;
    }
    if (colons >= 5) continue;
    if ('one' in p) return true;
    const next = parts[i + 1];
    const endsSegment = next === undefined || ('lit' in next && next.lit.startsWith(':'));
    if (!endsSegment) return true;
  }
  return false;
}

export function compileArnPattern(pattern: string, ignoreCase = false): Matcher {
  return compileArnParts(wildcardParts(pattern), ignoreCase);
}

type ArnToken = { kind: 'lit'; ch: string } | { kind: 'star' | 'one'; noColon: boolean };

function arnTokens(parts: PatternPart[], ignoreCase: boolean): ArnToken[] {
  const tokens: ArnToken[] = [];
  for (const p of parts) {
    if ('lit' in p) for (const ch of ignoreCase ? p.lit.toLowerCase() : p.lit) tokens.push({ kind: 'lit', ch });
    else tokens.push({ kind: 'star' in p ? 'star' : 'one', noColon: false });
  }
  let colons = 0;
  tokens.forEach((t, i) => {
    if (t.kind === 'lit') {
      if (t.ch === ':') colons++;
      return;
    }
    if (colons >= 5) return; // inside the resource segment: colons are ordinary characters
    const next = tokens[i + 1];
    const endsSegment = next === undefined || (next.kind === 'lit' && next.ch === ':');
    t.noColon = t.kind === 'one' || !endsSegment;
  });
  return tokens;
}

/** Thompson simulation: O(text × pattern), no backtracking. */
function simulate(tokens: ArnToken[], text: ArrayLike<string>): boolean {
  const n = tokens.length;
  let states: Uint8Array = new Uint8Array(n + 1);
  const close = (s: Uint8Array): Uint8Array => {
    for (let i = 0; i < n; i++) if (s[i] && tokens[i]!.kind === 'star') s[i + 1] = 1;
    return s;
  };
  states[0] = 1;
  close(states);
  for (let c = 0; c < text.length; c++) {
    const ch = text[c]!;
    const next = new Uint8Array(n + 1);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!states[i]) continue;
      const t = tokens[i]!;
      if (t.kind === 'lit') {
        if (t.ch === ch) {
          next[i + 1] = 1;
          any = true;
        }
      } else if (!(t.noColon && ch === ':')) {
        if (t.kind === 'star') next[i] = 1;
        else next[i + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    states = close(next);
  }
  return states[n] === 1;
}

/** `arn:p:s:r:a:resource…` → its six fields, or null. */
export function splitArn(text: string): string[] | null {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return null;
    out.push(text.slice(start, colon));
    start = colon + 1;
  }
  out.push(text.slice(start));
  return out;
}
