import type { ConditionKeyType } from '../../catalog';

/**
 * The claim keys of the identity providers a trust statement names in `Principal.Federated`: the
 * keys its conditions test (`token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`,
 * `saml:aud`…). They are named after the provider's host, which can be any, so the service catalog
 * lists only some; completion offers the right ones for the statement's own providers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
 */
export interface ProviderKey {
  key: string;
  type: ConditionKeyType;
  description: string;
}

type Claim = [name: string, type: ConditionKeyType, description: string];

const AUD: Claim = ['aud', 'String', 'The audience (client ID) the token was issued for'];
const SUB: Claim = ['sub', 'String', 'The subject: who or what the provider vouches for'];

/** Claims of IAM OIDC providers: every one has `aud` and `sub`; GitHub's `sub` says which workflow. */
const OIDC: readonly Claim[] = [AUD, SUB];
const GITHUB: readonly Claim[] = [
  ['aud', 'String', 'The audience of the GitHub token: `sts.amazonaws.com` for the official AWS action'],
  ['sub', 'String', 'The workflow: `repo:OWNER/REPO:ref:refs/heads/BRANCH`, `…:environment:NAME`, `…:pull_request`'],
];

/** The built-in web identity providers' claims, as the IAM User Guide lists them. */
const BUILT_IN: Readonly<Record<string, readonly Claim[]>> = {
  'cognito-identity.amazonaws.com': [
    ['aud', 'String', 'The Amazon Cognito identity pool ID'],
    ['sub', 'String', 'The Amazon Cognito identity ID of the user'],
    ['amr', 'ArrayOfString', 'How the user signed in: `unauthenticated`, or `authenticated` and the login provider'],
  ],
  'accounts.google.com': [
    ['aud', 'String', 'The Google OAuth 2.0 client ID of the app (`azp` when set)'],
    ['oaud', 'String', 'The Google audience (`aud`) the ID token is intended for'],
    ['sub', 'String', 'The Google user ID'],
  ],
  'graph.facebook.com': [
    ['app_id', 'String', 'The Facebook application ID'],
    ['id', 'String', 'The Facebook user ID'],
  ],
  'www.amazon.com': [
    ['app_id', 'String', 'The Login with Amazon application ID'],
    ['user_id', 'String', 'The Login with Amazon user ID'],
  ],
};

/** The SAML keys a trust policy tests most; the catalog has the rest of `saml:*`. */
const SAML: readonly Claim[] = [
  ['aud', 'String', 'The endpoint the assertion is presented to (its `Recipient`), e.g. `https://signin.aws.amazon.com/saml`'],
  ['sub', 'String', 'The subject of the assertion: the user, as the identity provider identifies them'],
  ['sub_type', 'String', '`persistent`, `transient`, or the full `Format` URI of the NameID'],
  ['iss', 'String', 'The issuer of the assertion, a URN'],
  ['doc', 'String', 'The provider that was used: `ACCOUNT-ID/PROVIDER-NAME`'],
];

function claimsOf(provider: string): { prefix: string; claims: readonly Claim[] } | null {
  const builtIn = BUILT_IN[provider];
  if (builtIn) return { prefix: provider, claims: builtIn };
  const arn = /^arn:[^:]+:iam::[^:]*:(oidc|saml)-provider\/(.+)$/.exec(provider);
  if (!arn) return null;
  if (arn[1] === 'saml') return { prefix: 'saml', claims: SAML };
  const host = arn[2]!;
  return { prefix: host, claims: /^token\.actions\.githubusercontent\.com$/i.test(host) ? GITHUB : OIDC };
}

/** The claim keys of every provider in `federated`, each once. */
export function providerKeys(federated: readonly string[]): ProviderKey[] {
  const out = new Map<string, ProviderKey>();
  for (const provider of federated) {
    const found = claimsOf(provider.trim());
    if (!found) continue;
    for (const [name, type, description] of found.claims) {
      const key = `${found.prefix}:${name}`;
      if (!out.has(key.toLowerCase())) out.set(key.toLowerCase(), { key, type, description });
    }
  }
  return [...out.values()];
}

/** Key prefixes of the providers in `federated` (`token.actions.githubusercontent.com:`, `saml:`), lower case. */
export function providerPrefixes(federated: readonly string[]): string[] {
  return [...new Set(providerKeys(federated).map((k) => k.key.slice(0, k.key.lastIndexOf(':') + 1).toLowerCase()))];
}

/**
 * A claim key read on its own (for hover), without the statement around it: a built-in
 * provider's claim, a SAML key, or `HOST:aud`/`HOST:sub` of an OIDC host.
 */
export function claimKey(key: string): ProviderKey | undefined {
  const colon = key.lastIndexOf(':');
  if (colon <= 0) return undefined;
  const prefix = key.slice(0, colon).toLowerCase();
  const name = key.slice(colon + 1).toLowerCase();
  const provider =
    prefix === 'saml'
      ? 'arn:aws:iam::000000000000:saml-provider/x'
      : Object.hasOwn(BUILT_IN, prefix)
        ? prefix
        : /[./]/.test(prefix)
          ? `arn:aws:iam::000000000000:oidc-provider/${prefix}`
          : null;
  if (provider === null) return undefined;
  return providerKeys([provider]).find((k) => k.key.slice(k.key.lastIndexOf(':') + 1).toLowerCase() === name);
}
