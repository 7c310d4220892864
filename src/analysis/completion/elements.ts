import type { PolicyKind } from './types';

/**
 * Which statement elements each kind of policy may hold, as AWS enforces when a policy is saved:
 * - identity-based and session policies never name a principal (the policy applies to its holder);
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * - `NotPrincipal` only in resource-based policies, never in trust policies, SCPs or RCPs;
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 * - a role trust policy has no `Resource` (IAM rejects it: "Has prohibited field Resource");
 * - SCPs name no principal; RCPs take `Principal` (only `"*"`) but not `NotAction`.
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 *   https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
export type StatementElement =
  'Sid' | 'Effect' | 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Condition';

const ALL: readonly StatementElement[] = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];

const EXCLUDED: Record<PolicyKind, readonly StatementElement[]> = {
  identity: ['Principal', 'NotPrincipal'],
  session: ['Principal', 'NotPrincipal'],
  scp: ['Principal', 'NotPrincipal'],
  resource: [],
  trust: ['NotPrincipal', 'Resource', 'NotResource'],
  rcp: ['NotPrincipal', 'NotAction'],
};

export function statementElements(kind: PolicyKind): StatementElement[] {
  return ALL.filter((e) => !EXCLUDED[kind].includes(e));
}

/** Elements that exclude each other in one statement (a statement has one of each pair). */
export const ALTERNATIVE: Partial<Record<StatementElement, StatementElement>> = {
  Principal: 'NotPrincipal',
  NotPrincipal: 'Principal',
  Action: 'NotAction',
  NotAction: 'Action',
  Resource: 'NotResource',
  NotResource: 'Resource',
};

/** One line on each element, for completion documentation and hover. */
export const ELEMENT_DOCS: Record<StatementElement, string> = {
  Sid: 'An optional identifier for the statement, unique within the policy.',
  Effect: 'Whether the statement allows or denies what it matches: `Allow` or `Deny`.',
  Principal: 'Who the statement applies to: an account, user, role, session, service or federated identity.',
  NotPrincipal: 'Everyone except the listed principals (only with `Deny`; prefer `aws:PrincipalArn` conditions).',
  Action: 'The actions the statement matches, as `service:Action`; `*` and `?` are wildcards.',
  NotAction: 'Every action except the listed ones.',
  Resource: 'The resources the statement matches, as ARNs; `*` and `?` are wildcards.',
  NotResource: 'Every resource except the listed ones.',
  Condition: 'When the statement applies: `{ "Operator": { "key": value } }`; every block must match.',
};

/** The value each element gets when its name is completed with nothing after it (snippet syntax). */
export function elementValueSnippet(element: StatementElement, kind: PolicyKind): string {
  switch (element) {
    case 'Sid':
      return '"$1"';
    case 'Effect':
      return kind === 'rcp' ? '"Deny"' : '"${1|Allow,Deny|}"';
    case 'Principal':
      return kind === 'rcp' ? '"*"' : '{ "${1|AWS,Service,Federated|}": "$2" }';
    case 'NotPrincipal':
      return '{ "AWS": "$1" }';
    case 'Action':
    case 'NotAction':
    case 'Resource':
    case 'NotResource':
      return '"$1"';
    case 'Condition':
      return '{\n\t"${1:StringEquals}": {\n\t\t"$2": "$3"\n\t}\n}';
  }
}

export type DocumentElement = 'Version' | 'Id' | 'Statement';

/** Top-level elements; organization policies take no `Id`. */
export function documentElements(kind: PolicyKind): DocumentElement[] {
  return kind === 'scp' || kind === 'rcp' ? ['Version', 'Statement'] : ['Version', 'Id', 'Statement'];
}

export const DOCUMENT_ELEMENT_DOCS: Record<DocumentElement, string> = {
  Version: 'The policy language version: always `2012-10-17` (the older `2008-10-17` lacks policy variables).',
  Id: 'An optional identifier for the policy.',
  Statement: 'The statements of the policy: one object or an array of them.',
};

export const DOCUMENT_ELEMENT_VALUE: Record<DocumentElement, string> = {
  Version: '"2012-10-17"',
  Id: '"$1"',
  Statement: '[\n\t$0\n]',
};
