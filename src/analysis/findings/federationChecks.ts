import { parseOperator } from '../../engine';
import type { AnalysisContext } from './analysisContext';
import { at, conditionEntries, isObject, type ConditionEntry, type DocumentView, type Entry, type StatementView } from './policyView';
import type { FindingSink } from './rules';

/**
 * The well-known mistakes of trust policies for federation: an OIDC provider trusted without a
 * condition on the token's `sub` (any workload the provider issues tokens for may assume the role),
 * a GitHub `sub` that lets in every repository of an organization, and `StringLike` without a
 * wildcard, where `StringEquals` was meant.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
 */
export function federationChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  if (doc.kind !== 'trust') return;
  for (const s of doc.statements) {
    if (s.effect !== 'Allow') continue;
    const providers = federatedEntries(s);
    if (providers.length === 0) continue;
    const conditions = conditionEntries(s);
    if (allowsWebIdentity(s, ctx)) {
      for (const provider of providers) {
        const host = oidcHostOf(provider.value);
        if (host !== null) subChecks(provider, host, conditions, sink);
      }
    }
    likeChecks(conditions, sink);
  }
}

/** `Principal.Federated` values, each with its pointer. */
function federatedEntries(s: StatementView): Entry[] {
  const principal = s.raw.Principal;
  if (!isObject(principal)) return [];
  const base = at(s.path, 'Principal', 'Federated');
  const value = principal.Federated;
  if (typeof value === 'string') return [{ value, path: base }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, i) => (typeof v === 'string' ? [{ value: v, path: at(base, i) }] : []));
}

/** The statement's actions take in sts:AssumeRoleWithWebIdentity. */
function allowsWebIdentity(s: StatementView, ctx: AnalysisContext): boolean {
  const names = (value: string) => value === '*' || (value.includes(':') && ctx.actionMatcher(value)('sts:AssumeRoleWithWebIdentity'));
  if (s.action) return s.action.entries.some((e) => names(e.value));
  if (s.notAction) return !s.notAction.entries.some((e) => names(e.value));
  return false;
}

/** `arn:aws:iam::ACCOUNT:oidc-provider/HOST` → `HOST`: the prefix of the provider's claim keys. */
function oidcHostOf(value: string): string | null {
  const m = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value.trim());
  return m ? m[1]! : null;
}

const isGitHub = (host: string) => /^token\.actions\.githubusercontent\.com(\/|$)|^token\.actions\.[^/]+\.ghe\.com$/i.test(host);

/** Only wildcards: `*`, `?*`. */
const matchesAnything = (value: string) => /^[*?]*$/.test(value);

/**
 * A condition that positively requires a value of the key: negated operators, `…IfExists` and
 * `ForAllValues` hold when the key is missing, so they limit nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
function requires(entry: ConditionEntry): boolean {
  const parsed = parseOperator(entry.operator);
  return parsed.kind === 'compare' && !parsed.base.negated && !parsed.ifExists && parsed.quantifier !== 'ForAllValues';
}

const isLike = (operator: string) => /^(ForAnyValue:|ForAllValues:)?StringLike(IfExists)?$/.test(operator);

/**
 * Which workloads the `sub` values let in. For GitHub, `sub` is `repo:OWNER/REPO:…`: a value that
 * leaves the owner open is as good as none (any GitHub repository in the world), and one that pins
 * the owner but not the repository admits every repository and branch of the organization, which
 * AWS calls the minimum, not the aim.
 */
function subChecks(provider: Entry, host: string, conditions: ConditionEntry[], sink: FindingSink): void {
  const key = `${host}:sub`.toLowerCase();
  const subs = conditions.filter((c) => c.key.toLowerCase() === key && requires(c));
  const values = subs.flatMap((c) => c.values.map((v) => ({ ...v, like: isLike(c.operator) })));
  const strings = values.filter((v): v is typeof v & { value: string } => typeof v.value === 'string');
  const github = isGitHub(host);
  const open = (v: { value: string; like: boolean }) => v.like && (matchesAnything(v.value) || (github && githubOwnerOpen(v.value)));
  // `every` holds for an empty list too: no sub condition at all is the first case.
  if (strings.every(open)) {
    sink.add(
      'oidc-trust-without-sub',
      provider.path,
      strings.length === 0
        ? `the trust in \`${host}\` has no condition on \`${host}:sub\`: any workload the provider issues a token for can assume the role`
        : `the condition on \`${host}:sub\` leaves ${github ? 'the repository owner' : 'the subject'} open: ${github ? 'any GitHub repository' : 'any workload of the provider'} can assume the role`,
    );
    return;
  }
  if (!github) return;
  for (const v of strings) {
    if (!v.like) continue;
    const org = /^repo:([^*?/:]+)\/\*/.exec(v.value);
    if (org)
      sink.add(
        'github-sub-org-wildcard',
        v.path,
        `\`${v.value}\` lets every repository and branch of the GitHub organization \`${org[1]}\` assume the role, pull requests and forks' workflows in it included`,
      );
  }
}

/** `repo:*` or `repo:acme*` followed by a repository: the owner part of a GitHub `sub` holds a wildcard, so any owner can match. */
function githubOwnerOpen(value: string): boolean {
  if (!value.startsWith('repo:')) return false;
  const owner = value.slice('repo:'.length).split('/')[0]!;
  return /[*?]/.test(owner);
}

/** `StringLike` on a provider's claim with a value that has no wildcard: `StringEquals` was meant. */
function likeChecks(conditions: ConditionEntry[], sink: FindingSink): void {
  for (const c of conditions) {
    if (!isLike(c.operator) || !/^(saml|[^:]*[./][^:]*):/i.test(c.key)) continue;
    for (const v of c.values) {
      if (typeof v.value !== 'string' || /[*?]/.test(v.value) || v.value.includes('${')) continue;
      const equals = c.operator.replace('StringLike', 'StringEquals');
      sink.add(
        'like-without-wildcard',
        v.path,
        `\`${c.operator}\` compares \`${c.key}\` with \`${v.value}\`, which has no wildcard: \`${equals}\` says what is meant`,
      );
    }
  }
}
