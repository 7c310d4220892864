import { describe, expect, it } from 'vitest';
import { locateIssues } from './documentIssues';
import { editorStatus, type EditorProblem } from './editorStatus';
import { parseJsonText } from './parseJsonText';

const problem = (p: Partial<EditorProblem>): EditorProblem => ({
  owner: 'json',
  severity: 'error',
  line: 1,
  column: 1,
  message: 'm',
  ...p,
});

describe('editorStatus', () => {
  it('says valid when nothing is wrong, and counts warnings', () => {
    expect(editorStatus([], [])).toEqual({ tone: 'valid', text: 'valid', warnings: 0 });
    expect(editorStatus([], [problem({ severity: 'warning' })])).toEqual({ tone: 'valid', text: 'valid', warnings: 1 });
  });

  it('shows a syntax error first, with its line', () => {
    const parsed = parseJsonText('{\n  "a": 1\n  "b": 2\n}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(editorStatus(parsed.errors, [problem({ line: 1, owner: 'iam-engine' })]).text).toBe('Line 3: invalid JSON: comma expected');
  });

  it('shows the first schema or engine error by position', () => {
    const status = editorStatus(
      [],
      [problem({ line: 9, message: 'late' }), problem({ line: 4, owner: 'iam-engine', message: 'unknown group `Ops`' })],
    );
    expect(status).toEqual({ tone: 'error', text: 'Line 4: unknown group `Ops`', warnings: 0 });
  });

  it('ignores syntax markers the JSON worker has not cleared yet once the text parses', () => {
    expect(editorStatus([], [problem({ code: '514', message: 'Expected comma' })]).text).toBe('valid');
    expect(editorStatus([], [problem({ code: '520', message: 'Duplicate object key' })]).text).toBe('Line 1: Duplicate object key');
  });
});

describe('locateIssues', () => {
  it('finds the exact range of the value a pointer names', () => {
    const text = '{\n  "Statement": [\n    { "Effect": "Alow" }\n  ]\n}';
    const [issue] = locateIssues(text, [{ path: '/Statement/0/Effect', message: 'bad effect', severity: 'error' }]);
    expect(issue?.location).toMatchObject({ line: 3, column: 7 });
    expect(text.slice(issue!.location.offset, issue!.location.offset + issue!.location.length)).toBe('"Effect": "Alow"');
  });
});
