import { describe, expect, it } from 'vitest';
import crossAccount from '../examples/library/05-cross-account-assume-role.json' with { type: 'json' };
import { analysisPassFor } from './analysisPass';

describe('one analysis pass per world revision', () => {
  it('restores and compiles once per revision and shares what it derives', async () => {
    const first = await analysisPassFor(101, crossAccount);
    expect(first.restored.ok).toBe(true);
    expect(await analysisPassFor(101, crossAccount)).toBe(first);
    const edges = first.definiteAssumeEdges();
    expect(first.definiteAssumeEdges()).toBe(edges);
    expect(first.conditionalAssumeEdges()).toBe(first.conditionalAssumeEdges());
    const next = await analysisPassFor(102, crossAccount);
    expect(next).not.toBe(first);
  });

  it('leaves the queries out: a half-typed query does not take the world analyses down', async () => {
    const halfTyped = { ...crossAccount, queries: [{ principal: 'nobody-yet' }] };
    const pass = await analysisPassFor(103, halfTyped);
    expect(pass.restored.ok).toBe(true);
    // Example 5's trust policy asks for MFA: ana's way into the role is a conditional edge.
    expect(pass.conditionalAssumeEdges().map((e) => e.keys)).toContainEqual(['aws:MultiFactorAuthPresent']);
    expect(pass.conditionalAssumeEdges().length).toBe((await analysisPassFor(104, crossAccount)).conditionalAssumeEdges().length);
  });

  it('has no edges for a world that does not restore', async () => {
    const pass = await analysisPassFor(105, { format: 'iam-playground/scenario', version: 1, users: {} });
    expect(pass.restored.ok).toBe(false);
    expect(pass.definiteAssumeEdges()).toEqual([]);
    expect(pass.conditionalAssumeEdges()).toEqual([]);
  });
});
