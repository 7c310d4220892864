import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine';
import { permissiveCatalog, restoreScenario, type Query, type Scenario } from '../../model';
import mfa from '../../examples/library/07-mfa-required.json';
import region from '../../examples/library/08-single-region.json';
import explicitDeny from '../../examples/library/09-explicit-deny.json';
import githubActions from '../../examples/library/16-github-actions-oidc.json';
import { contextToAllow, type DiscoveryInput } from './contextToAllow';

function inputOf(s: unknown): DiscoveryInput {
  const r = restoreScenario(s, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, world: r.world, compiled: compileScenario(r.scenario, r.world) };
}
const queryOf = (s: unknown, i: number): Query => {
  const { context: _context, expect: _expect, ...q } = (s as Scenario).queries![i]!;
  return q;
};

describe('what request context would allow a denied query', () => {
  it('an MFA-guarded deny: the request needs MFA, and the value is checked to work', () => {
    const found = contextToAllow(inputOf(mfa), queryOf(mfa, 2));
    expect(found).toEqual({ outcome: 'fixable', context: { 'aws:MultiFactorAuthPresent': true }, keys: ['aws:MultiFactorAuthPresent'] });
  });

  it('a GitHub workflow without claims: the sub and aud the trust policy names', () => {
    const found = contextToAllow(inputOf(githubActions), queryOf(githubActions, 0));
    expect(found).toEqual({
      outcome: 'fixable',
      context: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
        'token.actions.githubusercontent.com:sub': 'repo:acme/web-app:ref:refs/heads/main',
      },
      keys: ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub'],
    });
  });

  it('a region condition: the region the grant names', () => {
    const found = contextToAllow(inputOf(region), queryOf(region, 3));
    expect(found).toMatchObject({ outcome: 'fixable', context: { 'aws:RequestedRegion': 'eu-west-1' } });
  });

  it('an explicit deny without conditions, or a missing grant, cannot be fixed by context, and says why', () => {
    expect(contextToAllow(inputOf(explicitDeny), queryOf(explicitDeny, 1))).toMatchObject({
      outcome: 'unfixable',
      reason: expect.stringMatching(/explicit deny/),
    });
    const missing = contextToAllow(inputOf(region), { principal: 'user/sam', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    expect(missing).toMatchObject({ outcome: 'unfixable', reason: expect.stringMatching(/no statement grants/) });
  });

  it('a source IP range: an address inside it', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      users: [
        {
          name: 'office',
          inlinePolicies: [
            {
              name: 'ip',
              document: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 's3:GetObject',
                    Resource: '*',
                    Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
                  },
                ],
              },
            },
          ],
        },
      ],
    };
    expect(contextToAllow(inputOf(s), { principal: 'user/office', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' })).toMatchObject({
      outcome: 'fixable',
      context: { 'aws:SourceIp': '203.0.113.0' },
    });
  });

  it('an allowed query needs nothing', () => {
    expect(contextToAllow(inputOf(mfa), queryOf(mfa, 3))).toEqual({ outcome: 'allowed' });
  });
});
