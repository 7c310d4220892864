import { describe, expect, it } from 'vitest';
import { identityOf, labelOf, switchablePolicies } from '../../src/features/access/WhatIfPicker';

const policy = (name: string, account?: string) => ({
  name,
  ...(account ? { account } : {}),
  document: { Version: '2012-10-17', Statement: [{ Sid: 'One', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
});

describe('what the what-if picker names', () => {
  it('tells two policies of one name apart, and leaves out session policies', () => {
    const doc = {
      policies: [policy('Admin', '111111111111'), policy('Admin', '222222222222'), policy('Read')],
      queries: [{ principal: 'role/R', action: 's3:GetObject', resource: '*', sessionPolicy: policy('s').document }],
    };
    const labels = switchablePolicies(doc).map((p) => p.label);
    expect(labels).toEqual(['Admin · /policies/0/document', 'Admin · /policies/1/document', 'Read']);
  });

  it('names a pick only while its pointer still holds the same policy and statement', () => {
    const doc = { policies: [policy('First'), policy('Second')] };
    const second = { document: '/policies/1/document', statement: 0 };
    expect(labelOf(doc, second)).toBe('Second / statement 1 · One (Allow)');
    // The first policy deleted: the pointer now names nothing; a new one there is not the same.
    expect(labelOf({ policies: [policy('Second')] }, second)).toBeNull();
    const moved = labelOf({ policies: [policy('Second'), policy('Third')] }, second);
    expect(moved).toBe('Third / statement 1 · One (Allow)');
    expect(moved).not.toBe(labelOf(doc, second));
    expect(labelOf(doc, { document: '/policies/1/document', statement: 3 })).toBeNull();
  });
});

describe('what a pick is, beyond its label', () => {
  const noSid = (action: string) => ({ Effect: 'Allow', Action: action, Resource: '*' });
  const doc = (statements: object[]) => ({ policies: [{ name: 'P', document: { Version: '2012-10-17', Statement: statements } }] });
  const first = { document: '/policies/0/document', statement: 0 };

  it('tells statements without a Sid apart by their text, so a deletion that moves the next one up is not the same pick', () => {
    const before = doc([noSid('s3:GetObject'), noSid('s3:PutObject')]);
    const after = doc([noSid('s3:PutObject')]);
    expect(labelOf(before, first)).toBe(labelOf(after, first));
    expect(identityOf(before, first)).not.toBe(identityOf(after, first));
  });

  it('keeps a statement with a Sid the same pick through edits to it, and a whole policy through any edit', () => {
    const sid = (action: string) => doc([{ Sid: 'Read', ...noSid(action) }]);
    expect(identityOf(sid('s3:GetObject'), first)).toBe(identityOf(sid('s3:Get*'), first));
    expect(identityOf(sid('s3:GetObject'), { document: '/policies/0/document' })).toBe('P');
  });
});
