import { describe, expect, it } from 'vitest';
import { cursorContext, elementStrings, presentKeys, scanString } from './cursorContext';
import { cursor } from './testing';
import type { DocumentKind } from './types';

function contextAt(marked: string, kind: DocumentKind = 'identity') {
  const { text, offset } = cursor(marked);
  return cursorContext(text, offset, kind);
}

const slotAt = (marked: string, kind: DocumentKind = 'identity') => contextAt(marked, kind)?.slot ?? null;

describe('the slot under the cursor', () => {
  it.each([
    ['|', { type: 'documentValue' }],
    ['{|}', { type: 'documentKey' }],
    ['{"Version": "|"}', { type: 'version' }],
    ['{"Statement": |}', { type: 'statementsValue' }],
    ['{"Statement": [|]}', { type: 'statementElement' }],
    ['{"Statement": [{}, |]}', { type: 'statementElement' }],
    ['{"Statement": [{"|"}]}', { type: 'statementKey' }],
    ['{"Statement": {"Effect": "Allow", "|"}}', { type: 'statementKey' }],
    ['{"Statement": [{"Effect": "|"}]}', { type: 'effect' }],
    ['{"Statement": [{"Action": "s3:G|"}]}', { type: 'action', negated: false }],
    ['{"Statement": [{"NotAction": ["a:b", "s3:|"]}]}', { type: 'action', negated: true }],
    ['{"Statement": [{"Resource": "|"}]}', { type: 'resource', negated: false }],
    ['{"Statement": [{"NotResource": ["|"]}]}', { type: 'resource', negated: true }],
    ['{"Statement": [{"Principal": |}]}', { type: 'principalValue', negated: false }],
    ['{"Statement": [{"Principal": {"|"}}]}', { type: 'principalKey' }],
    ['{"Statement": [{"Principal": {"AWS": ["|"]}}]}', { type: 'principalTypeValue', principalType: 'AWS' }],
    ['{"Statement": [{"Condition": {"|"}}]}', { type: 'operatorKey' }],
    ['{"Statement": [{"Condition": {"StringLike": {"|"}}}]}', { type: 'conditionKeyKey', operator: 'StringLike' }],
    [
      '{"Statement": [{"Condition": {"Bool": {"aws:SecureTransport": "|"}}}]}',
      { type: 'conditionValue', operator: 'Bool', key: 'aws:SecureTransport' },
    ],
    ['{"Statement": [{"Sid": "|"}]}', { type: 'none' }],
    ['{"Id": "|"}', { type: 'none' }],
  ])('%s', (marked, slot) => {
    expect(slotAt(marked)).toEqual(slot);
  });

  it('follows incomplete JSON while it is typed', () => {
    expect(slotAt('{"Statement": [{"Effect": "Allow", "Action": "s3:Ge|')).toEqual({ type: 'action', negated: false });
    expect(slotAt('{"Statement": [{"Effect": "Allow", "Action": [\n  "s3:Ge|\n')).toEqual({ type: 'action', negated: false });
    expect(slotAt('{"Statement": [{"Effect": "Allow", "Con|\n')).toEqual({ type: 'statementKey' });
    expect(slotAt('{"Statement": [{"Condition": {"StringEquals": {"s3:pr|\n')).toEqual({
      type: 'conditionKeyKey',
      operator: 'StringEquals',
    });
  });

  it('takes a key typed without its comma after the previous property as a property name', () => {
    expect(slotAt('{"Statement": [{"Effect": "Allow"\n "Act|"}]}')).toEqual({ type: 'statementKey' });
  });

  it('offers nothing just outside a string, nor where a value is already there', () => {
    expect(contextAt('{"Statement": [{"Action": "s3:Get"|}]}')).toBeNull();
    expect(contextAt('{"Statement": [{"Action": |"s3:Get"}]}')).toBeNull();
    expect(contextAt('{"Statement": [{"Action": ["a:b", |"s3:Get"]}]}')).toBeNull();
  });
});

describe('the token a completion replaces', () => {
  it('is a closed string with both its quotes', () => {
    const marked = '{"Statement": [{"Action": "s3:Ge|tO"}]}';
    const token = contextAt(marked)!.token;
    expect(token.quoted).toBe(true);
    expect(token.prefix).toBe('s3:Ge');
    expect(cursor(marked).text.slice(token.span.start, token.span.end)).toBe('"s3:GetO"');
  });

  it('is an unterminated string only up to the cursor, never the rest of its line', () => {
    const marked = '{"Statement": [{"Effect": "Allow", "Ac|}]}';
    const { text } = cursor(marked);
    const token = contextAt(marked)!.token;
    expect(text.slice(token.span.start, token.span.end)).toBe('"Ac');
    expect(token.next).toBe('}');
  });

  it('ends an unterminated string at a CRLF line break too', () => {
    const marked = '{"Statement": [{"Action": [\r\n  "s3:Ge|\r\n  "s3:PutObject"]}]}';
    const token = contextAt(marked)!.token;
    expect(cursor(marked).text.slice(token.span.start, token.span.end)).toBe('"s3:Ge');
    expect(token.next).toBe('"');
  });

  it('is a bare word when no quote is typed, and empty where nothing is typed', () => {
    const marked = '{"Statement": [{"Effect": "Allow", Act|}]}';
    const token = contextAt(marked)!.token;
    expect(token.quoted).toBe(false);
    expect(cursor(marked).text.slice(token.span.start, token.span.end)).toBe('Act');
    const empty = contextAt('{"Statement": [{"Effect": |}]}')!.token;
    expect(empty.span.start).toBe(empty.span.end);
  });

  it('knows whether a colon or another property follows', () => {
    expect(contextAt('{"Statement": [{"Eff|": "Allow"}]}')!.token.next).toBe(':');
    expect(contextAt('{"Statement": [{"|" "Effect": "Allow"}]}')!.token.next).toBe('"');
  });
});

describe('policy documents inside a scenario', () => {
  const scenario = (inner: string) => `{"format": "iam-playground/scenario", "version": 1, ${inner}}`;

  it.each<[string, string]>([
    ['"policies": [{"name": "p", "document": {"Statement": [{"Effect": "|"}]}}]', 'identity'],
    ['"users": [{"name": "u", "inlinePolicies": [{"name": "i", "document": {"Statement": [{"Effect": "|"}]}}]}]', 'identity'],
    ['"groups": [{"name": "g", "inlinePolicies": [{"name": "i", "document": {"Statement": [{"Effect": "|"}]}}]}]', 'identity'],
    ['"roles": [{"name": "r", "inlinePolicies": [{"name": "i", "document": {"Statement": [{"Effect": "|"}]}}]}]', 'identity'],
    ['"roles": [{"name": "r", "trustPolicy": {"Statement": [{"Effect": "|"}]}}]', 'trust'],
    ['"resources": [{"arn": "arn:aws:s3:::b", "policy": {"Statement": [{"Effect": "|"}]}}]', 'resource'],
    ['"queries": [{"name": "q", "sessionPolicy": {"Statement": [{"Effect": "|"}]}}]', 'session'],
    ['"organization": {"policies": [{"name": "x", "type": "rcp", "document": {"Statement": [{"Effect": "|"}]}}]}', 'rcp'],
    ['"organization": {"policies": [{"name": "x", "type": "scp", "document": {"Statement": [{"Effect": "|"}]}}]}', 'scp'],
    // `type` after the document, or not written yet: still found, SCP by default.
    ['"organization": {"policies": [{"name": "x", "document": {"Statement": [{"Effect": "|"}]}, "type": "rcp"}]}', 'rcp'],
    ['"organization": {"policies": [{"name": "x", "document": {"Statement": [{"Effect": "|"}]}}]}', 'scp'],
  ])('%s is a %s policy', (inner, kind) => {
    const ctx = contextAt(scenario(inner), 'scenario');
    expect(ctx?.kind).toBe(kind);
    expect(ctx?.slot).toEqual({ type: 'effect' });
  });

  it('is nothing outside the policy documents', () => {
    expect(contextAt(scenario('"title": "|"'), 'scenario')).toBeNull();
    expect(contextAt(scenario('"roles": [{"name": "|"}]'), 'scenario')).toBeNull();
    expect(contextAt(scenario('"roles": [{"trustPol|": {}}]'), 'scenario')).toBeNull();
    expect(contextAt(scenario('"queries": [{"action": "s3:Get|"}]'), 'scenario')).toBeNull();
  });

  it('finds the value where a whole document goes', () => {
    expect(slotAt(scenario('"roles": [{"name": "r", "trustPolicy": |}]'), 'scenario')).toEqual({ type: 'documentValue' });
    expect(slotAt(scenario('"roles": [{"name": "r", "trustPolicy": {|}}]'), 'scenario')).toEqual({ type: 'documentKey' });
  });
});

describe('reading the statement', () => {
  it('lists its properties without the one being typed, and the strings of an element', () => {
    const ctx = contextAt('{"Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:Put*"], "Reso|": 1}]}')!;
    expect([...presentKeys(ctx.statement, ctx.token)].sort()).toEqual(['Action', 'Effect']);
    expect(elementStrings(ctx.statement, 'Action')).toEqual(['s3:GetObject', 's3:Put*']);
    expect(elementStrings(ctx.statement, 'Resource')).toEqual([]);
  });
});

describe('scanString', () => {
  it('skips escaped quotes and stops at a line break', () => {
    expect(scanString('"a\\"b" x', 0)).toEqual({ end: 6, terminated: true });
    expect(scanString('"ab\n"', 0)).toEqual({ end: 3, terminated: false });
    expect(scanString('"ab', 0)).toEqual({ end: 3, terminated: false });
  });
});
