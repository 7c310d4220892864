import { describe, expect, it } from 'vitest';
import crossAccount from '../examples/library/05-cross-account-assume-role.json' with { type: 'json' };
import instanceRole from '../examples/library/03-ec2-instance-role.json' with { type: 'json' };
import { compileScenario, computeAssumeEdges } from '../engine';
import { restoreScenario } from '../model';
import { conditionalAssumeEdges } from './conditionalAssume';

const load = (input: unknown) => {
  const restored = restoreScenario(input);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return restored;
};

describe('conditionalAssumeEdges', () => {
  it('finds who could assume a role with the right request context, and which keys it takes', () => {
    const { scenario, world } = load(crossAccount); // the trust policy requires MFA
    const definite = computeAssumeEdges(compileScenario(scenario, world));
    expect(definite).toEqual([]);
    expect(conditionalAssumeEdges(scenario, world, definite)).toEqual([
      {
        from: 'arn:aws:iam::111111111111:user/ana',
        to: 'arn:aws:iam::222222222222:role/ProdReadOnly',
        keys: ['aws:MultiFactorAuthPresent'],
      },
    ]);
    // Bo is trusted by account B, but no policy of A lets him call sts:AssumeRole: no edge, with or without MFA.
  });

  it('does not repeat edges that hold without any context', () => {
    const { scenario, world } = load(instanceRole);
    const definite = computeAssumeEdges(compileScenario(scenario, world));
    expect(definite.length).toBeGreaterThan(0);
    expect(conditionalAssumeEdges(scenario, world, definite)).toEqual([]);
  });
});
