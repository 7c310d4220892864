import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../src/engine';
import { queryPasses } from '../../src/features/queries/useNoNewAccess';

const result = (pass: boolean | null) => ({ pass }) as QueryResult;
const gained = [{ principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }];

describe('whether a query passes, with its noNewAccess assertion', () => {
  it('is its expectation alone without the assertion, or until the comparison is in', () => {
    expect(queryPasses(result(true), undefined)).toBe(true);
    expect(queryPasses(result(null), undefined)).toBeNull();
    expect(queryPasses(result(false), { gained: null })).toBe(false);
    expect(queryPasses(result(null), { gained: null })).toBeNull();
  });

  it('fails when either fails, and holds when the assertion holds and the expectation does not fail', () => {
    expect(queryPasses(result(null), { gained: [] })).toBe(true);
    expect(queryPasses(result(true), { gained })).toBe(false);
    expect(queryPasses(result(false), { gained: [] })).toBe(false);
    expect(queryPasses(result(true), { gained: [] })).toBe(true);
  });
});
