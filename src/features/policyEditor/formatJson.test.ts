import { describe, expect, it } from 'vitest';
import { formatJson } from './formatJson';

describe('formatJson', () => {
  it('keeps short lists of plain values on one line and gives each statement member its own line', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }] };
    expect(formatJson(doc)).toBe(
      [
        '{',
        '  "Version": "2012-10-17",',
        '  "Statement": [',
        '    {',
        '      "Effect": "Allow",',
        '      "Action": ["s3:GetObject", "s3:ListBucket"],',
        '      "Resource": "*"',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
  });

  it('expands a container that does not fit the width', () => {
    const text = formatJson({ Action: ['a'.repeat(50), 'b'.repeat(50)] });
    expect(text).toBe(`{\n  "Action": [\n    "${'a'.repeat(50)}",\n    "${'b'.repeat(50)}"\n  ]\n}`);
  });

  it('prints empty containers and primitives plainly', () => {
    expect(formatJson({ a: [], b: {}, c: null, d: 1.5, e: true })).toBe('{ "a": [], "b": {}, "c": null, "d": 1.5, "e": true }');
    expect(formatJson('x')).toBe('"x"');
  });

  it('round-trips any JSON value', () => {
    const value = { q: [{ context: { 'aws:MultiFactorAuthPresent': [true, 'x', 3] } }], nested: { deeper: { deepest: [[1], [2, [3]]] } } };
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });
  it('reprints a large document after an edit exactly as a fresh print does, reusing the unchanged parts', () => {
    const users = Array.from({ length: 400 }, (_, i) => ({ name: `user${i}`, groups: [`g${i % 7}`], tags: { team: `t${i % 5}` } }));
    const before = { users, queries: [{ principal: 'user/user1', action: 's3:GetObject' }] };
    const first = formatJson(before);
    // An edit as the store makes it: a new object along the path to the change, the rest shared.
    const after = { ...before, queries: [{ ...before.queries[0]!, action: 's3:PutObject' }] };
    const again = formatJson(after);
    expect(again).toBe(formatJson(structuredClone(after)));
    expect(again).toBe(first.replace('"s3:GetObject"', '"s3:PutObject"'));
    // The same subtree printed at another depth is printed for that depth.
    expect(formatJson({ wrapped: { users } })).toBe(formatJson(structuredClone({ wrapped: { users } })));
  });
});
