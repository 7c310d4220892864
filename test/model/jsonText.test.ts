import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxErrors, locatePointer, MAX_JSON_DEPTH, parseJson, restoreScenario } from '../../src/model';

const BOM = '\ufeff';
const minimal = '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "users": [{ "name": "u", "groups": ["G"] }]\n}\n';

describe('parseJson', () => {
  it('reads a text that starts with a byte-order mark, and says nothing about it', () => {
    expect(parseJson(BOM + '{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(jsonSyntaxErrors(BOM + '{}')).toEqual([]);
  });

  it('locates errors and pointers in a text with a byte-order mark at the same lines and columns as without one', () => {
    const broken = '{\n  "a": 1,,\n}';
    const where = (text: string) => {
      const parsed = parseJson(text);
      return parsed.ok ? [] : parsed.errors.map((e) => [e.message, e.location.line, e.location.column]);
    };
    expect(where(broken).length).toBeGreaterThan(0);
    expect(where(BOM + broken)).toEqual(where(broken));
    // Offsets count the mark, as the editor's model holds it.
    expect(locatePointer(BOM + minimal, '/users/0/groups/0')).toEqual({ ...locatePointer(minimal, '/users/0/groups/0'), offset: 96 });
  });

  it('refuses 10,000 nested arrays at the place they first go too deep, without overflowing', () => {
    const deep = '[\n' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n]';
    const parsed = parseJson(deep);
    expect(parsed).toEqual({
      ok: false,
      errors: [{ message: `nested deeper than ${MAX_JSON_DEPTH} levels`, location: expect.objectContaining({ line: 2, column: 64 }) }],
    });
    // Broken as well as deep: still no recursion into it.
    expect(parseJson('['.repeat(10_000))).toMatchObject({ ok: false, errors: [{ message: /nested deeper than 64/ }] });
    expect(locatePointer(deep, '/0/0')).toMatchObject({ line: 2 });
  });

  it('takes exactly MAX_JSON_DEPTH levels', () => {
    const at = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(parseJson(at(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJson(at(MAX_JSON_DEPTH + 1)).ok).toBe(false);
    expect(parseJson(`{"a": "${'['.repeat(100)}"}`).ok).toBe(true);
  });

  it('accepts exactly what JSON.parse accepts', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', '1', 'e', '-', '.', 'a', '\\', 'n', 'u', '\ufeff') }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let native = true;
        try {
          JSON.parse(text.replace(/^\ufeff/, ''));
        } catch {
          native = false;
        }
        expect(parseJson(text).ok).toBe(native);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('restoreScenario and depth', () => {
  it('refuses a value nested too deep with its JSON path, as a file or as an object', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const r = restoreScenario({ format: 'iam-playground/scenario', version: 1, title: deep });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([
      expect.objectContaining({ path: '/title' + '/0'.repeat(MAX_JSON_DEPTH - 1), message: 'nested deeper than 64 levels' }),
    ]);
  });

  it('reads a JSON string with a byte-order mark', () => {
    expect(restoreScenario(BOM + '{"format": "iam-playground/scenario", "version": 1}').ok).toBe(true);
  });
});
