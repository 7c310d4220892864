import type { ScenarioNames } from '../../analysis/completion';
import { defaultAccountOf, iamArn, oidcHost, oidcProviderArn, samlProviderArn, type Scenario } from '../../model';

/** What the scenario names, for completion in its policies (see completeScenarioNames). */
export function scenarioNames(scenario: Scenario): ScenarioNames {
  const def = defaultAccountOf(scenario);
  const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);
  const principals = new Set<string>();
  for (const u of list(scenario.users)) if (typeof u?.name === 'string') principals.add(iamArn(u.account ?? def, 'user', u.path, u.name));
  for (const r of list(scenario.roles)) if (typeof r?.name === 'string') principals.add(iamArn(r.account ?? def, 'role', r.path, r.name));
  for (const a of new Set([def, ...list(scenario.accounts).map((a) => a?.id)]))
    if (typeof a === 'string') principals.add(`arn:aws:iam::${a}:root`);
  const resources = new Set<string>();
  for (const r of list(scenario.resources)) {
    if (typeof r?.arn !== 'string') continue;
    resources.add(r.arn);
    // A bucket's objects are what most statements are about.
    if (/^arn:aws[a-z-]*:s3:::[^/]+$/.test(r.arn)) resources.add(`${r.arn}/*`);
  }
  const providers: string[] = [];
  for (const p of list(scenario.identityProviders)) {
    const account = typeof p?.account === 'string' ? p.account : def;
    if (p?.type === 'saml' && typeof p.name === 'string') providers.push(samlProviderArn(account, p.name));
    if (p?.type === 'oidc' && typeof p.url === 'string') providers.push(oidcProviderArn(account, oidcHost(p.url)));
  }
  return { principals: [...principals], resources: [...resources], providers };
}
