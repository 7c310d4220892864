import { describe, expect, it } from 'vitest';
import { ABSENT, commitStep, documentJson, minimalEdit, NEW_POLICY_TEXT, syncStep } from './documentSync';
import { formatJson } from './formatJson';

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };

describe('syncStep (store → text)', () => {
  it('ignores the echo of our own write', () => {
    expect(syncStep('{ "anything": 1 }', documentJson(doc), doc)).toEqual({ kind: 'none' });
  });

  it('keeps text that already says the same thing, whatever its layout', () => {
    const text = '{"Version":"2012-10-17",\n"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    expect(syncStep(text, 'older', doc)).toEqual({ kind: 'adopt', synced: documentJson(doc) });
  });

  it('rewrites the text when the store says something else (undo, graph edit)', () => {
    expect(syncStep('{"Statement": []}', 'older', doc)).toEqual({ kind: 'replace', synced: documentJson(doc), text: formatJson(doc) });
  });

  it('rewrites text that does not parse when the store changed this document', () => {
    expect(syncStep('{"Statement": [', 'older', doc).kind).toBe('replace');
  });

  it('shows a new policy when the document was removed but its owner remains', () => {
    expect(syncStep('{}', documentJson({}), undefined)).toEqual({ kind: 'replace', synced: ABSENT, text: NEW_POLICY_TEXT });
  });
});

describe('commitStep (text → store)', () => {
  it('never writes text that does not parse, and says where it breaks', () => {
    const step = commitStep('{\n  "Version": "2012-10-17"\n  "Statement": []\n}', documentJson(doc), false);
    expect(step.kind).toBe('syntaxError');
    if (step.kind === 'syntaxError') expect(step.errors[0]?.location.line).toBe(3);
  });

  it('rejects comments and trailing commas, as AWS does', () => {
    expect(commitStep('{"a": 1,}', 'x', false).kind).toBe('syntaxError');
    expect(commitStep('{"a": 1} // note', 'x', false).kind).toBe('syntaxError');
  });

  it('writes a new value once, then sees it as unchanged', () => {
    const step = commitStep(JSON.stringify(doc), 'older', false);
    expect(step).toEqual({ kind: 'write', value: doc, synced: documentJson(doc) });
    expect(commitStep(formatJson(doc), documentJson(doc), false)).toEqual({ kind: 'unchanged' });
  });

  it('keeps a scenario that is not an object in the editor only', () => {
    expect(commitStep('[]', 'x', true)).toEqual({ kind: 'notAScenario' });
    expect(commitStep('null', 'x', true)).toEqual({ kind: 'notAScenario' });
    expect(commitStep('null', 'x', false).kind).toBe('write');
  });
});

describe('minimalEdit', () => {
  it('replaces only the part that differs', () => {
    expect(minimalEdit('"Effect": "Allow"', '"Effect": "Deny"')).toEqual({ start: 11, end: 16, text: 'Deny' });
    expect(minimalEdit('abc', 'abc')).toEqual({ start: 3, end: 3, text: '' });
    expect(minimalEdit('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' });
    expect(minimalEdit('', 'x')).toEqual({ start: 0, end: 0, text: 'x' });
  });

  it('always turns before into after', () => {
    for (const [before, after] of [
      ['abcabc', 'abc'],
      ['ab', 'abab'],
      ['{"a":1}', '{"b":1}'],
      ['xyz', ''],
    ] as const) {
      const e = minimalEdit(before, after);
      expect(before.slice(0, e.start) + e.text + before.slice(e.end)).toBe(after);
    }
  });
});
