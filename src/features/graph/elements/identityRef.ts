import type { IdentityRef } from '../../../store/managedPolicyPickerStore';
import type { GraphNode } from './graphModel';

/** The user, group or role a node stands for, as the managed policy picker addresses it. */
export function identityRefOf(node: GraphNode | undefined | null): IdentityRef | null {
  const d = node?.data;
  if (!d) return null;
  if (d.kind === 'user') return { collection: 'users', index: d.index };
  if (d.kind === 'group') return { collection: 'groups', index: d.index };
  if (d.kind === 'role') return { collection: 'roles', index: d.index };
  return null;
}
