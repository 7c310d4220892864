import { describe, expect, it } from 'vitest';
import starter from '../examples/starter.json' with { type: 'json' };
import { AnalysisClient } from './analysisClient';
import { handleAnalysis, searchManagedPolicies } from './handleAnalysis';

const listing = ['AmazonS3ExpressReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'ReadOnlyAccess'].map((name) => ({
  name,
  arn: `arn:aws:iam::aws:policy/${name}`,
  path: '/',
  description: name === 'AmazonEC2ReadOnlyAccess' ? 'Provides read only access to Amazon EC2 via the AWS Management Console.' : undefined,
}));

describe('the analysis worker, run in-thread', () => {
  it('searches managed policies by every word, best names first, shorter names before longer ones', () => {
    expect(searchManagedPolicies(listing, 's3 read', 10).matches.map((p) => p.name)).toEqual([
      'AmazonS3ReadOnlyAccess',
      'AmazonS3ExpressReadOnlyAccess',
    ]);
    expect(searchManagedPolicies(listing, 'readonly', 10).matches[0]!.name).toBe('ReadOnlyAccess');
    expect(searchManagedPolicies(listing, 'management console', 10)).toEqual({ total: 1, matches: [listing[2]] });
    expect(searchManagedPolicies(listing, '', 2)).toMatchObject({ total: 4, matches: { length: 2 } });
  });

  it('reads a world revision once: a question that leaves the world out is answered from it, or asks for it again', async () => {
    const revision = 9_001;
    const chains = (scenario: unknown) => ({
      id: 1,
      type: 'roleChains' as const,
      worldRevision: revision,
      scenario,
      principal: 'user/priya',
    });
    // Never sent for this revision: the worker says so instead of answering about nothing.
    expect(await handleAnalysis(chains(undefined))).toEqual({ id: 1, ok: false, needWorld: true });
    const withWorld = await handleAnalysis(chains(starter));
    expect(withWorld.ok).toBe(true);
    expect(await handleAnalysis(chains(undefined))).toEqual(withWorld);
    // The client sends the world once, and again when the worker no longer holds it.
    const client = new AnalysisClient(null);
    const ask = (worldRevision: number) =>
      client
        .ask({ type: 'roleChains', worldRevision, scenario: starter, principal: 'user/priya' })
        .then((o) => o.status === 'done' && o.value);
    expect(await ask(revision + 1)).toEqual(await ask(revision + 1));
    await handleAnalysis({ ...chains(starter), worldRevision: revision + 2 }); // another revision came in between
    expect(await ask(revision + 1)).toEqual((withWorld as { value: unknown }).value);
  });

  it('answers findings, completion, summaries and managed policy searches through the client', async () => {
    const client = new AnalysisClient(null);
    const findings = await client.ask({ type: 'findings', scenario: starter });
    expect(findings.status).toBe('done');
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObj"}]}';
    const offset = text.indexOf('s3:GetObj') + 'S3:GetObj'.length;
    const completion = await client.ask({ type: 'complete', text, offset, kind: 'identity' });
    if (completion.status !== 'done') throw new Error('stale');
    expect(completion.value.map((i) => i.label)).toContain('s3:GetObject');
    const summary = await client.ask({ type: 'summary', document: JSON.parse(text.replace('GetObj', 'GetObject')) as unknown });
    if (summary.status !== 'done') throw new Error('stale');
    expect(summary.value.allow.map((s) => s.service)).toEqual(['s3']);
    const managed = await client.ask({ type: 'managedPolicies', search: 'ReadOnlyAccess', limit: 1 });
    if (managed.status !== 'done') throw new Error('stale');
    expect(managed.value.matches[0]!.arn).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
  });

  it('lets a newer request of a type supersede an older one of that type only', async () => {
    const client = new AnalysisClient(null);
    const first = client.ask({ type: 'expand', pattern: 's3:Get*' });
    const second = client.ask({ type: 'expand', pattern: 's3:List*' });
    const other = client.ask({ type: 'catalogInfo' });
    expect((await first).status).toBe('stale');
    const latest = await second;
    if (latest.status !== 'done') throw new Error('stale');
    expect(latest.value.actions.every((a) => a.id.startsWith('s3:List'))).toBe(true);
    expect((await other).status).toBe('done');
  });
});

describe('the can-assume edges the graph draws', () => {
  it('are the engine’s definite edges and the conditional ones, from one pass over the world, queries left out', async () => {
    const { permissiveCatalog, restoreScenario } = await import('../model');
    const { compileScenario, computeAssumeEdges } = await import('../engine');
    const edgesOf = async (file: string, worldRevision: number) => {
      const { default: doc } = (await import(`../examples/library/${file}.json`)) as { default: Record<string, unknown> };
      const restored = restoreScenario(doc, permissiveCatalog);
      if (!restored.ok) throw new Error(`${file} restores`);
      const answer = await handleAnalysis({ id: 3, type: 'assumeEdges', worldRevision, scenario: { ...doc, queries: [{ bad: true }] } });
      if (!answer.ok || !('value' in answer)) throw new Error(JSON.stringify(answer));
      const value = answer.value as { definite: unknown[]; conditional: { keys: string[] }[] };
      expect(value.definite).toEqual(computeAssumeEdges(compileScenario(restored.scenario, restored.world)));
      return value;
    };
    // Example 14's chain is definite; example 5's trust policy asks for MFA, so its edge is conditional.
    expect((await edgesOf('14-role-chain', 9_101)).definite).toHaveLength(1);
    const mfa = await edgesOf('05-cross-account-assume-role', 9_102);
    expect(mfa.definite).toEqual([]);
    expect(mfa.conditional.map((e) => e.keys)).toContainEqual(['aws:MultiFactorAuthPresent']);
  });
});
