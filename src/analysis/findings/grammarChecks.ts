import type { AnalysisContext } from './analysisContext';
import { at, isObject, type DocumentView, type StatementView } from './policyView';
import type { FindingSink } from './rules';

/**
 * Grammar the model's own checks (src/model/policyGrammar.ts) leave out: the version, rules that
 * depend on the kind of policy (SCP, RCP, trust), statement ids and principal formats.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
export function grammarChecks(doc: DocumentView, _ctx: AnalysisContext, sink: FindingSink): void {
  versionCheck(doc, sink);
  sidChecks(doc, sink);
  for (const s of doc.statements) {
    kindChecks(doc, s, sink);
    resourcePresence(doc, s, sink);
    principalFormat(doc, s, sink);
  }
}

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html */
function versionCheck(doc: DocumentView, sink: FindingSink): void {
  if (!Object.hasOwn(doc.raw, 'Version')) return;
  const version = doc.raw.Version;
  const path = at(doc.basePath, 'Version');
  if (version !== '2012-10-17' && version !== '2008-10-17') {
    const written = typeof version === 'string' ? version : JSON.stringify(version);
    sink.add('invalid-version', path, `\`${written}\` is not a policy language version; use \`2012-10-17\``);
  } else if (version === '2008-10-17' && (doc.kind === 'scp' || doc.kind === 'rcp')) {
    // "Every SCP/RCP must include a Version element with the value 2012-10-17."
    // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
    const noun = doc.kind === 'scp' ? 'an SCP' : 'an RCP';
    sink.add('invalid-version', path, `${noun} must use \`Version\` \`2012-10-17\`, not \`2008-10-17\``);
  }
}

/** IAM's own policies (identity, trust, session) need unique, alphanumeric Sids. */
function sidChecks(doc: DocumentView, sink: FindingSink): void {
  if (doc.kind !== 'identity' && doc.kind !== 'trust' && doc.kind !== 'session') return;
  const seen = new Set<string>();
  for (const s of doc.statements) {
    const sid = s.raw.Sid;
    if (typeof sid !== 'string' || sid === '') continue;
    const path = at(s.path, 'Sid');
    // "In IAM, the Sid value … supports ASCII uppercase letters (A-Z), lowercase letters (a-z), and numbers (0-9)."
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html
    if (!/^[A-Za-z0-9]+$/.test(sid)) sink.add('invalid-sid', path, `\`Sid\` \`${sid}\` may contain only ASCII letters and digits`);
    if (seen.has(sid)) sink.add('duplicate-sid', path, `\`Sid\` \`${sid}\` is used by an earlier statement of this policy`);
    seen.add(sid);
  }
}

function kindChecks(doc: DocumentView, s: StatementView, sink: FindingSink): void {
  const has = (name: string) => Object.hasOwn(s.raw, name);
  switch (doc.kind) {
    case 'scp':
      // SCPs do not support Principal or NotPrincipal (the model already reports NotPrincipal).
      // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
      if (has('Principal'))
        sink.add(
          'scp-principal',
          at(s.path, 'Principal'),
          'an SCP cannot name a `Principal`: it applies to every IAM user and role of its accounts',
        );
      break;
    case 'rcp':
      // RCPs: Allow only in RCPFullAWSAccess, Principal must be "*", no NotAction/NotPrincipal.
      // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
      if (s.effect === 'Allow')
        sink.add('rcp-allow', at(s.path, 'Effect'), 'an RCP statement can only `Deny`; Allow is reserved for `RCPFullAWSAccess`');
      if (!has('Principal') && !has('NotPrincipal')) sink.add('rcp-principal', s.path, 'an RCP statement needs `"Principal": "*"`');
      else if (has('Principal') && s.raw.Principal !== '*')
        sink.add('rcp-principal', at(s.path, 'Principal'), 'the `Principal` of an RCP statement must be `"*"`; narrow it with conditions');
      if (has('NotAction')) sink.add('rcp-not-action', at(s.path, 'NotAction'), '`NotAction` is not supported in RCPs');
      break;
    case 'resource':
      // "NotPrincipal must be used with "Effect":"Deny". Using it with "Effect":"Allow" is not supported."
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
      if (has('NotPrincipal') && s.effect === 'Allow')
        sink.add('not-principal-with-allow', at(s.path, 'NotPrincipal'), '`NotPrincipal` cannot be used with `"Effect": "Allow"`');
      break;
    case 'trust':
      // "You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy."
      if (has('NotPrincipal'))
        sink.add('not-principal-in-trust', at(s.path, 'NotPrincipal'), 'a role trust policy cannot use `NotPrincipal`');
      break;
    default:
      break;
  }
}

/**
 * Identity-based, session and resource control policies need `Resource` or `NotResource` in every
 * statement; trust policies do not (the role is the resource), and resource-based policies of some
 * services leave it implicit, so those are not checked.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
function resourcePresence(doc: DocumentView, s: StatementView, sink: FindingSink): void {
  if (doc.kind !== 'identity' && doc.kind !== 'session' && doc.kind !== 'rcp') return;
  if (Object.hasOwn(s.raw, 'Resource') || Object.hasOwn(s.raw, 'NotResource')) return;
  sink.add('missing-resource', s.path, 'the statement has neither `Resource` nor `NotResource`');
}

const AWS_ARN_PRINCIPAL = /^arn:[a-z-]+:(iam|sts)::[^:]*:.+$/;
const ACCOUNT_ID = /^\d{12}$/;
/** IAM stores a deleted principal as its unique id (AIDA…, AROA…); such policies still validate. */
const UNIQUE_ID = /^A[A-Z0-9]{15,}$/;

/**
 * Principal values: `*`, or per key the formats IAM accepts; wildcards are allowed only as the
 * whole `"*"` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
function principalFormat(doc: DocumentView, s: StatementView, sink: FindingSink): void {
  if (doc.kind !== 'resource' && doc.kind !== 'trust') return;
  for (const name of ['Principal', 'NotPrincipal']) {
    const block = s.raw[name];
    if (!isObject(block)) continue;
    const base = at(s.path, name);
    for (const [key, raw] of Object.entries(block)) {
      const values =
        typeof raw === 'string'
          ? [{ value: raw, path: at(base, key) }]
          : Array.isArray(raw)
            ? raw.map((v, i) => ({ value: v, path: at(base, key, i) }))
            : [];
      for (const { value, path } of values) {
        if (typeof value !== 'string' || value === '*') continue;
        const problem = principalProblem(key, value);
        if (problem) sink.add('invalid-principal', path, problem);
      }
    }
  }
}

function principalProblem(key: string, value: string): string | null {
  const wildcard = /[*?]/.test(value);
  if (key === 'AWS') {
    if (wildcard)
      return `\`${value}\`: a principal cannot use wildcards except \`"*"\` alone; test \`aws:PrincipalArn\` with \`ArnLike\` instead`;
    if (ACCOUNT_ID.test(value) || UNIQUE_ID.test(value) || AWS_ARN_PRINCIPAL.test(value)) return null;
    return `\`${value}\` is not an AWS principal (an account ID, or the ARN of an account, user, role or session)`;
  }
  if ((key === 'Service' || key === 'Federated') && wildcard) return `\`${value}\`: a \`${key}\` principal cannot use wildcards`;
  return null;
}
