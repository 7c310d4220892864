import type { ResourceTypeInfo, ServiceCatalog } from '../../catalog';
import { statementActions } from './catalogIndex';
import { elementStrings, type CursorContext } from './cursorContext';
import { rank, snippetStringItem, stringItem, templateSnippet } from './items';
import type { CompletionItem } from './types';

/** Renders a catalog ARN template for display: the partition filled in, the rest left as `${Name}`. */
export function displayArn(template: string): string {
  return template.replace('${Partition}', 'aws');
}

/**
 * In `Resource`/`NotResource`: the ARN templates of the resource types the statement's actions
 * work on, the most used first, each as a snippet with a placeholder per variable part
 * (`arn:aws:s3:::${1:BucketName}/${2:ObjectName}`), and `*`. `*` comes first when one of the
 * actions takes no resource type, since `*` is the only resource such an action matches.
 */
export function completeResources(ctx: CursorContext, negated: boolean, catalog: ServiceCatalog): CompletionItem[] {
  const actions = statementActions(catalog, elementStrings(ctx.statement, 'Action')) ?? [];
  const uses = new Map<ResourceTypeInfo, string[]>();
  let resourceless = false;
  for (const action of actions) {
    if (action.resourceTypes.length === 0) resourceless = true;
    for (const { name } of action.resourceTypes) {
      const type = catalog.resourceType(action.service, name);
      if (!type) continue;
      const list = uses.get(type) ?? [];
      list.push(action.id);
      uses.set(type, list);
    }
  }
  const present = new Set(elementStrings(ctx.statement, negated ? 'NotResource' : 'Resource', ctx.token));
  const items: CompletionItem[] = [];
  if (!present.has('*'))
    items.push(
      stringItem(ctx.token, {
        label: '*',
        kind: 'arn',
        detail: 'every resource',
        sortText: rank(resourceless || uses.size === 0 ? 0 : 2, ''),
      }),
    );
  const ranked = [...uses].sort(([a, x], [b, y]) => y.length - x.length || a.arnTemplate.localeCompare(b.arnTemplate));
  ranked.forEach(([type, ids], i) => {
    const shown = ids
      .slice(0, 5)
      .map((id) => `\`${id}\``)
      .join(', ');
    const more = ids.length > 5 ? ` and ${ids.length - 5} more` : '';
    items.push(
      snippetStringItem(
        ctx.token,
        {
          label: displayArn(type.arnTemplate),
          kind: 'arn',
          detail: `${type.service} ${type.name}`,
          documentation: `Resource type \`${type.name}\` of ${type.service}, used by ${shown}${more}.`,
          sortText: rank(1, String(i).padStart(4, '0')),
        },
        templateSnippet(type.arnTemplate, { Partition: 'aws' }).body,
      ),
    );
  });
  return items;
}
