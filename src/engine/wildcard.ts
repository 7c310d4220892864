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
  const parts: PatternPart[] = [];
  let lit = '';
  for (const ch of text) {
    if (ch === '*' || ch === '?') {
      if (lit) parts.push({ lit });
      lit = '';
      parts.push(ch === '*' ? { star: true } : { one: true });
    } else lit += ch;
  }
  if (lit) parts.push({ lit });
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

  // Fast paths for the shapes policies use most: `prefix*`, `*suffix`, `prefix*suffix`.
  const plain = (p: Piece) => p.every((c) => c !== null);
  if (!single && middle.length === 0 && plain(anchoredStart) && plain(anchoredEnd!)) {
    const pre = anchoredStart.join('');
    const suf = anchoredEnd!.join('');
    return (text) => {
      const t = norm(text);
      return t.length >= pre.length + suf.length && t.startsWith(pre) && t.endsWith(suf);
    };
  }

  return (text) => {
    const t = Array.from(norm(text));
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

function pieceAt(piece: Piece, text: string[], at: number): boolean {
  if (at < 0 || at + piece.length > text.length) return false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i];
    if (c !== null && c !== text[at + i]) return false;
  }
  return true;
}

/** Earliest start ≥ from where `piece` fits entirely before `limit`. */
function findPiece(piece: Piece, text: string[], from: number, limit: number): number {
  for (let at = from; at + piece.length <= limit; at++) if (pieceAt(piece, text, at)) return at;
  return -1;
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
  const tokens = arnTokens(parts, ignoreCase);
  if (!tokens.some((t) => t.kind !== 'lit' && t.noColon)) return compileParts(parts, ignoreCase);
  return (text) => simulate(tokens, Array.from(ignoreCase ? text.toLowerCase() : text));
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
function simulate(tokens: ArnToken[], text: string[]): boolean {
  const n = tokens.length;
  let states: Uint8Array = new Uint8Array(n + 1);
  const close = (s: Uint8Array): Uint8Array => {
    for (let i = 0; i < n; i++) if (s[i] && tokens[i]!.kind === 'star') s[i + 1] = 1;
    return s;
  };
  states[0] = 1;
  close(states);
  for (const ch of text) {
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
