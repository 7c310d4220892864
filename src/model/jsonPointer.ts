import { pointerSegments } from './issues';

/** Reads the value a JSON pointer names, or undefined. */
export function getAtPointer(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of pointerSegments(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Sets the value at a JSON pointer in place; the parent must exist. Returns false when it does not.
 * Refuses prototype keys so a pointer from anywhere cannot reach `Object.prototype`.
 */
export function setAtPointer(root: unknown, path: string, value: unknown): boolean {
  const segments = pointerSegments(path);
  const last = segments.pop();
  if (last === undefined || ['__proto__', 'constructor', 'prototype'].includes(last)) return false;
  const parent = getAtPointer(root, segments.length ? '/' + segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/') : '');
  if (parent === null || typeof parent !== 'object') return false;
  (parent as Record<string, unknown>)[last] = value;
  return true;
}
