import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, computeAssumeEdges, evaluateQuery } from '../../src/engine';
import { restoreScenario, type ScenarioInput } from '../../src/model';
import { caseFilesIn } from './caseFiles';

/**
 * The graph's can-assume edges skip callers that cannot be allowed without a full evaluation.
 * Whatever is skipped must be a pair the engine denies: the edges between users and roles are
 * exactly the pairs a full evaluation of every pair allows.
 */
function everyAllowedPair(input: unknown): string[] {
  const restored = restoreScenario(input);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  const cs = compileScenario(restored.scenario, restored.world);
  const callers = [...restored.world.users.keys(), ...restored.world.roles.keys()];
  const pairs: string[] = [];
  for (const role of restored.world.roles.keys())
    for (const from of callers) {
      if (from === role) continue;
      const { decision } = evaluateQuery(cs, { principal: from, action: 'sts:AssumeRole', resource: role, sessionName: 'graph' });
      if (decision === 'allowed') pairs.push(`${from} → ${role}`);
    }
  return pairs.sort();
}

function graphPairs(input: unknown): string[] {
  const restored = restoreScenario(input);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  const identities = new Set([...restored.world.users.keys(), ...restored.world.roles.keys()]);
  return computeAssumeEdges(compileScenario(restored.scenario, restored.world))
    .filter((e) => identities.has(e.from))
    .map((e) => `${e.from} → ${e.to}`)
    .sort();
}

const trustAccount = (condition?: Record<string, Record<string, string>>) => ({
  Version: '2012-10-17' as const,
  Statement: [
    {
      Effect: 'Allow' as const,
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
      ...(condition ? { Condition: condition } : {}),
    },
  ],
});

/** Account-root trust, direct trust, STS allowed by a group, by a wildcard, by NotAction, and not at all. */
const delegation: ScenarioInput = {
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: '111122223333',
  policies: [
    { name: 'assume-all', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } },
    { name: 'everything', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    { name: 'not-s3', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }] } },
    { name: 'read', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
  ],
  groups: [{ name: 'assumers', managedPolicies: ['assume-all'] }],
  users: [
    { name: 'in-group', groups: ['assumers'] },
    { name: 'admin', managedPolicies: ['everything'] },
    { name: 'not-s3', managedPolicies: ['not-s3'] },
    { name: 'reader', managedPolicies: ['read'] },
    { name: 'named', managedPolicies: ['read'] },
  ],
  roles: [
    { name: 'Delegated', trustPolicy: trustAccount() },
    { name: 'WithMfa', trustPolicy: trustAccount({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }) },
    {
      name: 'Direct',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/named' }, Action: 'sts:AssumeRole' }],
      },
    },
    { name: 'Chained', managedPolicies: ['assume-all'], trustPolicy: trustAccount() },
  ],
};

describe('can-assume edges', () => {
  it('are every pair the engine allows when trust names only the account, the caller, or the caller through a group', () => {
    const pairs = everyAllowedPair(delegation);
    expect(pairs).toContain('arn:aws:iam::111122223333:user/in-group → arn:aws:iam::111122223333:role/Delegated');
    expect(pairs).toContain('arn:aws:iam::111122223333:user/named → arn:aws:iam::111122223333:role/Direct');
    expect(pairs).toContain('arn:aws:iam::111122223333:role/Chained → arn:aws:iam::111122223333:role/Delegated');
    expect(pairs.some((p) => p.includes('user/reader'))).toBe(false);
    expect(graphPairs(delegation)).toEqual(pairs);
  });

  const dirs = [join(import.meta.dirname, '../../src/examples'), join(import.meta.dirname, '../../src/examples/library')];
  it.each(dirs.flatMap((d) => caseFilesIn(d).map((f) => join(d, f))))('are every pair the engine allows in %s', (file) => {
    const input = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(graphPairs(input)).toEqual(everyAllowedPair(input));
  });
});
