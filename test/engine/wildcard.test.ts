import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileArnParts,
  compileArnPattern,
  compileParts,
  compileWildcard,
  wildcardParts,
  type PatternPart,
} from '../../src/engine/wildcard';

describe('compileWildcard', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true, true],
    ['s3:Get*', 's3:getobject', true, true],
    ['s3:Get*', 's3:getobject', false, false],
    ['s3:Get*', 's3:PutObject', true, false],
    ['*', '', true, true],
    ['a?c', 'abc', false, true],
    ['a?c', 'ac', false, false],
    ['a?c', 'abbc', false, false],
    ['*a*b', 'xxaxxb', false, true],
    ['*a*b', 'xxbxxa', false, false],
    ['a*b*c', 'abc', false, true],
    ['a*b*c', 'acb', false, false],
    ['*?', '', false, false],
    ['*?', 'x', false, true],
    ['ab*', 'a', false, false],
    ['a*a', 'a', false, false],
    ['x?', 'x😀', false, true],
  ])('%s against %s (ignoreCase %s) → %s', (pattern, text, ignoreCase, expected) => {
    expect(compileWildcard(pattern, ignoreCase)(text)).toBe(expected);
  });

  it('takes linear time on adversarial patterns', () => {
    const text = 'a'.repeat(10_000);
    const matcher = compileWildcard('*a*a*a*a*a*b', false);
    const start = performance.now();
    for (let i = 0; i < 20; i++) expect(matcher(text)).toBe(false);
    // A backtracking matcher needs years here; we only assert that it returned at all, quickly enough
    // not to time the test out, and that the answer is right.
    expect(matcher(text + 'b')).toBe(true);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('treats literal parts as literal even when they contain * or ?', () => {
    const m = compileParts([{ lit: 'a*' }, { star: true }], false);
    expect(m('a*xyz')).toBe(true);
    expect(m('abxyz')).toBe(false);
    expect(wildcardParts('a*b?')).toEqual([{ lit: 'a' }, { star: true }, { lit: 'b' }, { one: true }]);
  });
});

describe('compileArnPattern', () => {
  it.each([
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b.txt', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::*', 'arn:aws:s3:::any/thing', true],
    ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:eu-west-1:111111111111:instance/i-1', true],
    ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:eu-west-1:111111111111:volume/v-1', false],
    // A `*` that ends a segment may expand past the colons; one inside a segment may not.
    ['arn:aws:*', 'arn:aws:s3:::bucket', true],
    ['arn:aws:iam::*', 'arn:aws:iam::111111111111:user/a', true],
    ['arn:aws:s*3:::bucket', 'arn:aws:s:x:3:::bucket', false],
    ['arn:aws:s*3:::bucket', 'arn:aws:sxx3:::bucket', true],
    ['arn:aws:s3:us-?ast-1:*:x', 'arn:aws:s3:us-east-1:1:x', true],
    ['arn:aws:ec2:us-*-1:*:instance/*', 'arn:aws:ec2:us-east:x-1:1:instance/i', false],
    ['arn:aws:ec2:us-*-1:*:instance/*', 'arn:aws:ec2:us-east-1:1:instance/i', true],
    ['arn:aws:iam::*:*', 'arn:aws:iam::111111111111:user/a', true],
    // The resource field may itself contain colons.
    ['arn:aws:logs:us-east-1:111111111111:log-group:app:*', 'arn:aws:logs:us-east-1:111111111111:log-group:app:log-stream:s', true],
    ['arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', false],
    ['*', 'arn:aws:s3:::bucket', true],
    ['*', '*', true],
    ['arn:aws:s3:::bucket', '*', false],
    ['arn:aws:s3:::b?cket', 'arn:aws:s3:::bucket', true],
  ])('%s against %s → %s', (pattern, arn, expected) => {
    expect(compileArnPattern(pattern)(arn)).toBe(expected);
  });

  it('stays linear with colon-aware wildcards', () => {
    const m = compileArnPattern('arn:aws:s3:a*a*a*a*a*b:x:y');
    expect(m('arn:aws:s3:' + 'a'.repeat(10_000) + ':x:y')).toBe(false);
  });
});

/**
 * An independent reading of the same rules, as regular expressions over code points: `*` is any run,
 * `?` one character, and in an ARN a wildcard before the resource field stays inside its segment
 * unless it is a `*` that ends the segment.
 */
function oracle(parts: PatternPart[], ignoreCase: boolean, arn: boolean): (text: string) => boolean {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  let colons = 0;
  const source = parts
    .map((p, i) => {
      if ('lit' in p) {
        colons += p.lit.split(':').length - 1;
        return esc(ignoreCase ? p.lit.toLowerCase() : p.lit);
      }
      const next = parts[i + 1];
      const endsSegment = next === undefined || ('lit' in next && next.lit.startsWith(':'));
      const inSegment = arn && colons < 5 && ('one' in p || !endsSegment);
      const any = inSegment ? '[^:]' : '.';
      return 'star' in p ? `${any}*` : any;
    })
    .join('');
  const re = new RegExp(`^${source}$`, 'su');
  return (text) => re.test(ignoreCase ? text.toLowerCase() : text);
}

describe('matchers agree with an independent reading of the rules', () => {
  const part = fc.oneof(
    fc.constant<PatternPart>({ star: true }),
    fc.constant<PatternPart>({ one: true }),
    fc.string({ unit: fc.constantFrom('a', 'B', ':', '/', '*', '😀'), minLength: 1, maxLength: 4 }).map((lit): PatternPart => ({ lit })),
  );
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'B', ':', '/', '*', '😀'), maxLength: 14 });

  it('for wildcard patterns, with and without case', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), text, fc.boolean(), (parts, t, ignoreCase) => {
        expect(compileParts(parts, ignoreCase)(t)).toBe(oracle(parts, ignoreCase, false)(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('for ARN patterns', () => {
    const arnish = fc
      .tuple(fc.array(part, { maxLength: 6 }), fc.nat(5))
      .map(([parts, colons]) => [{ lit: 'arn' + ':x'.repeat(colons) }, ...parts]);
    fc.assert(
      fc.property(arnish, text, (parts, t) => {
        const full = 'arn:x:x:x' + t;
        expect(compileArnParts(parts)(full)).toBe(oracle(parts, false, true)(full));
        expect(compileArnParts(parts)(t)).toBe(oracle(parts, false, true)(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('for the parts of plain text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(
          wildcardParts(t)
            .map((p) => ('lit' in p ? p.lit : 'star' in p ? '*' : '?'))
            .join(''),
        ).toBe(t);
        expect(wildcardParts(t).every((p, i, all) => !('lit' in p) || !(i > 0 && 'lit' in all[i - 1]!))).toBe(true);
      }),
    );
  });
});
