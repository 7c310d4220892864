import { parseBool } from '../../engine';
import { parseOperator } from '../../engine';
import type { AnalysisContext } from './analysisContext';
import { ESCALATION_ACTIONS, PASS_ROLE_ESCALATIONS } from './escalationActions';
import { at, conditionEntries, isObject, type DocumentView, type StatementView } from './policyView';
import type { FindingSink } from './rules';

/**
 * Statements that grant more than they seem to: Allow with NotAction/NotResource, `iam:PassRole`
 * and privilege-escalation actions on every resource, and grants to everyone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
export function securityChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  // SCPs and RCPs never grant, so their Allow statements cannot over-grant.
  if (doc.kind === 'scp' || doc.kind === 'rcp') return;
  for (const s of doc.statements) {
    if (s.effect !== 'Allow') continue;
    if (s.notAction) {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
      const except = listed(s.notAction.entries);
      sink.add('allow-not-action', s.notAction.path, `\`Allow\` with \`NotAction\` grants every action except ${except}, in every service`);
    }
    if (s.notResource) {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
      const except = listed(s.notResource.entries);
      sink.add(
        'allow-not-resource',
        s.notResource.path,
        `\`Allow\` with \`NotResource\` grants the actions on every resource except ${except}`,
      );
    }
    if (doc.kind === 'resource' || doc.kind === 'trust') publicAccessCheck(doc, s, sink);
  }
  if (doc.kind === 'identity') escalationChecks(doc, ctx, sink);
}

/** `s3:*`, or "the 3 listed". */
const listed = (entries: { value: string }[]) => (entries.length === 1 ? `\`${entries[0]!.value}\`` : `the ${entries.length} listed`);

/** Where an Allow or Deny statement names `actionId`: an `Action` entry, or `NotAction` that spares it. */
function grantPath(s: StatementView, actionId: string, ctx: AnalysisContext): string | null {
  const matches = (value: string) => value === '*' || (value.includes(':') && ctx.actionMatcher(value)(actionId));
  if (s.action) return s.action.entries.find((e) => matches(e.value))?.path ?? null;
  if (s.notAction) return s.notAction.entries.some((e) => matches(e.value)) ? null : s.notAction.path;
  return null;
}

const onEveryResource = (s: StatementView) => s.resource?.entries.some((e) => e.value === '*') ?? false;
const unconditional = (s: StatementView) => !isObject(s.raw.Condition) || Object.keys(s.raw.Condition).length === 0;

/** A Deny statement of the same policy takes the action away everywhere, whatever the request. */
function deniedEverywhere(doc: DocumentView, actionId: string, ctx: AnalysisContext): boolean {
  return doc.statements.some((s) => s.effect === 'Deny' && unconditional(s) && onEveryResource(s) && grantPath(s, actionId, ctx) !== null);
}

/** The action entry's text for messages, or `NotAction`. */
function label(s: StatementView, path: string): string {
  return s.action?.entries.find((e) => e.path === path)?.value ?? 'NotAction';
}

function escalationChecks(doc: DocumentView, ctx: AnalysisContext, sink: FindingSink): void {
  const grants = doc.statements.filter((s) => s.effect === 'Allow' && onEveryResource(s));
  if (grants.length === 0) return;
  let passRoleEverywhere = false;
  for (const s of grants) {
    const path = grantPath(s, 'iam:PassRole', ctx);
    if (!path || deniedEverywhere(doc, 'iam:PassRole', ctx)) continue;
    passRoleEverywhere = true;
    const written = label(s, path);
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
    sink.add(
      'pass-role-star',
      path,
      written.toLowerCase() === 'iam:passrole'
        ? '`iam:PassRole` is allowed on every role (`"Resource": "*"`)'
        : `\`${written}\` allows \`iam:PassRole\` on every role (\`"Resource": "*"\`)`,
    );
  }
  const candidates = passRoleEverywhere ? [...ESCALATION_ACTIONS, ...PASS_ROLE_ESCALATIONS] : ESCALATION_ACTIONS;
  for (const s of grants) {
    const byPath = new Map<string, { action: string; how: string }[]>();
    for (const candidate of candidates) {
      const path = grantPath(s, candidate.action, ctx);
      if (!path || deniedEverywhere(doc, candidate.action, ctx)) continue;
      const list = byPath.get(path);
      if (list) list.push(candidate);
      else byPath.set(path, [candidate]);
    }
    for (const [path, found] of byPath) reportEscalation(label(s, path), path, found, sink);
  }
}

function reportEscalation(written: string, path: string, found: { action: string; how: string }[], sink: FindingSink): void {
  const [first, ...rest] = found as [{ action: string; how: string }, ...{ action: string; how: string }[]];
  const subject = written === 'NotAction' ? 'this `NotAction` statement' : `\`${written}\``;
  if (rest.length === 0) {
    const exact = written.toLowerCase() === first.action.toLowerCase();
    sink.add(
      'privilege-escalation',
      path,
      exact
        ? `\`${first.action}\` on every resource allows privilege escalation: ${first.how}`
        : `${subject} on every resource allows privilege escalation through \`${first.action}\`: ${first.how}`,
    );
    return;
  }
  const named = rest.slice(0, 4).map((e) => `\`${e.action}\``);
  const more = rest.length > 4 ? ` and ${rest.length - 4} more` : '';
  sink.add(
    'privilege-escalation',
    path,
    `${subject} on every resource allows privilege escalation through \`${first.action}\` and ${rest.length} more action${rest.length === 1 ? '' : 's'}`,
    {
      learnMore: `With \`${first.action}\`, ${first.how}. It also grants ${named.join(', ')}${more}, each a known way to gain more permissions. Allow only the actions needed, on the ARNs the principal must manage.`,
    },
  );
}

/**
 * Keys whose (positive) test limits who can use a grant to everyone: the caller's organization,
 * account or identity, or the network or resource the request comes from.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
const LIMITING_KEYS = new Set(
  [
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalServiceName',
    'aws:PrincipalIsAWSService',
    'aws:userid',
    'aws:username',
    'aws:SourceArn',
    'aws:SourceAccount',
    'aws:SourceOwner',
    'aws:SourceOrgID',
    'aws:SourceOrgPaths',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'aws:SourceVpcArn',
    'aws:SourceIp',
    'aws:VpcSourceIp',
    'aws:VpceAccount',
    'aws:VpceOrgID',
    'aws:VpceOrgPaths',
    'kms:CallerAccount',
  ].map((k) => k.toLowerCase()),
);

/**
 * A condition limits the grant when it positively requires a limiting key: negated operators,
 * `…IfExists` and `ForAllValues` are all true when the key is missing (an anonymous caller has no
 * organization), and a lone `*` value matches every caller.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
function hasLimitingCondition(s: StatementView): boolean {
  return conditionEntries(s).some((entry) => {
    if (!LIMITING_KEYS.has(entry.key.toLowerCase())) return false;
    const parsed = parseOperator(entry.operator);
    if (parsed.kind !== 'compare' || parsed.base.negated || parsed.ifExists || parsed.quantifier === 'ForAllValues') return false;
    if (parsed.baseName === 'Bool')
      return entry.values.every((v) => (typeof v.value === 'string' || typeof v.value === 'boolean') && parseBool(v.value) === true);
    return entry.values.length > 0 && entry.values.every((v) => !(typeof v.value === 'string' && /^[*?]*$/.test(v.value)));
  });
}

/** The pointer of a `*` principal in the statement, or null. */
function everyonePath(s: StatementView): string | null {
  const principal = s.raw.Principal;
  const base = at(s.path, 'Principal');
  if (principal === '*') return base;
  if (!isObject(principal)) return null;
  const aws = principal.AWS;
  if (aws === '*') return at(base, 'AWS');
  if (Array.isArray(aws)) {
    const i = aws.indexOf('*');
    if (i >= 0) return at(base, 'AWS', i);
  }
  return null;
}

/** https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous */
function publicAccessCheck(doc: DocumentView, s: StatementView, sink: FindingSink): void {
  const path = everyonePath(s);
  if (!path || hasLimitingCondition(s)) return;
  sink.add(
    'public-access',
    path,
    doc.kind === 'trust'
      ? 'the principal `*` lets anyone, in any AWS account, assume this role; no condition limits who'
      : 'the principal `*` grants this statement to anyone, anonymous callers included; no condition limits who',
  );
}
