import { isAccountId } from './arn';
import { pointer } from './issues';
import type { Scenario } from './scenarioSchema';

/**
 * The scenario's IAM identity providers, resolved: each with the ARN a trust policy names it by.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html
 */
export interface ResolvedIdentityProvider {
  type: 'saml' | 'oidc';
  /** `arn:aws:iam::ACCOUNT:saml-provider/NAME` or `arn:aws:iam::ACCOUNT:oidc-provider/HOST`. */
  arn: string;
  /** The SAML provider's name, or the OIDC provider's host (its URL without `https://`). */
  name: string;
  account: string;
  index: number;
  /** OIDC only: the audiences (client IDs) the provider accepts; undefined when the scenario does not say. */
  clientIds: string[] | undefined;
}

/**
 * Web identity providers AWS knows without an IAM identity provider: a trust policy names them by
 * host, `"Federated": "accounts.google.com"`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 */
export const BUILT_IN_WEB_IDENTITY_PROVIDERS: readonly string[] = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
];

export function samlProviderArn(account: string, name: string): string {
  return `arn:aws:iam::${account}:saml-provider/${name}`;
}

export function oidcProviderArn(account: string, host: string): string {
  return `arn:aws:iam::${account}:oidc-provider/${host}`;
}

/** The host an OIDC provider's ARN and claim keys use: the issuer URL without its scheme or final slash. */
export function oidcHost(url: string): string {
  return url.replace(/^https:\/\//i, '').replace(/\/+$/, '');
}

/** `arn:aws:iam::ACCOUNT:oidc-provider/HOST` → `HOST`, else null. */
export function oidcHostOfArn(arn: string): string | null {
  const m = /^arn:[^:]+:iam::\d{12}:oidc-provider\/(.+)$/.exec(arn);
  return m ? m[1]! : null;
}

/** SAML provider names: letters, digits and `_+=,.@-`, up to 128 characters (IAM's CreateSAMLProvider). */
const SAML_NAME = /^[\w+=,.@-]{1,128}$/;

/**
 * Resolves `identityProviders`: checks names and URLs the way IAM's CreateSAMLProvider and
 * CreateOpenIDConnectProvider do, and that no account registers one provider twice.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
 */
export function resolveIdentityProviders(
  scenario: Scenario,
  defaultAccount: string,
  error: (path: (string | number)[], message: string) => void,
): Map<string, ResolvedIdentityProvider> {
  const out = new Map<string, ResolvedIdentityProvider>();
  (scenario.identityProviders ?? []).forEach((p, i) => {
    const account = p.account ?? defaultAccount;
    if (!isAccountId(account)) error(['identityProviders', i, 'account'], `account id \`${account}\` must be 12 digits`);
    const at = (field: string) => ['identityProviders', i, field];
    // Each kind is named by its own field; the other kind's field would be silently ignored.
    const own = p.type === 'saml' ? 'name' : 'url';
    const other = p.type === 'saml' ? 'url' : 'name';
    const kind = p.type === 'saml' ? 'a SAML' : 'an OIDC';
    if (p[other] !== undefined) error(at(other), `${kind} provider has no \`${other}\`; it is named by \`${own}\``);
    if (p.type === 'saml' && p.clientIds !== undefined) error(at('clientIds'), '`clientIds` are the audiences of an OIDC provider');
    const value = p[own];
    if (value === undefined) {
      error(at(own), `${kind} provider needs \`${own}\``);
      return;
    }
    let arn: string;
    let name: string;
    if (p.type === 'saml') {
      name = value;
      if (!SAML_NAME.test(name)) error(at('name'), `\`${name}\` is not a SAML provider name (up to 128 letters, digits and \`_+=,.@-\`)`);
      arn = samlProviderArn(account, name);
    } else {
      if (!/^https:\/\/[^\s/]+/i.test(value))
        error(at('url'), `\`${value}\` is not an OIDC issuer URL: it must begin with \`https://\` and a host`);
      name = oidcHost(value);
      arn = oidcProviderArn(account, name);
    }
    const first = out.get(arn);
    if (first) {
      error(
        ['identityProviders', i],
        `identity provider \`${arn}\` is already defined (at ${pointer(['identityProviders', first.index])})`,
      );
      return;
    }
    out.set(arn, { type: p.type, arn, name, account, index: i, clientIds: p.type === 'oidc' ? p.clientIds : undefined });
  });
  return out;
}
