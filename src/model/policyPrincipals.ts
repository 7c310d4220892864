import { isAccountId, parseArn } from './arn';
import type { PolicyDocument, PolicyStatement } from './policyDocumentSchema';

/**
 * Who a resource-based policy names in `Principal`, sorted into the kinds the graph can point at.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export type NamedPrincipal =
  | { type: 'account'; account: string }
  | { type: 'user'; arn: string; account: string; name: string }
  | { type: 'role'; arn: string; account: string; name: string }
  | { type: 'service'; service: string };

export interface NamedPrincipals {
  principals: { principal: NamedPrincipal; effect: 'Allow' | 'Deny' }[];
  /** `"Principal": "*"` or `{"AWS": "*"}` in an Allow statement: anyone, subject to conditions. */
  everyone: boolean;
}

/**
 * The statements of a document as the store holds it. The store keeps what the user typed even when
 * it does not match the schema yet (`{}`, a statement that is a string): only objects count.
 */
export function readableStatementsOf(document: PolicyDocument): PolicyStatement[] {
  const raw: unknown = (document as { Statement?: unknown } | null)?.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  return list.filter((s): s is PolicyStatement => typeof s === 'object' && s !== null && !Array.isArray(s));
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** One `AWS` principal value → what it names; null for forms the graph does not draw (federated, canonical). */
export function classifyAwsPrincipal(value: string): NamedPrincipal | 'everyone' | null {
  const text = value.trim();
  if (text === '*') return 'everyone';
  if (isAccountId(text)) return { type: 'account', account: text };
  const arn = parseArn(text);
  if (!arn) return null;
  const last = arn.resource.slice(arn.resource.lastIndexOf('/') + 1);
  if (arn.service === 'iam' && arn.resource === 'root') return { type: 'account', account: arn.account };
  if (arn.service === 'iam' && arn.resource.startsWith('user/')) return { type: 'user', arn: text, account: arn.account, name: last };
  if (arn.service === 'iam' && arn.resource.startsWith('role/')) return { type: 'role', arn: text, account: arn.account, name: last };
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/')) {
    // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION names a session of ROLE.
    const parts = arn.resource.split('/');
    const role = parts[1];
    return role ? { type: 'role', arn: `arn:${arn.partition}:iam::${arn.account}:role/${role}`, account: arn.account, name: role } : null;
  }
  return null;
}

export function namedPrincipals(document: PolicyDocument): NamedPrincipals {
  const principals: NamedPrincipals['principals'] = [];
  let everyone = false;
  for (const statement of readableStatementsOf(document)) {
    const block = statement.Principal;
    if (block === undefined) continue;
    const effect = statement.Effect;
    if (block === '*') {
      if (effect === 'Allow') everyone = true;
      continue;
    }
    if (typeof block !== 'object' || block === null) continue;
    for (const value of list(block.AWS)) {
      const named = classifyAwsPrincipal(value);
      if (named === 'everyone') everyone ||= effect === 'Allow';
      else if (named) principals.push({ principal: named, effect });
    }
    for (const service of list(block.Service)) principals.push({ principal: { type: 'service', service: service.trim() }, effect });
  }
  return { principals, everyone };
}
