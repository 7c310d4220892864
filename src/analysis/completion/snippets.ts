import type { PolicyKind } from './types';

/**
 * Statement and policy templates per kind of policy, in Monaco snippet syntax, written for what
 * that kind of policy is for: a trust policy names who may assume the role, an RCP denies every
 * principal (`"*"`) outside what its condition allows, and so on. Nested lines indent with `\t`;
 * the editor re-indents a snippet to the line it is inserted on.
 */
export interface StatementSnippet {
  label: string;
  description: string;
  /** The statement object, from `{` to `}`. */
  body: string;
}

const lines = (...parts: string[]) => parts.join('\n');

function statement(effect: 'Allow' | 'Deny', kind: PolicyKind): string {
  switch (kind) {
    case 'trust':
      return lines(
        '{',
        `\t"Effect": "${effect}",`,
        '\t"Principal": { "${1|Service,AWS,Federated|}": "${2:ec2.amazonaws.com}" },',
        '\t"Action": "${3:sts:AssumeRole}"$0',
        '}',
      );
    case 'resource':
      return lines(
        '{',
        '\t"Sid": "$1",',
        `\t"Effect": "${effect}",`,
        '\t"Principal": { "AWS": "arn:aws:iam::${2:111122223333}:root" },',
        '\t"Action": ["$3"],',
        '\t"Resource": ["$4"]$0',
        '}',
      );
    case 'rcp':
      return lines(
        '{',
        '\t"Sid": "$1",',
        `\t"Effect": "${effect}",`,
        '\t"Principal": "*",',
        '\t"Action": ["$2"],',
        '\t"Resource": "*",',
        '\t"Condition": {',
        '\t\t"${3:StringNotEqualsIfExists}": { "${4:aws:PrincipalOrgID}": "$5" }',
        '\t}$0',
        '}',
      );
    default:
      return lines('{', '\t"Sid": "$1",', `\t"Effect": "${effect}",`, '\t"Action": ["$2"],', '\t"Resource": ["${3:*}"]$0', '}');
  }
}

/**
 * The statements offered where a statement goes. An RCP only denies: `Allow` is reserved for the
 * built-in RCPFullAWSAccess.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html
 */
export function statementSnippets(kind: PolicyKind): StatementSnippet[] {
  const effects: ('Allow' | 'Deny')[] = kind === 'rcp' ? ['Deny'] : ['Allow', 'Deny'];
  return effects.map((effect) => ({
    label: `${effect} statement`,
    description: `A new statement that ${effect === 'Allow' ? 'allows' : 'denies'} ${kind === 'trust' ? 'assuming the role' : 'actions on resources'}`,
    body: statement(effect, kind),
  }));
}

/** Indents every line after the first by one more tab, to nest a snippet one level deeper. */
const nest = (text: string) => text.replace(/\n/g, '\n\t');

/** A whole policy document: `{ "Version", "Statement": [ one statement ] }`. */
export function policySkeleton(kind: PolicyKind): string {
  return lines('{', `\t${nest(policyBody(kind))}`, '}');
}

/** A policy's members without the braces, for an empty document object `{ | }`. */
export function policyBody(kind: PolicyKind): string {
  const first = kind === 'rcp' ? 'Deny' : 'Allow';
  return lines('"Version": "2012-10-17",', '"Statement": [', `\t${nest(statement(first, kind))}`, ']');
}
