/**
 * Returns `next`, but with every subtree that is deep-equal to the same place in `previous`
 * replaced by `previous`'s object — `previous` itself when nothing changed. Edits copy the whole
 * document (`structuredClone`), so without this every component would see every part as new on
 * every keystroke; with it, "did the users change?" is an identity check, and the graph, the editor
 * and the sidebar skip the work a query edit does not concern. Key order is a change: reordering
 * the keys in the editor is an edit the document must keep.
 */
export function shareStructure<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) {
    return (Object.is(previous, next) ? previous : next) as T;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareStructure(previous[i], item);
      if (shared !== previous[i]) same = false;
      return shared;
    });
    return (same ? previous : out) as T;
  }
  if (Array.isArray(previous)) return next;
  const prev = previous as Record<string, unknown>;
  const keys = Object.keys(next);
  const previousKeys = Object.keys(prev);
  let same = keys.length === previousKeys.length && keys.every((k, i) => k === previousKeys[i]);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = shareStructure(prev[key], (next as Record<string, unknown>)[key]);
    if (!Object.hasOwn(prev, key) || shared !== prev[key]) same = false;
    out[key] = shared;
  }
  return (same ? previous : out) as T;
}
