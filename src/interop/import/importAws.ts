import {
  jsonSyntaxErrors,
  pointerLocator,
  restoreScenario,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type ManagedPolicyCatalog,
  type ScenarioInput,
} from '../../model';
import { assembleAccount } from './accountAssembly';
import { Assembly } from './assembly';
import { looksLikeAuthorizationDetails, readAuthorizationDetails, type AccountDetails } from './authorizationDetails';
import { AWS_BUNDLE_FORMAT, isAwsBundle, readAwsBundle, type AwsBundle } from './awsBundle';
import { assembleIdentityProviders, assembleOrganization, assembleResourcePolicies } from './bundleAssembly';
import { emptyReport, type ImportError, type ImportReport, type ReportEntry } from './importReport';
import { isObject, SourceReader } from './sourceReader';

/** One input file: its name as the user gave it (for messages) and its text. */
export interface ImportSource {
  file: string;
  text: string;
}

export type ImportResult =
  { ok: true; scenario: ScenarioInput; report: ImportReport } | { ok: false; errors: ImportError[]; report: ImportReport };

/**
 * Real accounts in: the outputs of `aws iam get-account-authorization-details` (one file per
 * account, or per page of one), plus `iam-playground/aws-bundle` files with the organization and
 * resource policies, into one scenario. All or nothing: the scenario is returned only when every
 * file was read and the result restores without an error (`restoreScenario`, with `catalog` for
 * the AWS managed policies); otherwise every error, each naming its file and JSON path.
 */
export function importAws(sources: readonly ImportSource[], catalog: ManagedPolicyCatalog): ImportResult {
  try {
    // Windows tools write a byte-order mark before the JSON; it is not part of it.
    return run(
      sources.map((s) => ({ ...s, text: s.text.replace(/^\uFEFF/, '') })),
      catalog,
    );
  } catch (e) {
    // A bug of ours must not pass for a result: report it as what it is.
    return {
      ok: false,
      errors: [{ file: '(import)', path: '', message: `internal error: ${e instanceof Error ? e.message : String(e)}` }],
      report: emptyReport(),
    };
  }
}

function run(sources: readonly ImportSource[], catalog: ManagedPolicyCatalog): ImportResult {
  const report = emptyReport();
  const errors: ImportError[] = [];
  const entries: ReportEntry[] = [];
  const details: AccountDetails[] = [];
  const bundles: AwsBundle[] = [];
  if (sources.length === 0) errors.push({ file: '(import)', path: '', message: 'nothing to import: give at least one file' });

  for (const source of sources) {
    const syntax = jsonSyntaxErrors(source.text);
    if (syntax.length > 0) {
      for (const s of syntax)
        errors.push({ file: source.file, path: '', message: s.message, line: s.location.line, column: s.location.column });
      continue;
    }
    const json: unknown = JSON.parse(source.text);
    const reader = new SourceReader(source.file);
    if (!isObject(json)) reader.error([], 'expected a JSON object, as the AWS CLI prints');
    else if (isAwsBundle(json)) {
      const bundle = readAwsBundle(reader, json);
      if (bundle) bundles.push(bundle);
    } else if (looksLikeAuthorizationDetails(json)) {
      const account = readAuthorizationDetails(reader, json);
      if (account) details.push(account);
    } else {
      reader.error(
        [],
        `neither the output of \`aws iam get-account-authorization-details\` (UserDetailList, GroupDetailList, RoleDetailList, Policies) nor an \`${AWS_BUNDLE_FORMAT}\``,
      );
    }
    errors.push(...reader.errors);
    entries.push(...reader.allEntries());
  }
  if (errors.length > 0) return failed(sources, errors, { ...report, entries });

  const assembly = new Assembly(catalog);
  for (const pages of groupByAccount(details, assembly)) {
    assembly.accounts.push({ id: pages[0]!.account });
    assembly.from(['accounts', assembly.accounts.length - 1], { file: pages[0]!.file, path: '' });
    report.accounts.push(assembleAccount(assembly, pages));
  }
  const withOrganization = bundles.filter((b) => b.organization);
  for (const extra of withOrganization.slice(1)) {
    assembly.error(
      { file: extra.file, path: '/organization' },
      `a second organization (the first is in ${withOrganization[0]!.file}): give one`,
    );
  }
  const org = withOrganization[0]?.organization;
  if (org) {
    assembleOrganization(assembly, org);
    report.organization = {
      units: org.units.length,
      accounts: org.accounts.length,
      scps: org.policies.filter((p) => p.type === 'scp').length,
      rcps: org.policies.filter((p) => p.type === 'rcp').length,
    };
  }
  const defaultAccount = details[0]?.account ?? org?.managementAccount;
  assembleResourcePolicies(
    assembly,
    bundles.flatMap((b) => b.resourcePolicies),
    defaultAccount,
  );
  report.resources = assembly.resources.length;
  assembleIdentityProviders(
    assembly,
    bundles.flatMap((b) => b.identityProviders),
  );
  report.identityProviders = {
    oidc: assembly.identityProviders.filter((p) => p.type === 'oidc').length,
    saml: assembly.identityProviders.filter((p) => p.type === 'saml').length,
  };
  entries.push(...assembly.entries);
  report.entries = entries;
  if (assembly.errors.length > 0) return failed(sources, assembly.errors, report);

  const scenario = scenarioOf(assembly, defaultAccount, report);
  const restored = restoreScenario(scenario, catalog);
  for (const w of restored.warnings) {
    const at = assembly.sourceOf(w.path, w.message);
    report.entries.push({ kind: 'note', file: at.file, path: at.path, message: at.message });
  }
  // get-account-authorization-details lists no identity provider: say once where to find them.
  const unknownProviders = restored.warnings.filter((w) => /^\/roles\/\d+\/trustPolicy\/.*\/Federated(\/\d+)?$/.test(w.path));
  if (unknownProviders.length > 0) {
    const first = assembly.sourceOf(unknownProviders[0]!.path, '');
    report.entries.push({
      kind: 'note',
      file: first.file,
      path: first.path,
      message:
        `${unknownProviders.length === 1 ? 'a trust policy names an IAM identity provider' : `trust policies name IAM identity providers ${unknownProviders.length} times`} ` +
        'that no file gives: `aws iam get-account-authorization-details` lists none, so give them in a bundle\u2019s `identityProviders` ' +
        '(the output of `aws iam list-open-id-connect-providers` and `aws iam list-saml-providers`)',
    });
  }
  if (!restored.ok)
    return failed(
      sources,
      restored.errors.map((e) => assembly.sourceOf(e.path, e.message)),
      report,
    );
  return { ok: true, scenario, report };
}

/** Files of the same account are pages of one answer: read together, and complete only with the last page. */
function groupByAccount(details: readonly AccountDetails[], assembly: Assembly): AccountDetails[][] {
  const byAccount = new Map<string, AccountDetails[]>();
  for (const d of details) byAccount.set(d.account, [...(byAccount.get(d.account) ?? []), d]);
  for (const pages of byAccount.values()) {
    if (pages.every((p) => p.truncated)) {
      assembly.error(
        { file: pages[pages.length - 1]!.file, path: '/IsTruncated' },
        `account ${pages[0]!.account}: every file given is a page followed by more (\`IsTruncated\` is true); give the last page too, or let the AWS CLI paginate (no \`--max-items\`)`,
      );
    }
    if (pages.length > 1) {
      for (const p of pages.slice(1))
        assembly.report('note', { file: p.file, path: '' }, `more of account ${p.account}, read together with ${pages[0]!.file}`);
    }
  }
  return [...byAccount.values()];
}

function scenarioOf(assembly: Assembly, defaultAccount: string | undefined, report: ImportReport): ScenarioInput {
  const ids = report.accounts.map((a) => a.id);
  const title =
    ids.length > 0 ? `Imported from AWS: ${ids.length === 1 ? `account ${ids[0]}` : `accounts ${ids.join(', ')}`}` : 'Imported from AWS';
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title,
    ...(defaultAccount ? { defaultAccount } : {}),
    ...(assembly.accounts.length ? { accounts: assembly.accounts } : {}),
    ...(assembly.organization ? { organization: assembly.organization } : {}),
    ...(assembly.policies.length ? { policies: assembly.policies } : {}),
    ...(assembly.groups.length ? { groups: assembly.groups } : {}),
    ...(assembly.users.length ? { users: assembly.users } : {}),
    ...(assembly.roles.length ? { roles: assembly.roles } : {}),
    ...(assembly.resources.length ? { resources: assembly.resources } : {}),
    ...(assembly.identityProviders.length ? { identityProviders: assembly.identityProviders } : {}),
  };
}

/** The errors, each with its line and column where the pointer can be found in the file's text. */
function failed(sources: readonly ImportSource[], errors: ImportError[], report: ImportReport): ImportResult {
  const locators = new Map<string, (path: string) => { line: number; column: number } | null>();
  const locate = (e: ImportError): ImportError => {
    if (e.line !== undefined) return e;
    const source = sources.find((s) => s.file === e.file);
    if (!source) return e;
    let locator = locators.get(e.file);
    if (!locator) {
      locator = pointerLocator(source.text);
      locators.set(e.file, locator);
    }
    const at = locator(e.path);
    return at ? { ...e, line: at.line, column: at.column } : e;
  };
  return { ok: false, errors: errors.map(locate), report };
}
