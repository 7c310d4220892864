import { describe, expect, it } from 'vitest';
import { expectFinding, expectNoFinding, policy, useCatalog, type Passes, type Triggers } from './testing';

const { findings } = useCatalog();

const TRUST = '/roles/0/trustPolicy';
const ST = `${TRUST}/Statement/0`;
const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const EKS = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE';
const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = 'token.actions.githubusercontent.com:aud';

const trust = (federated: string | string[], condition?: object, action: string | string[] = 'sts:AssumeRoleWithWebIdentity') =>
  policy({ Effect: 'Allow', Principal: { Federated: federated }, Action: action, ...(condition ? { Condition: condition } : {}) });
const onTrust = { kind: 'trust' as const, basePath: TRUST };

const triggers: Triggers[] = [
  {
    name: 'a GitHub trust with no condition',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB),
    message: 'has no condition on `token.actions.githubusercontent.com:sub`: any workload',
  },
  {
    name: 'a GitHub trust that tests only the audience',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB, { StringEquals: { [AUD]: 'sts.amazonaws.com' } }),
  },
  {
    name: 'a sub that leaves the owner open',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB, { StringLike: { [SUB]: ['repo:*', 'repo:acme*/app:*'] } }),
    message: 'leaves the repository owner open: any GitHub repository',
  },
  {
    name: 'a sub condition that holds without the key',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB, { StringEqualsIfExists: { [SUB]: 'repo:acme/app:ref:refs/heads/main' } }),
  },
  {
    name: 'a negated sub condition',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB, { StringNotLike: { [SUB]: 'repo:evil/*' } }),
  },
  {
    name: 'an EKS provider trusted for any service account',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated/1`,
    doc: trust([GITHUB, EKS], {
      StringEquals: { [SUB]: 'repo:acme/app:ref:refs/heads/main' },
      StringLike: { 'oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:sub': '*' },
    }),
    message: 'leaves the subject open',
  },
  {
    name: 'a trust through sts:AssumeRoleWith*',
    code: 'oidc-trust-without-sub',
    severity: 'security',
    path: `${ST}/Principal/Federated`,
    doc: trust(GITHUB, undefined, 'sts:AssumeRoleWith*'),
  },
  {
    name: 'every repository of the organization',
    code: 'github-sub-org-wildcard',
    severity: 'warning',
    path: `${ST}/Condition/StringLike/${SUB}`,
    doc: trust(GITHUB, { StringLike: { [SUB]: 'repo:acme/*' } }),
    message: 'lets every repository and branch of the GitHub organization `acme` assume the role',
  },
  {
    name: 'every repository’s main branch',
    code: 'github-sub-org-wildcard',
    severity: 'warning',
    path: `${ST}/Condition/StringLike/${SUB}/1`,
    doc: trust(GITHUB, { StringLike: { [SUB]: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/*:ref:refs/heads/main'] } }),
  },
  {
    name: 'StringLike on an audience without a wildcard',
    code: 'like-without-wildcard',
    severity: 'warning',
    path: `${ST}/Condition/StringLike/${AUD}`,
    doc: trust(GITHUB, { StringLike: { [AUD]: 'sts.amazonaws.com', [SUB]: 'repo:acme/app:*' } }),
    message:
      '`StringLike` compares `token.actions.githubusercontent.com:aud` with `sts.amazonaws.com`, which has no wildcard: `StringEquals`',
  },
  {
    name: 'StringLike on a SAML attribute without a wildcard',
    code: 'like-without-wildcard',
    severity: 'warning',
    path: `${ST}/Condition/ForAnyValue:StringLike/saml:edupersonaffiliation`,
    doc: policy({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/Okta' },
      Action: 'sts:AssumeRoleWithSAML',
      Condition: { 'ForAnyValue:StringLike': { 'saml:edupersonaffiliation': 'staff' } },
    }),
    message: '`ForAnyValue:StringEquals` says what is meant',
  },
];
for (const t of triggers) Object.assign(t, onTrust);

const passes: Passes[] = [
  {
    name: 'a pinned repository and branch',
    code: 'oidc-trust-without-sub',
    doc: trust(GITHUB, { StringEquals: { [SUB]: 'repo:acme/app:ref:refs/heads/main' } }),
  },
  {
    name: 'a sub key written in another case',
    code: 'oidc-trust-without-sub',
    doc: trust(GITHUB, { StringEquals: { 'Token.Actions.GitHubUserContent.com:SUB': 'repo:acme/app:environment:prod' } }),
  },
  { name: 'a repository, any branch', code: 'github-sub-org-wildcard', doc: trust(GITHUB, { StringLike: { [SUB]: 'repo:acme/app:*' } }) },
  { name: 'repositories by prefix', code: 'github-sub-org-wildcard', doc: trust(GITHUB, { StringLike: { [SUB]: 'repo:acme/app-*' } }) },
  { name: 'a built-in provider (its claims are not OIDC subjects)', code: 'oidc-trust-without-sub', doc: trust('accounts.google.com') },
  {
    name: 'a SAML provider',
    code: 'oidc-trust-without-sub',
    doc: trust('arn:aws:iam::111122223333:saml-provider/Okta', undefined, 'sts:AssumeRoleWithSAML'),
  },
  { name: 'a statement for another action', code: 'oidc-trust-without-sub', doc: trust(GITHUB, undefined, 'sts:TagSession') },
  { name: 'StringLike with a wildcard', code: 'like-without-wildcard', doc: trust(GITHUB, { StringLike: { [SUB]: 'repo:acme/app:*' } }) },
  {
    name: 'StringLike with a policy variable',
    code: 'like-without-wildcard',
    doc: trust(GITHUB, { StringLike: { [SUB]: '${aws:PrincipalTag/x}' } }),
  },
  {
    name: 'StringLike on a global key (not a claim)',
    code: 'like-without-wildcard',
    doc: trust(GITHUB, { StringLike: { 'aws:PrincipalTag/team': 'web', [SUB]: 'repo:acme/app:*' } }),
  },
];
for (const p of passes) Object.assign(p, onTrust);

describe('federation findings', () => {
  it.each(triggers)('$code: $name', (c) => expectFinding(findings(c.doc, c.kind, c.basePath), c));
  it.each(passes)('no $code: $name', (c) => expectNoFinding(findings(c.doc, c.kind, c.basePath), c.code));

  it('reads trust policies only: an identity policy cannot name a provider', () => {
    const found = findings(trust(GITHUB), 'identity');
    expect(found.filter((f) => f.code === 'oidc-trust-without-sub')).toEqual([]);
  });

  it('reports one missing sub per provider, not per condition', () => {
    const found = findings(trust(GITHUB, { StringEquals: { [AUD]: 'sts.amazonaws.com' }, StringLike: { [AUD]: 's*' } }), 'trust', TRUST);
    expect(found.filter((f) => f.code === 'oidc-trust-without-sub')).toHaveLength(1);
  });
});
