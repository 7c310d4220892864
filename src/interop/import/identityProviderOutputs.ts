import type { SourcePlace } from './importReport';
import type { FieldTable, JsonObject, JsonPath, SourceReader } from './sourceReader';

/**
 * An account's IAM identity providers as the AWS CLI prints them, in a bundle's `identityProviders`:
 * - `listOpenIDConnectProviders`: outputs of `aws iam list-open-id-connect-providers`, one per
 *   account (each provider's ARN, which holds its account and issuer host);
 * - `getOpenIDConnectProvider`: optional, `{ openIdConnectProviderArn, output }` for
 *   `aws iam get-open-id-connect-provider --open-id-connect-provider-arn …`, whose `ClientIDList`
 *   gives the audiences the provider accepts;
 * - `listSAMLProviders`: outputs of `aws iam list-saml-providers`, one per account.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/list-open-id-connect-providers.html
 * https://docs.aws.amazon.com/cli/latest/reference/iam/get-open-id-connect-provider.html
 * https://docs.aws.amazon.com/cli/latest/reference/iam/list-saml-providers.html
 */

export type ReadIdentityProvider =
  | { type: 'oidc'; arn: string; account: string; host: string; clientIds?: string[]; place: SourcePlace }
  | { type: 'saml'; arn: string; account: string; name: string; place: SourcePlace };

const PROVIDERS_FIELDS: FieldTable = { listOpenIDConnectProviders: 'read', getOpenIDConnectProvider: 'read', listSAMLProviders: 'read' };

const NO_CHECK = 'the playground takes the provider on trust: it checks no certificate and no metadata';
const NO_DATES = 'dates decide no request in the playground';
const NO_TAGS = 'a provider\u2019s own tags decide no request the playground evaluates';

const OIDC_FIELDS: FieldTable = {
  Url: 'read',
  ClientIDList: 'read',
  ThumbprintList: NO_CHECK,
  CreateDate: NO_DATES,
  Tags: NO_TAGS,
};
const SAML_ENTRY_FIELDS: FieldTable = { Arn: 'read', ValidUntil: NO_DATES, CreateDate: NO_DATES };

const OIDC_ARN = /^arn:aws:iam::(\d{12}):oidc-provider\/(.+)$/;
const SAML_ARN = /^arn:aws:iam::(\d{12}):saml-provider\/(.+)$/;

export function readIdentityProviders(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadIdentityProvider[] {
  reader.fields(obj, at, PROVIDERS_FIELDS);
  const out: ReadIdentityProvider[] = [];
  for (const [key, listKey, type] of [
    ['listOpenIDConnectProviders', 'OpenIDConnectProviderList', 'oidc'],
    ['listSAMLProviders', 'SAMLProviderList', 'saml'],
  ] as const) {
    reader.list(obj, key, at).forEach((output, i) => {
      const oat = [...at, key, i];
      const listed = reader.object(output, oat, `each entry of \`${key}\` (what the command printed)`);
      if (!listed) return;
      reader.fields(listed, oat, { [listKey]: 'read' });
      reader.list(listed, listKey, oat).forEach((entry, j) => {
        const eat = [...oat, listKey, j];
        const provider = reader.object(entry, eat, `each entry of \`${listKey}\``);
        if (!provider) return;
        reader.fields(provider, eat, type === 'oidc' ? { Arn: 'read' } : SAML_ENTRY_FIELDS);
        const arn = reader.requiredString(provider, 'Arn', eat);
        const read = arn === undefined ? undefined : providerOf(reader, arn, type, [...eat, 'Arn']);
        if (read) out.push(read);
      });
    });
  }
  reader.list(obj, 'getOpenIDConnectProvider', at).forEach((entry, i) => {
    const eat = [...at, 'getOpenIDConnectProvider', i];
    const asked = reader.object(entry, eat, 'each entry of `getOpenIDConnectProvider`');
    if (!asked) return;
    reader.fields(asked, eat, { openIdConnectProviderArn: 'read', output: 'read' });
    const arn = reader.requiredString(asked, 'openIdConnectProviderArn', eat);
    const output = reader.object(asked['output'], [...eat, 'output'], '`output` (what the command printed)');
    if (arn === undefined || !output) return;
    const read = providerOf(reader, arn, 'oidc', [...eat, 'openIdConnectProviderArn']);
    if (read?.type !== 'oidc') return;
    const oat = [...eat, 'output'];
    reader.fields(output, oat, OIDC_FIELDS);
    // The output gives the issuer without its scheme; it must be the one the ARN names.
    const url = reader.optionalString(output, 'Url', oat);
    if (url !== undefined && url.replace(/^https:\/\//, '').replace(/\/$/, '') !== read.host) {
      reader.error([...oat, 'Url'], `\`Url\` is \`${url}\`, but the ARN asked about names the issuer \`${read.host}\``);
      return;
    }
    const ids = reader.list(output, 'ClientIDList', oat);
    const clientIds = ids.filter((id, k): id is string => {
      if (typeof id === 'string' && id.length > 0) return true;
      reader.error([...oat, 'ClientIDList', k], 'each client ID must be a non-empty string');
      return false;
    });
    out.push({ ...read, place: reader.place(eat), ...(output['ClientIDList'] !== undefined ? { clientIds } : {}) });
  });
  return out;
}

function providerOf(reader: SourceReader, arn: string, type: 'oidc' | 'saml', at: JsonPath): ReadIdentityProvider | undefined {
  const m = (type === 'oidc' ? OIDC_ARN : SAML_ARN).exec(arn);
  if (!m) {
    reader.error(
      at,
      type === 'oidc'
        ? `\`${arn}\` is not an OpenID Connect provider's ARN (arn:aws:iam::ACCOUNT:oidc-provider/HOST)`
        : `\`${arn}\` is not a SAML provider's ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME)`,
    );
    return undefined;
  }
  const place = reader.place(at.slice(0, -1));
  return type === 'oidc' ? { type, arn, account: m[1]!, host: m[2]!, place } : { type, arn, account: m[1]!, name: m[2]!, place };
}
