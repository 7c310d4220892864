import { pointer, pointerSegments } from '../../model';
import type { EditorTab } from '../../store/uiStore';
import { documentOfTab } from '../../store/editorTabs';

/**
 * Editor tabs address documents by JSON pointer (`/users/3/inlinePolicies/0/document`). Deleting
 * an item earlier in a list shifts the indexes after it, and the pointer would silently show (and
 * write!) another entity's policy. This finds where the same document lives after a change: each
 * list item on the way is recognised by what names it in IAM (a user by account and name, a
 * resource by ARN, …), not by position.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What identifies an item of the list at `listKey`; undefined when it cannot be told apart. */
function identity(listKey: string, item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  const name = typeof item.name === 'string' ? item.name : undefined;
  switch (listKey) {
    case 'users':
    case 'groups':
    case 'roles':
    case 'policies':
      // Organization policies live in `policies` too; their type keeps an SCP and an RCP of one name apart.
      return name === undefined ? undefined : `${String(item.account ?? '')}\u0000${String(item.type ?? '')}\u0000${name}`;
    case 'resources':
      return typeof item.arn === 'string' ? item.arn : undefined;
    case 'inlinePolicies':
    case 'queries':
      return name;
    default:
      return undefined;
  }
}

/**
 * The pointer of the document `documentPointer` named in `previous`, as found in `next`: the same
 * pointer when nothing moved (or when an item was renamed in place), another one when its owner
 * moved, null when its owner is gone.
 */
export function followDocument(previous: unknown, next: unknown, documentPointer: string): string | null {
  const segments = pointerSegments(documentPointer);
  const out: (string | number)[] = [];
  let before: unknown = previous;
  let after: unknown = next;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (Array.isArray(before) && /^\d+$/.test(segment)) {
      const listKey = String(segments[i - 1] ?? '');
      const index = Number(segment);
      const list = Array.isArray(after) ? after : [];
      const id = identity(listKey, before[index]);
      let found = index;
      if (id !== undefined && identity(listKey, list[index]) !== id) {
        const moved = list.findIndex((item) => identity(listKey, item) === id);
        // Not found: renamed where it stands (same length) or deleted (shorter).
        if (moved >= 0) found = moved;
        else if (list.length !== before.length || index >= list.length) return null;
      } else if (index >= list.length) return null;
      out.push(found);
      before = before[index];
      after = list[found];
    } else {
      out.push(segment);
      before = isObject(before) ? before[segment] : undefined;
      after = isObject(after) ? after[segment] : undefined;
    }
  }
  return pointer(out);
}

export interface TabPlan {
  /** Tabs whose document moved, by their current id, with their new tab. */
  moves: Map<string, EditorTab>;
  /** Tabs whose document is gone with its owner: they must close, not show the neighbour that took the index. */
  gone: string[];
}

/** What a change of the document means for the open policy tabs. */
export function planTabs(previous: unknown, next: unknown, tabs: readonly EditorTab[]): TabPlan {
  const moves = new Map<string, EditorTab>();
  const gone: string[] = [];
  for (const tab of tabs) {
    const doc = documentOfTab(tab);
    if (doc.kind !== 'policy') continue;
    const moved = followDocument(previous, next, doc.pointer);
    if (moved === null) gone.push(tab.id);
    else if (moved !== doc.pointer) moves.set(tab.id, { ...tab, id: moved });
  }
  return { moves, gone };
}
