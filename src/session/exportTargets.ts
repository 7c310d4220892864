import type { ExportTarget } from '../interop';
import { defaultAccountOf, type Scenario } from '../model';

/**
 * What the app offers to export for AWS, and under which file names. Pure: the choice of account
 * is made from the restored scenario, before any exporter runs.
 */

export interface ExportFormat {
  target: ExportTarget;
  label: string;
  extension: string;
  mime: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { target: 'cli', label: 'AWS CLI script', extension: 'sh', mime: 'text/x-shellscript' },
  { target: 'cloudformation', label: 'CloudFormation', extension: 'yaml', mime: 'application/yaml' },
  { target: 'terraform', label: 'Terraform', extension: 'tf', mime: 'text/plain' },
];

export interface ExportableAccount {
  id: string;
  alias?: string;
  users: number;
  groups: number;
  roles: number;
  policies: number;
}

/**
 * The accounts that have IAM entities (what an export writes), in the order they first appear:
 * customer managed policies, users, groups, roles — as the exporters choose among them.
 */
export function exportableAccounts(scenario: Scenario): ExportableAccount[] {
  const fallback = defaultAccountOf(scenario);
  const byId = new Map<string, ExportableAccount>();
  const add = (list: readonly { account?: string }[] | undefined, key: 'users' | 'groups' | 'roles' | 'policies') => {
    for (const e of list ?? []) {
      const id = e.account ?? fallback;
      const entry = byId.get(id) ?? { id, users: 0, groups: 0, roles: 0, policies: 0 };
      entry[key]++;
      byId.set(id, entry);
    }
  };
  add(scenario.policies, 'policies');
  add(scenario.users, 'users');
  add(scenario.groups, 'groups');
  add(scenario.roles, 'roles');
  const aliases = new Map((scenario.accounts ?? []).flatMap((a) => (a.alias ? [[a.id, a.alias] as const] : [])));
  return [...byId.values()].map((a) => (aliases.has(a.id) ? { ...a, alias: aliases.get(a.id)! } : a));
}

/** `2 users, 1 managed policy`: what an account's export creates, kinds it has none of left out. */
export function accountContents(a: ExportableAccount): string {
  const part = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  return [
    ...part(a.users, 'user', 'users'),
    ...part(a.groups, 'group', 'groups'),
    ...part(a.roles, 'role', 'roles'),
    ...part(a.policies, 'managed policy', 'managed policies'),
  ].join(', ');
}

/** `Prod-world-111122223333.tf`: the title, the account (one file per account), the format's extension. */
export function exportFileName(base: string, account: string, format: ExportFormat): string {
  return `${base}-${account}.${format.extension}`;
}
