import type { PolicyDocument } from './policyDocumentSchema';
import type { Scenario } from './scenarioSchema';
import { oidcHost } from './identityProviders';
import { readableStatementsOf } from './policyPrincipals';

/** Suggestions for the query builder, drawn from the scenario itself. */
export interface QueryOptions {
  principals: string[];
  actions: string[];
  resources: string[];
  contextKeys: string[];
}

const COMMON_CONTEXT_KEYS = [
  'aws:MultiFactorAuthPresent',
  'aws:MultiFactorAuthAge',
  'aws:SourceIp',
  'aws:RequestedRegion',
  'aws:SecureTransport',
  'aws:CurrentTime',
  'aws:PrincipalOrgID',
  'aws:SourceVpce',
  'aws:TagKeys',
];

export function queryOptions(scenario: Scenario): QueryOptions {
  const principals: string[] = [];
  const actions = new Set<string>();
  const resources = new Set<string>();
  const keys = new Set<string>(COMMON_CONTEXT_KEYS);
  const def = scenario.defaultAccount ?? scenario.accounts?.[0]?.id ?? '123456789012';
  const collect = (doc: PolicyDocument | null | undefined) => {
    if (!doc) return;
    // The store may hold a document still being typed: read it defensively.
    for (const s of readableStatementsOf(doc)) {
      for (const a of list(s.Action)) if (a !== '*' && !a.endsWith('*')) actions.add(a);
      for (const r of list(s.Resource)) if (r !== '*' && !r.includes('${')) resources.add(r.replace(/\/\*$/, '/example'));
      const condition: unknown = s.Condition;
      if (typeof condition !== 'object' || condition === null) continue;
      for (const byKey of Object.values(condition as Record<string, unknown>))
        if (typeof byKey === 'object' && byKey !== null) for (const k of Object.keys(byKey)) keys.add(k);
    }
  };
  for (const u of scenario.users ?? []) {
    principals.push((u.account ?? def) === def ? `user/${u.name}` : `arn:aws:iam::${u.account}:user${u.path ?? '/'}${u.name}`);
    u.inlinePolicies?.forEach((p) => collect(p.document));
  }
  for (const r of scenario.roles ?? []) {
    principals.push((r.account ?? def) === def ? `role/${r.name}` : `arn:aws:iam::${r.account}:role${r.path ?? '/'}${r.name}`);
    r.inlinePolicies?.forEach((p) => collect(p.document));
    collect(r.trustPolicy);
    resources.add(`arn:aws:iam::${r.account ?? def}:role${r.path ?? '/'}${r.name}`);
  }
  scenario.groups?.forEach((g) => g.inlinePolicies?.forEach((p) => collect(p.document)));
  scenario.policies?.forEach((p) => collect(p.document));
  scenario.resources?.forEach((r) => {
    resources.add(r.arn);
    collect(r.policy);
  });
  scenario.organization?.policies.forEach((p) => collect(p.document));
  // Identity providers ask for roles with their own STS action, named as a query's principal names them.
  for (const p of scenario.identityProviders ?? []) {
    const id = p.type === 'saml' ? p.name : p.url === undefined ? undefined : oidcHost(p.url);
    if (id === undefined) continue;
    const kind = p.type === 'saml' ? 'saml-provider' : 'oidc-provider';
    principals.push((p.account ?? def) === def ? `${kind}/${id}` : `arn:aws:iam::${p.account}:${kind}/${id}`);
    actions.add(p.type === 'saml' ? 'sts:AssumeRoleWithSAML' : 'sts:AssumeRoleWithWebIdentity');
  }
  const accounts = new Set([def, ...(scenario.accounts ?? []).map((a) => a.id)]);
  for (const a of accounts) principals.push(`arn:aws:iam::${a}:root`);
  principals.push('ec2.amazonaws.com', 'lambda.amazonaws.com', 'anonymous');
  actions.add('sts:AssumeRole');
  return { principals, actions: [...actions].sort(), resources: [...resources].sort(), contextKeys: [...keys].sort() };
}

function list(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
