/**
 * Returns `next`, but with every subtree that is deep-equal to the same place in `previous`
 * replaced by `previous`'s object — `previous` itself when nothing changed. A raw JSON edit builds
 * a whole new document; with this, "did the users change?" is an identity check, and the graph,
 * the editor and the sidebar skip the work a query edit does not concern. Key order is a change:
 * reordering the keys in the editor is an edit the document must keep. Nothing is allocated for
 * parts that did not change (this runs on every keystroke of a large scenario).
 */
export function reuseUnchanged<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (typeof previous !== 'object' || typeof next !== 'object' || previous === null || next === null) {
    return (Object.is(previous, next) ? previous : next) as T;
  }
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let out: unknown[] | null = previous.length === next.length ? null : next.slice();
    for (let i = 0; i < next.length; i++) {
      const shared = reuseUnchanged(previous[i], next[i]);
      if (shared === previous[i] && out === null) continue;
      out ??= previous.slice(0, i); // shared so far: the previous elements themselves
      out[i] = shared;
    }
    return (out ?? previous) as T;
  }
  if (Array.isArray(previous)) return next;
  const prev = previous as Record<string, unknown>;
  const nextRecord = next as Record<string, unknown>;
  const keys = Object.keys(nextRecord);
  const previousKeys = Object.keys(prev);
  const sameKeys = keys.length === previousKeys.length && keys.every((k, i) => k === previousKeys[i]);
  let out: Record<string, unknown> | null = sameKeys ? null : {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const shared = reuseUnchanged(prev[key], nextRecord[key]);
    if (out === null) {
      if (shared === prev[key]) continue;
      out = {};
      // Same keys in the same order, and everything before `key` shared: the previous values.
      for (let j = 0; j < i; j++) out[keys[j]!] = prev[keys[j]!];
    }
    out[key] = shared;
  }
  return (out ?? previous) as T;
}
