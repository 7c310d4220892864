import type { AccountEntities, ExportInline, PolicyRef } from './accountEntities';
import { hclBlock, hclIdentifier, hclList, hclString, hclStringMap, hclValue, type HclAttribute } from './hclText';
import { logicalIds } from './logicalIds';

/**
 * Terraform (HCL) for one account's IAM entities with the AWS provider's `aws_iam_*` resources:
 * policies, groups, users, `aws_iam_user_group_membership`, roles, service-linked roles, the
 * `*_policy_attachment` resources and inline `*_policy` resources. Documents are `jsonencode(…)`
 * of the policy as HCL, so Terraform shows diffs field by field. References to what the
 * configuration creates are resource references, which order the creation.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_role
 */
export function terraformConfiguration(entities: AccountEntities): string {
  // Resource names are unique per resource type: one generator each.
  const generators = new Map<string, ReturnType<typeof logicalIds>>();
  const take = (type: string, name: string): string => {
    const ids = generators.get(type) ?? logicalIds(hclIdentifier);
    generators.set(type, ids);
    return ids.take('', name);
  };
  const policyIds = new Map(entities.policies.map((p) => [p.name, take('aws_iam_policy', p.name)]));
  const groupIds = new Map(entities.groups.map((g) => [g.name, take('aws_iam_group', g.name)]));
  const userIds = new Map(entities.users.map((u) => [u.name, take('aws_iam_user', u.name)]));
  const roleIds = new Map(entities.roles.map((r) => [r.name, take('aws_iam_role', r.name)]));
  const arnOf = (ref: PolicyRef) => ('customer' in ref ? `aws_iam_policy.${policyIds.get(ref.customer)!}.arn` : hclString(ref.arn));
  const tags = (t: Record<string, string>): HclAttribute => (Object.keys(t).length ? ['tags', hclStringMap(t, 2)] : undefined);
  const blocks: string[] = [];

  blocks.push(
    hclBlock('provider "aws"', [
      // Applying this to another account would create the entities there: the provider refuses it.
      ['allowed_account_ids', hclList([hclString(entities.account)])],
    ]),
  );
  for (const p of entities.policies) {
    blocks.push(
      hclBlock(`resource "aws_iam_policy" ${hclString(policyIds.get(p.name)!)}`, [
        ['name', hclString(p.name)],
        ['path', hclString(p.path)],
        p.description ? ['description', hclString(p.description)] : undefined,
        ['policy', `jsonencode(${hclValue(p.document, 2)})`],
      ]),
    );
  }
  for (const g of entities.groups) {
    blocks.push(
      hclBlock(`resource "aws_iam_group" ${hclString(groupIds.get(g.name)!)}`, [
        ['name', hclString(g.name)],
        ['path', hclString(g.path)],
      ]),
    );
  }
  for (const u of entities.users) {
    const id = userIds.get(u.name)!;
    blocks.push(
      hclBlock(`resource "aws_iam_user" ${hclString(id)}`, [
        ['name', hclString(u.name)],
        ['path', hclString(u.path)],
        u.boundary ? ['permissions_boundary', arnOf(u.boundary)] : undefined,
        tags(u.tags),
      ]),
    );
    if (u.groups.length) {
      blocks.push(
        hclBlock(`resource "aws_iam_user_group_membership" ${hclString(id)}`, [
          ['user', `aws_iam_user.${id}.name`],
          ['groups', hclList(u.groups.map((g) => (groupIds.has(g) ? `aws_iam_group.${groupIds.get(g)!}.name` : hclString(g))))],
        ]),
      );
    }
  }
  for (const r of entities.roles) {
    blocks.push(
      hclBlock(`resource "aws_iam_role" ${hclString(roleIds.get(r.name)!)}`, [
        ['name', hclString(r.name)],
        ['path', hclString(r.path)],
        r.description ? ['description', hclString(r.description)] : undefined,
        ['assume_role_policy', `jsonencode(${hclValue(r.trustPolicy, 2)})`],
        r.maxSessionDuration !== undefined ? ['max_session_duration', String(r.maxSessionDuration)] : undefined,
        r.boundary ? ['permissions_boundary', arnOf(r.boundary)] : undefined,
        tags(r.tags),
      ]),
    );
  }
  for (const s of entities.serviceLinkedRoles) {
    blocks.push(
      hclBlock(`resource "aws_iam_service_linked_role" ${hclString(take('aws_iam_service_linked_role', s.name))}`, [
        ['aws_service_name', hclString(s.service)],
        s.customSuffix ? ['custom_suffix', hclString(s.customSuffix)] : undefined,
        s.description ? ['description', hclString(s.description)] : undefined,
      ]),
    );
  }

  const forEntity = (kind: 'user' | 'group' | 'role', id: string, managed: readonly PolicyRef[], inline: readonly ExportInline[]) => {
    const owner = `aws_iam_${kind}.${id}.name`;
    managed.forEach((ref) => {
      const name = take(
        `aws_iam_${kind}_policy_attachment`,
        `${id}_${'customer' in ref ? ref.customer : (ref.arn.split('/').pop() ?? 'policy')}`,
      );
      blocks.push(
        hclBlock(`resource "aws_iam_${kind}_policy_attachment" ${hclString(name)}`, [
          [kind, owner],
          ['policy_arn', arnOf(ref)],
        ]),
      );
    });
    inline.forEach((p) => {
      blocks.push(
        hclBlock(`resource "aws_iam_${kind}_policy" ${hclString(take(`aws_iam_${kind}_policy`, `${id}_${p.name}`))}`, [
          ['name', hclString(p.name)],
          [kind, owner],
          ['policy', `jsonencode(${hclValue(p.document, 2)})`],
        ]),
      );
    });
  };
  for (const g of entities.groups) forEntity('group', groupIds.get(g.name)!, g.managed, g.inline);
  for (const u of entities.users) forEntity('user', userIds.get(u.name)!, u.managed, u.inline);
  for (const r of entities.roles) forEntity('role', roleIds.get(r.name)!, r.managed, r.inline);

  const header = [
    `# IAM entities of account ${entities.account}${entities.title ? `, from the scenario ${oneLine(entities.title)}` : ''}.`,
    '# Generated by IAM Playground.',
    ...entities.notes.map((n) => `# Note: ${oneLine(n)}`),
  ];
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
