import { describe, expect, it } from 'vitest';
import { permissiveCatalog, restoreScenario, type PolicyDocument, type Scenario } from '../../model';
import bucketPolicy from '../../examples/library/10-bucket-policy-cross-account.json';
import crossAccount from '../../examples/library/05-cross-account-assume-role.json';
import githubActions from '../../examples/library/16-github-actions-oidc.json';
import { accessInputOf } from './accessInput';
import { whoCan, type WhoCanInput } from './whoCan';

function inputOf(s: unknown): WhoCanInput {
  const restored = restoreScenario(s, permissiveCatalog);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return accessInputOf(restored.scenario, restored.world);
}

const allow = (Action: string, Resource: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource }],
});

describe('who can', () => {
  it('lists an identity provider that reaches a resource through the role it assumes, given the token’s claims', () => {
    const answer = whoCan(inputOf(githubActions), 's3:PutObject', 'arn:aws:s3:::acme-web-app-site/index.html');
    const github = answer.principals.find((p) => p.kind === 'provider');
    expect(github).toMatchObject({
      principal: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      decision: 'conditional',
      via: ['arn:aws:iam::111122223333:role/GitHubDeploy'],
      conditional: ['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub'],
    });
    // The preview role cannot write, so no chain through it is listed.
    expect(answer.principals.filter((p) => p.kind === 'provider')).toHaveLength(1);
  });

  it('finds everyone the engine allows on a cross-account bucket, and no one it does not', () => {
    const answer = whoCan(inputOf(bucketPolicy), 's3:GetObject', 'arn:aws:s3:::shared-data/2026.parquet');
    const byPrincipal = new Map(answer.principals.map((p) => [p.principal, p]));
    // Anna: named by the bucket policy. Bruno: his own policy and the bucket policy's grant to his account.
    expect(byPrincipal.get('arn:aws:iam::111111111111:user/anna')?.decision).toBe('allowed');
    expect(byPrincipal.get('arn:aws:iam::222222222222:user/bruno')?.decision).toBe('allowed');
    // Carla is in the trusted account but her own account grants her nothing.
    expect(byPrincipal.has('arn:aws:iam::222222222222:user/carla')).toBe(false);
    expect(byPrincipal.get('arn:aws:iam::222222222222:root')?.decision).toBe('allowed');
    expect(byPrincipal.has('anonymous')).toBe(false);
    // The statements that decided are named, with their place in the document.
    const anna = byPrincipal.get('arn:aws:iam::111111111111:user/anna')!;
    expect(anna.statements).toContainEqual(expect.objectContaining({ sid: 'AnnaReads', path: '/resources/0/policy/Statement/1' }));
  });

  it('lists a principal allowed only through an MFA-guarded role chain, with the chain and the key it needs', () => {
    const answer = whoCan(inputOf(crossAccount), 'ec2:DescribeInstances', '*');
    const viaRole = answer.principals.filter((p) => p.via.length > 0);
    expect(viaRole.map((p) => p.principal)).toContain('arn:aws:iam::111111111111:user/ana');
    // Bo has no permission to assume the role: the trust policy alone is not enough.
    expect(answer.principals.map((p) => p.principal)).not.toContain('arn:aws:iam::111111111111:user/bo');
    for (const p of viaRole) {
      expect(p.decision).toBe('conditional');
      expect(p.conditional).toContain('aws:MultiFactorAuthPresent');
    }
  });

  it('follows multi-hop chains and stops at cycles', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      users: [
        { name: 'dev', inlinePolicies: [{ name: 'hop', document: allow('sts:AssumeRole', 'arn:aws:iam::123456789012:role/first') }] },
      ],
      roles: [
        {
          name: 'first',
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/dev' }, Action: 'sts:AssumeRole' },
              { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/second' }, Action: 'sts:AssumeRole' },
            ],
          },
          inlinePolicies: [{ name: 'hop', document: allow('sts:AssumeRole', 'arn:aws:iam::123456789012:role/second') }],
        },
        {
          name: 'second',
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/first' }, Action: 'sts:AssumeRole' }],
          },
          inlinePolicies: [
            { name: 'read', document: allow('s3:GetObject', 'arn:aws:s3:::vault/*') },
            { name: 'back', document: allow('sts:AssumeRole', 'arn:aws:iam::123456789012:role/first') },
          ],
        },
      ],
    };
    const answer = whoCan(inputOf(s), 's3:GetObject', 'arn:aws:s3:::vault/key');
    const dev = answer.principals.find((p) => p.principal === 'arn:aws:iam::123456789012:user/dev');
    expect(dev).toMatchObject({
      decision: 'allowed',
      via: ['arn:aws:iam::123456789012:role/first', 'arn:aws:iam::123456789012:role/second'],
    });
    expect(answer.principals.find((p) => p.principal.endsWith('role/first'))?.via).toEqual(['arn:aws:iam::123456789012:role/second']);
  });

  it('names anonymous for a public bucket, and a service principal named in a resource policy', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      resources: [
        {
          arn: 'arn:aws:s3:::site',
          policy: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
              {
                Effect: 'Allow',
                Principal: { Service: 'cloudfront.amazonaws.com' },
                Action: 's3:PutObject',
                Resource: 'arn:aws:s3:::site/*',
              },
            ],
          },
        },
      ],
    };
    const read = whoCan(inputOf(s), 's3:GetObject', 'arn:aws:s3:::site/index.html');
    expect(read.principals.map((p) => p.principal)).toContain('anonymous');
    const write = whoCan(inputOf(s), 's3:PutObject', 'arn:aws:s3:::site/index.html');
    // The account's root user has full access in its own account; anyone else only by the policy.
    expect(write.principals.map((p) => p.principal).sort()).toEqual(['arn:aws:iam::123456789012:root', 'cloudfront.amazonaws.com']);
  });

  it('for an action pattern, lists which of its actions each principal is allowed', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      users: [{ name: 'reader', inlinePolicies: [{ name: 'r', document: allow('s3:Get*', '*') }] }],
    };
    const answer = whoCan(inputOf(s), 's3:*Object', 'arn:aws:s3:::b/k', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject']);
    const reader = answer.principals.find((p) => p.principal.endsWith('user/reader'));
    expect(reader?.actions).toEqual(['s3:GetObject']);
  });
});
