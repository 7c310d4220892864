import { describe, expect, it } from 'vitest';
import { parsePrincipalRef, restoreScenario, scenarioJsonSchema, type ScenarioIssue } from '../../src/model';

/** Identity providers in the format, federated principals in queries, and what validation says of them. */

const A = '111111111111';
const B = '222222222222';
const base = { format: 'iam-playground/scenario', version: 1, defaultAccount: A } as const;
const GITHUB = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
const providers = [
  { type: 'oidc', url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] },
  { type: 'saml', name: 'Okta', account: B },
];
const query = (more: object) => ({ action: 'sts:AssumeRoleWithWebIdentity', resource: `arn:aws:iam::${A}:role/Deploy`, ...more });

function issuesOf(input: object): { errors: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  const r = restoreScenario(input);
  return { errors: r.ok ? [] : r.errors, warnings: r.warnings };
}

describe('identity providers', () => {
  it('resolves SAML providers by name and OIDC providers by the host of their URL, each in its account', () => {
    const r = restoreScenario({
      ...base,
      identityProviders: [...providers, { type: 'oidc', url: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC/' }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect([...r.world.identityProviders.values()].map(({ arn, name, account, type }) => ({ arn, name, account, type }))).toEqual([
      { arn: GITHUB, name: 'token.actions.githubusercontent.com', account: A, type: 'oidc' },
      { arn: `arn:aws:iam::${B}:saml-provider/Okta`, name: 'Okta', account: B, type: 'saml' },
      {
        arn: `arn:aws:iam::${A}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC`,
        name: 'oidc.eks.eu-west-1.amazonaws.com/id/ABC',
        account: A,
        type: 'oidc',
      },
    ]);
    expect(r.world.identityProviders.get(GITHUB)?.clientIds).toEqual(['sts.amazonaws.com']);
    expect(r.world.accounts.has(B)).toBe(true);
  });

  it('refuses what IAM would: a URL without https, a bad SAML name, a provider registered twice, a missing field', () => {
    const { errors } = issuesOf({
      ...base,
      identityProviders: [
        { type: 'oidc', url: 'token.actions.githubusercontent.com' },
        { type: 'saml', name: 'has space' },
        { type: 'saml', name: 'Okta' },
        { type: 'saml', name: 'Okta' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['/identityProviders/0/url', '/identityProviders/1/name', '/identityProviders/3']);
    expect(errors[2]!.message).toContain('already defined (at /identityProviders/2)');
    expect(issuesOf({ ...base, identityProviders: [{ type: 'oidc' }] }).errors).toEqual([
      { path: '/identityProviders/0/url', message: 'an OIDC provider needs `url`', severity: 'error' },
    ]);
    expect(issuesOf({ ...base, identityProviders: [{ type: 'saml', url: 'https://x', clientIds: [] }] }).errors.map((e) => e.path)).toEqual(
      ['/identityProviders/0/url', '/identityProviders/0/clientIds', '/identityProviders/0/name'],
    );
    expect(issuesOf({ ...base, identityProviders: [{ type: 'ldap', name: 'x' }] }).errors).toEqual([
      { path: '/identityProviders/0/type', message: '`type` must be `saml` or `oidc`', severity: 'error' },
    ]);
  });

  it('is in the JSON Schema, with both kinds', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    expect(schema).toContain('"identityProviders"');
    expect(schema).toContain('"clientIds"');
    expect(schema).toContain('"federatingUser"');
  });
});

describe('principals in queries', () => {
  it.each([
    ['oidc-provider/token.actions.githubusercontent.com', { type: 'webIdentity', provider: GITHUB, account: A }],
    [GITHUB, { type: 'webIdentity', provider: GITHUB, account: A }],
    ['saml-provider/Okta', { type: 'saml', provider: `arn:aws:iam::${A}:saml-provider/Okta`, account: A }],
    ['accounts.google.com', { type: 'webIdentity', provider: 'accounts.google.com', account: undefined }],
    ['cognito-identity.amazonaws.com', { type: 'webIdentity', provider: 'cognito-identity.amazonaws.com', account: undefined }],
    ['federated-user/carol', { type: 'federatedUser', arn: `arn:aws:sts::${A}:federated-user/carol`, account: A, name: 'carol' }],
    ['ec2.amazonaws.com', { type: 'service', service: 'ec2.amazonaws.com' }],
  ])('reads %s', (text, expected) => {
    expect(parsePrincipalRef(text, A)).toEqual(expected);
  });

  it('refuses a federated user name GetFederationToken would not take', () => {
    expect(parsePrincipalRef('federated-user/x', A).type).toBe('invalid');
  });
});

describe('validation of federated queries', () => {
  const users = [{ name: 'broker' }, { name: 'other', account: B }];

  it('says where a query names an identity provider the scenario does not define', () => {
    const { errors } = issuesOf({
      ...base,
      identityProviders: providers,
      queries: [
        query({ name: 'ok', principal: 'oidc-provider/token.actions.githubusercontent.com' }),
        query({ name: 'missing', principal: 'oidc-provider/gitlab.com' }),
        query({ name: 'wrong account', principal: 'saml-provider/Okta', action: 'sts:AssumeRoleWithSAML' }),
        query({ name: 'built in', principal: 'accounts.google.com' }),
      ],
    });
    expect(errors).toEqual([
      {
        path: '/queries/1/principal',
        message: `query \`missing\` asks about identity provider \`arn:aws:iam::${A}:oidc-provider/gitlab.com\`, which the scenario does not define in \`identityProviders\``,
        severity: 'error',
      },
      {
        path: '/queries/2/principal',
        message: expect.stringContaining(`\`arn:aws:iam::${A}:saml-provider/Okta\`, which the scenario does not define`),
        severity: 'error',
      },
    ]);
  });

  it('needs the IAM user behind a federated user, in its own account', () => {
    const fed = (more: object) => ({ principal: 'federated-user/carol', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', ...more });
    const { errors } = issuesOf({
      ...base,
      users,
      queries: [
        fed({ federatingUser: 'user/broker' }),
        fed({ name: 'no user' }),
        fed({ federatingUser: 'user/ghost' }),
        fed({ federatingUser: `arn:aws:iam::${B}:user/other` }),
        fed({ federatingUser: 'role/Deploy' }),
        { principal: 'user/broker', action: 's3:GetObject', resource: '*', federatingUser: 'user/broker' },
      ],
    });
    const ignored = issuesOf({
      ...base,
      users,
      queries: [{ principal: 'user/broker', action: 's3:GetObject', resource: '*', federatingUser: 'user/broker' }],
    });
    expect(ignored.errors).toEqual([]);
    expect(ignored.warnings).toEqual([
      { path: '/queries/0/federatingUser', message: expect.stringContaining('so it is ignored'), severity: 'warning' },
    ]);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        '/queries/1/principal',
        expect.stringMatching(/^query `no user`: .*name the user that called sts:GetFederationToken in `federatingUser`/),
      ],
      ['/queries/2/federatingUser', `query 2: user \`arn:aws:iam::${A}:user/ghost\` does not exist in the scenario`],
      ['/queries/3/federatingUser', expect.stringContaining(`is in account ${B}, but the federated user's ARN names account ${A}`)],
      ['/queries/4/federatingUser', expect.stringContaining('is not an IAM user')],
    ]);
  });

  it('lets a federated user carry a session policy, and still refuses one on a user', () => {
    const sessionPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const { errors } = issuesOf({
      ...base,
      users,
      queries: [
        { principal: 'federated-user/carol', federatingUser: 'user/broker', action: 's3:GetObject', resource: '*', sessionPolicy },
        { principal: 'user/broker', action: 's3:GetObject', resource: '*', sessionPolicy },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['/queries/1/sessionPolicy']);
  });

  it('warns, at the value, about a trust policy naming a provider the scenario does not define', () => {
    const trust = (federated: string | string[]) => ({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: federated }, Action: 'sts:AssumeRoleWithWebIdentity' }],
    });
    const { errors, warnings } = issuesOf({
      ...base,
      identityProviders: providers,
      roles: [
        { name: 'Deploy', trustPolicy: trust(GITHUB) },
        { name: 'Gitlab', trustPolicy: trust(['accounts.google.com', `arn:aws:iam::${A}:oidc-provider/gitlab.com`]) },
      ],
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      {
        path: '/roles/1/trustPolicy/Statement/0/Principal/Federated/1',
        message: `identity provider \`arn:aws:iam::${A}:oidc-provider/gitlab.com\` is not defined in \`identityProviders\`, so nobody can assume role \`Gitlab\` through it`,
        severity: 'warning',
      },
    ]);
  });
});
