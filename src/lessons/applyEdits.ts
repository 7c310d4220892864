import type { LessonEdit } from './lessonSchema';

/**
 * Applies a lesson's solution edits to a copy of its scenario (add, replace and remove of JSON
 * Patch; `-` appends to an array). Throws on a path that does not exist: a broken solution is a
 * bug in the lesson file, and the unit test must say so.
 */
export function applyEdits(document: unknown, edits: readonly LessonEdit[]): unknown {
  const root = structuredClone(document);
  for (const edit of edits) {
    const keys = edit.path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop();
    if (last === undefined) throw new Error(`edit of the whole document: ${edit.path}`);
    let parent: unknown = root;
    for (const k of keys) {
      parent = (parent as Record<string, unknown>)[k];
      if (typeof parent !== 'object' || parent === null) throw new Error(`no ${edit.path}`);
    }
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (edit.op === 'add') parent.splice(index, 0, edit.value);
      else if (edit.op === 'replace') parent[index] = edit.value;
      else parent.splice(index, 1);
    } else {
      const obj = parent as Record<string, unknown>;
      if (edit.op !== 'add' && !(last in obj)) throw new Error(`no ${edit.path}`);
      if (edit.op === 'remove') delete obj[last];
      else obj[last] = edit.value;
    }
  }
  return root;
}
