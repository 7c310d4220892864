import { findNodeAtLocation, type JSONPath, type Node } from 'jsonc-parser';
import type { DocumentKind, PolicyKind } from './types';

/** Where a policy document sits in the text: its kind and the JSON path of its root. */
export interface DocumentLocation {
  kind: PolicyKind;
  /** Path of the document's root value (`[]` for a standalone document). */
  root: JSONPath;
}

const isIndex = (s: unknown): s is number => typeof s === 'number';

/**
 * The policy document a JSON path points into. For a standalone document that is the whole text;
 * in a scenario it is one of the places the scenario format puts documents
 * (docs/scenario-format.md), and a path anywhere else is outside every document.
 * `tree` is needed only to read an organization policy's `type` (SCP or RCP).
 */
export function locateDocument(path: JSONPath, kind: DocumentKind, tree: Node | undefined): DocumentLocation | null {
  if (kind !== 'scenario') return { kind, root: [] };
  const [a, b, c, d, e] = path;
  if (a === 'policies' && isIndex(b) && c === 'document') return { kind: 'identity', root: path.slice(0, 3) };
  if ((a === 'users' || a === 'groups' || a === 'roles') && isIndex(b) && c === 'inlinePolicies' && isIndex(d) && e === 'document')
    return { kind: 'identity', root: path.slice(0, 5) };
  if (a === 'roles' && isIndex(b) && c === 'trustPolicy') return { kind: 'trust', root: path.slice(0, 3) };
  if (a === 'resources' && isIndex(b) && c === 'policy') return { kind: 'resource', root: path.slice(0, 3) };
  if (a === 'queries' && isIndex(b) && c === 'sessionPolicy') return { kind: 'session', root: path.slice(0, 3) };
  if (a === 'organization' && b === 'policies' && isIndex(c) && d === 'document') {
    // The entry's `type` says which kind of organization policy this is; SCP when not (yet) given.
    const type = tree ? findNodeAtLocation(tree, ['organization', 'policies', c, 'type'])?.value : undefined;
    return { kind: type === 'rcp' ? 'rcp' : 'scp', root: path.slice(0, 4) };
  }
  return null;
}
