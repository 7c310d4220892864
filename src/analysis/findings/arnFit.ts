/**
 * Whether a `Resource` pattern and a catalog ARN template can name the same ARN.
 *
 * Both sides become glob patterns — the resource's own `*`/`?` and policy variables (`${…}`, which
 * could be anything), the template's placeholders (`${BucketName}`) — and two globs "fit" when some
 * string matches both. A resource's `*` is read as any run of characters, colons included, which is
 * looser than IAM's segment-bound ARN wildcards; a template placeholder is any run of characters
 * too, except the few that by definition hold no `/` or `:` (partition, Region, account, bucket
 * name). Reading loosely can only find more fits, so a "does not fit" answer is certain.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards
 */

/** A code point, or a wildcard: any run, any run without `/` and `:`, exactly one character. */
type Token = number;
const STAR = -1;
const SEGMENT = -2;
const ONE = -3;
const SLASH = '/'.codePointAt(0)!;
const COLON = ':'.codePointAt(0)!;

/** Template placeholders that never contain `/` or `:` (an account ID, a Region, an S3 bucket name). */
const SEGMENT_PLACEHOLDERS = new Set(['Partition', 'Region', 'Account', 'BucketName']);

const VARIABLE = /\$\{([^}]*)\}/g;

function tokens(text: string, wildcards: boolean): Token[] {
  const out: Token[] = [];
  let last = 0;
  const push = (chunk: string) => {
    for (const ch of chunk) {
      if (wildcards && ch === '*') out.push(STAR);
      else if (wildcards && ch === '?') out.push(ONE);
      else out.push(ch.codePointAt(0)!);
    }
  };
  for (const m of text.matchAll(VARIABLE)) {
    push(text.slice(last, m.index));
    out.push(!wildcards && SEGMENT_PLACEHOLDERS.has(m[1]!) ? SEGMENT : STAR);
    last = m.index + m[0].length;
  }
  push(text.slice(last));
  return out;
}

/** A resource pattern as written in a policy: wildcards, and policy variables as wildcards. */
export const resourceTokens = (pattern: string): Token[] => tokens(pattern, true);
/** A catalog ARN template such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
export const templateTokens = (template: string): Token[] => tokens(template, false);

const isWild = (t: Token | undefined) => t === STAR || t === SEGMENT;

/** Can wildcard `w` absorb the single (non-star) token `t`? */
const absorbs = (w: Token, t: Token) => w === STAR || t === ONE || (t !== SLASH && t !== COLON);

/**
 * True when some string matches both globs: reachability over pairs of positions. Every move goes
 * forward, so one pass in row-major order suffices: O(|a| × |b|). Two wildcards never need to
 * consume a character together (drop that character and both still match), so they only skip.
 */
export function globsIntersect(a: Token[], b: Token[]): boolean {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const reach = new Uint8Array((n + 1) * width);
  reach[0] = 1;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!reach[i * width + j]) continue;
      const x = a[i];
      const y = b[j];
      if (x !== undefined && isWild(x)) {
        reach[(i + 1) * width + j] = 1;
        if (y !== undefined && !isWild(y) && absorbs(x, y)) reach[i * width + j + 1] = 1;
      }
      if (y !== undefined && isWild(y)) {
        reach[i * width + j + 1] = 1;
        if (x !== undefined && !isWild(x) && absorbs(y, x)) reach[(i + 1) * width + j] = 1;
      }
      if (x !== undefined && y !== undefined && !isWild(x) && !isWild(y) && (x === ONE || y === ONE || x === y)) {
        reach[(i + 1) * width + j + 1] = 1;
      }
    }
  }
  return reach[n * width + m] === 1;
}

const WILDCARD = /[*?]/;
const isPlaceholder = (segment: string) => /^\$\{[^}]*\}$/.test(segment);

/** An ARN pattern or template, split and tokenised once. */
export interface CompiledArn {
  /** The whole text as tokens. */
  whole: Token[];
  /** The first five segments, when they hold no `*`/`?` (templates never do). */
  head: string[] | null;
  /** The resource part (after the fifth colon) as tokens, with `head`. */
  resource: Token[] | null;
}

function compile(text: string, wildcards: boolean, split: (text: string) => string[] | null): CompiledArn {
  const parts = split(text);
  const whole = tokens(text, wildcards);
  if (!parts || WILDCARD.test(parts.slice(0, 5).join(':'))) return { whole, head: null, resource: null };
  return { whole, head: parts.slice(0, 5), resource: tokens(parts[5]!, wildcards) };
}

export const compileResourcePattern = (pattern: string, split: (text: string) => string[] | null) => compile(pattern, true, split);
export const compileArnTemplate = (template: string, split: (text: string) => string[] | null) => compile(template, false, split);

/** One of the first five ARN segments: literal text, a lone placeholder, or (rarely) a mix. */
function segmentFits(written: string, template: string): boolean {
  if (!template.includes('${') && !written.includes('${')) return written === template;
  if (isPlaceholder(template) && !written.includes('/')) return true;
  return globsIntersect(resourceTokens(written), templateTokens(template));
}

/**
 * Whether a resource pattern can name an ARN of the template's type. When the pattern has no
 * wildcard before its resource part, the first five segments are compared one by one (a literal
 * service must equal the template's) and the globs are intersected on the resource part only, which
 * is much shorter; otherwise the whole ARNs are intersected.
 */
export function arnFits(pattern: CompiledArn, template: CompiledArn): boolean {
  if (pattern.head && template.head) {
    for (let i = 0; i < 5; i++) if (!segmentFits(pattern.head[i]!, template.head[i]!)) return false;
    return globsIntersect(pattern.resource!, template.resource!);
  }
  return globsIntersect(pattern.whole, template.whole);
}
