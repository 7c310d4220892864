import { cursorContext, elementStrings } from './cursorContext';
import { hoverTarget } from './hover';
import type { DocumentKind } from './types';

/** The service part of `service:name`, when it is a plain prefix (no wildcard) of a real service name. */
function serviceOf(value: string): string | null {
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const prefix = value.slice(0, colon).toLowerCase();
  return /^[a-z0-9-]+$/.test(prefix) && prefix !== 'aws' ? prefix : null;
}

/**
 * Which services' prose a completion or hover at `offset` would show, so the worker can load it
 * first: the service of the action typed or hovered; for condition keys, the services of the
 * statement's actions (whose keys rank first) and of the key typed or hovered. Global keys
 * (`aws:…`) carry their own one-line docs and need none.
 */
export function docsWantedAt(text: string, offset: number, kind: DocumentKind): string[] {
  const wanted = new Set<string>();
  const add = (prefix: string | null) => {
    if (prefix) wanted.add(prefix);
  };
  const ctx = cursorContext(text, offset, kind);
  if (ctx) {
    switch (ctx.slot.type) {
      case 'action':
        add(serviceOf(ctx.token.prefix));
        if (ctx.kind === 'trust' && !ctx.token.prefix.includes(':')) add('sts');
        break;
      case 'conditionKeyKey':
        for (const action of elementStrings(ctx.statement, 'Action')) add(serviceOf(action));
        add(serviceOf(ctx.token.prefix));
        break;
      default:
        break;
    }
  }
  const target = hoverTarget(text, offset, kind);
  if (target && (target.slot.type === 'action' || target.slot.type === 'conditionKeyKey')) add(serviceOf(target.value));
  return [...wanted];
}
