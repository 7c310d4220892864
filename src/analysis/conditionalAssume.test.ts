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

  it('makes an identity provider a caller: a trust with a sub condition waits on the claim, one without holds outright', () => {
    const A = '111111111111';
    const github = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
    const role = (name: string, condition?: object) => ({
      name,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: github },
            Action: 'sts:AssumeRoleWithWebIdentity',
            ...(condition ? { Condition: condition } : {}),
          },
        ],
      },
    });
    const { scenario, world } = load({
      format: 'iam-playground/scenario',
      version: 1,
      defaultAccount: A,
      identityProviders: [{ type: 'oidc', url: 'https://token.actions.githubusercontent.com' }],
      roles: [
        role('Pinned', { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' } }),
        role('Open'),
        role('Denied', { StringEquals: { 'aws:FederatedProvider': 'accounts.google.com' } }),
      ],
    });
    const definite = computeAssumeEdges(compileScenario(scenario, world));
    expect(definite).toEqual([{ from: github, to: `arn:aws:iam::${A}:role/Open` }]);
    // aws:FederatedProvider is a fact of the caller, not a value the request may choose: no edge to Denied.
    expect(conditionalAssumeEdges(scenario, world, definite)).toEqual([
      { from: github, to: `arn:aws:iam::${A}:role/Pinned`, keys: ['token.actions.githubusercontent.com:sub'] },
    ]);
  });
});
