import type { ServiceCatalog } from '../../catalog';
import { sortedServices, verbGroups } from './catalogIndex';
import { elementStrings, type CursorContext } from './cursorContext';
import { describeAction, describeExpansion } from './describe';
import { escapeSnippet, rank, snippetStringItem, stringItem } from './items';
import type { CompletionItem, DocsLookup } from './types';

/**
 * The actions a role trust policy grants: assuming the role, and the session data that may come
 * with it. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html
 */
const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

/**
 * In `Action`/`NotAction`: service prefixes until a colon is typed, then that service's actions
 * and the wildcard forms its verbs allow.
 */
export function completeActions(
  ctx: CursorContext,
  negated: boolean,
  catalog: ServiceCatalog,
  docs: DocsLookup | undefined,
): CompletionItem[] {
  const typed = ctx.token.prefix;
  const colon = typed.indexOf(':');
  if (colon < 0) return serviceItems(ctx, negated, catalog, docs);
  const service = catalog.service(typed.slice(0, colon));
  if (!service) return [];
  // An action already listed in the same element is not offered again.
  const listed = elementStrings(ctx.statement, negated ? 'NotAction' : 'Action', ctx.token);
  const present = new Set(listed.map((s) => s.toLowerCase()));
  const items: CompletionItem[] = [];
  // The service's prose is looked up once, not once per action.
  const serviceDocs = docs?.(service.prefix);
  const docsOnce: DocsLookup | undefined = docs && (() => serviceDocs);
  for (const action of service.actions) {
    if (present.has(action.id.toLowerCase())) continue;
    items.push(
      stringItem(ctx.token, {
        label: action.id,
        kind: 'action',
        detail: action.accessLevel,
        documentation: describeAction(action, catalog, docsOnce),
        sortText: rank(0, action.name),
      }),
    );
  }
  const all = `${service.prefix}:*`;
  if (!present.has(all))
    items.push(
      stringItem(ctx.token, {
        label: all,
        kind: 'action',
        detail: `${service.actions.length} actions`,
        documentation: `Every action of ${service.name}.`,
        sortText: rank(1, ''),
      }),
    );
  for (const group of verbGroups(catalog, service)) {
    const label = `${service.prefix}:${group.verb}*`;
    if (present.has(label.toLowerCase())) continue;
    items.push(
      stringItem(ctx.token, {
        label,
        kind: 'action',
        detail: `${group.actions.length} actions`,
        documentation: describeExpansion(group.actions),
        sortText: rank(2, group.verb),
      }),
    );
  }
  return items;
}

function serviceItems(ctx: CursorContext, negated: boolean, catalog: ServiceCatalog, docs: DocsLookup | undefined): CompletionItem[] {
  const items: CompletionItem[] = [];
  // In a trust policy the actions are nearly always these: offered whole, first.
  if (ctx.kind === 'trust' && !negated) {
    TRUST_ACTIONS.forEach((id, i) => {
      const action = catalog.action(id);
      if (action)
        items.push(
          stringItem(ctx.token, {
            label: action.id,
            kind: 'action',
            detail: action.accessLevel,
            documentation: describeAction(action, catalog, docs),
            sortText: rank(0, String(i)),
          }),
        );
    });
  }
  for (const service of sortedServices(catalog)) {
    items.push(
      // The cursor lands after the colon, inside the string, ready for the action's name.
      snippetStringItem(
        ctx.token,
        {
          label: service.prefix,
          kind: 'service',
          detail: service.name,
          documentation: `${service.actions.length} actions`,
          sortText: rank(1, service.prefix),
        },
        `${escapeSnippet(service.prefix)}:$0`,
      ),
    );
  }
  items.push(stringItem(ctx.token, { label: '*', kind: 'value', detail: 'every action of every service', sortText: rank(2, '') }));
  return items;
}
