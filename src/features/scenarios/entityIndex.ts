import { defaultAccountOf, iamArn, oidcHost, oidcProviderArn, samlProviderArn, type Scenario } from '../../model';
import { attachedAwsManagedPolicies } from '../../store/editorTabs';

/** The sidebar's entity list: per account, per kind, with graph node ids and editable documents. */
export interface EntityItem {
  name: string;
  nodeId: string;
  documentPath?: string;
  /** For an AWS managed policy: its ARN (the document opens read-only from the catalog). */
  arn?: string;
}

/** The pseudo-account under which AWS managed policies in use are listed. */
export const AWS_MANAGED_GROUP = 'aws';

export interface AccountEntities {
  account: string;
  alias?: string;
  kinds: { kind: string; items: EntityItem[] }[];
}

export function entitiesByAccount(scenario: Scenario): AccountEntities[] {
  const def = defaultAccountOf(scenario);
  const byAccount = new Map<string, Map<string, EntityItem[]>>();
  const add = (account: string | undefined, kind: string, item: EntityItem) => {
    const a = account ?? def;
    const kinds = byAccount.get(a) ?? new Map<string, EntityItem[]>();
    byAccount.set(a, kinds);
    const items = kinds.get(kind);
    if (items) items.push(item);
    else kinds.set(kind, [item]);
  };
  scenario.users?.forEach((u) =>
    add(u.account, 'Users', { name: u.name, nodeId: `user:${iamArn(u.account ?? def, 'user', u.path, u.name)}` }),
  );
  scenario.groups?.forEach((g) =>
    add(g.account, 'Groups', { name: g.name, nodeId: `group:${iamArn(g.account ?? def, 'group', g.path, g.name)}` }),
  );
  scenario.roles?.forEach((r, i) =>
    add(r.account, 'Roles', {
      name: r.name,
      nodeId: `role:${iamArn(r.account ?? def, 'role', r.path, r.name)}`,
      documentPath: r.trustPolicy ? `/roles/${i}/trustPolicy` : undefined,
    }),
  );
  scenario.identityProviders?.forEach((p) => {
    // Named as the graph names them; a provider without its name or URL is the validator's to report.
    const account = p.account ?? def;
    const name = p.type === 'saml' ? p.name : p.url === undefined ? undefined : oidcHost(p.url);
    if (name === undefined) return;
    const arn = p.type === 'saml' ? samlProviderArn(account, name) : oidcProviderArn(account, name);
    add(p.account, 'Identity providers', { name, nodeId: `provider:${arn}` });
  });
  scenario.policies?.forEach((p, i) =>
    add(p.account, 'Policies', {
      name: p.name,
      nodeId: `policy:${iamArn(p.account ?? def, 'policy', p.path, p.name)}`,
      documentPath: `/policies/${i}/document`,
    }),
  );
  scenario.resources?.forEach((r, i) =>
    add(r.account ?? /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(r.arn)?.[1] ?? undefined, 'Resources', {
      name: r.arn.replace(/^arn:[^:]+:/, ''),
      nodeId: `resource:${r.arn}`,
      documentPath: r.policy ? `/resources/${i}/policy` : undefined,
    }),
  );
  const aliases = new Map((scenario.accounts ?? []).map((a) => [a.id, a.alias]));
  const accounts: AccountEntities[] = [...byAccount.entries()].map(([account, kinds]) => ({
    account,
    alias: aliases.get(account),
    kinds: [...kinds.entries()].map(([kind, items]) => ({ kind, items })),
  }));
  // AWS managed policies belong to no account of the scenario: listed apart, as the graph draws them.
  const managed = attachedAwsManagedPolicies(scenario);
  if (managed.length > 0) {
    accounts.push({
      account: AWS_MANAGED_GROUP,
      kinds: [{ kind: 'Policies', items: managed.map((arn) => ({ name: arn.split('/').pop() ?? arn, nodeId: `policy:${arn}`, arn })) }],
    });
  }
  return accounts;
}
