import { describe, expect, it } from 'vitest';
import { labelOf, switchablePolicies } from '../../src/features/access/WhatIfPicker';

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
