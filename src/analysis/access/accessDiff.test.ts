import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine';
import { permissiveCatalog, restoreScenario, worldPartOf, type Scenario } from '../../model';
import bucketPolicy from '../../examples/library/10-bucket-policy-cross-account.json';
import { accessDiff, type DiffSide } from './accessDiff';

function side(s: unknown): DiffSide {
  // The world alone, as the diff compares it: a query about a deleted user is not the diff's business.
  const restored = restoreScenario(worldPartOf(s), permissiveCatalog);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return { scenario: restored.scenario, world: restored.world, compiled: compileScenario(restored.scenario, restored.world) };
}
const clone = (s: unknown) => JSON.parse(JSON.stringify(s)) as Scenario;

describe('what an edit changes', () => {
  const before = bucketPolicy as Scenario;

  it('no edit, no change', () => {
    const d = accessDiff(side(before), side(clone(before)));
    expect(d.gained).toEqual([]);
    expect(d.lost).toEqual([]);
    // Nothing differs, so no principal needs asking again.
    expect(d.evaluations).toBe(0);
  });

  it('opening the bucket policy to everyone gains anonymous reads; dropping Anna loses hers', () => {
    const after = clone(before);
    const statements = [after.resources![0]!.policy!.Statement].flat();
    statements[0]!.Principal = '*';
    after.resources![0]!.policy!.Statement = statements.filter((s) => s.Sid !== 'AnnaReads');
    const d = accessDiff(side(before), side(after));
    expect(d.gained).toContainEqual({ principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::shared-data/example' });
    // Anna is now let in by the statement that names everyone: no loss for her.
    expect(d.lost.filter((c) => c.principal.endsWith('user/anna'))).toEqual([]);
  });

  it('deleting a user loses what it could do; adding a grant gains exactly it', () => {
    const after = clone(before);
    after.users = after.users!.filter((u) => u.name !== 'bruno');
    after.users.find((u) => u.name === 'carla')!.inlinePolicies = [
      {
        name: 'put',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shared-data/*' }],
        },
      },
    ];
    const d = accessDiff(side(before), side(after));
    expect(d.lost).toContainEqual({
      principal: 'arn:aws:iam::222222222222:user/bruno',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::shared-data/example',
    });
    expect(d.gained).toEqual([
      { principal: 'arn:aws:iam::222222222222:user/carla', action: 's3:GetObject', resource: 'arn:aws:s3:::shared-data/example' },
    ]);
  });
});
