import { LAYOUT_SPACING } from './autoLayout';
import type { CreatableKind } from '../editing/createEntity';
import { NODE_WIDTH, NODE_BASE_HEIGHT } from './nodeSize';
import { overlaps, type PlacedNode } from './placement';

/** The column a new node of each kind goes to, matching the automatic layout's left-to-right reading. */
const COLUMN: Record<CreatableKind, number> = { user: 0, group: 1, role: 1, policy: 2, resource: 3 };

/**
 * Where a node created from the toolbar goes: in its account's box, in its kind's column, in the
 * first free spot from the top. `fallback` (the middle of the view) when the account has nothing
 * placed yet.
 */
export function freeSlot(
  kind: CreatableKind,
  container: string | null,
  placed: readonly PlacedNode[],
  fallback: { x: number; y: number },
): { x: number; y: number } {
  const leaves = placed.filter((p) => !p.hidden && p.node.data.kind !== 'account' && p.node.data.kind !== 'ou');
  const inside = leaves.filter((p) => container !== null && p.node.parent === container);
  const size = { width: NODE_WIDTH, height: NODE_BASE_HEIGHT };
  let origin = fallback;
  if (inside.length > 0) {
    origin = { x: Math.min(...inside.map((p) => p.absolute.x)), y: Math.min(...inside.map((p) => p.absolute.y)) };
  } else if (leaves.some((p) => overlaps({ ...fallback, ...size }, { ...p.absolute, width: p.width, height: p.height }, 24))) {
    // A new account's first node: below everything, so its box does not land on another account's.
    origin = {
      x: Math.min(...leaves.map((p) => p.absolute.x)),
      y: Math.max(...leaves.map((p) => p.absolute.y + p.height)) + LAYOUT_SPACING.ranksep,
    };
  }
  const candidate = { x: origin.x + COLUMN[kind] * (NODE_WIDTH + LAYOUT_SPACING.ranksep), y: origin.y, ...size };
  for (let i = 0; i < 1000; i++) {
    const clash = leaves.find((p) => overlaps(candidate, { ...p.absolute, width: p.width, height: p.height }, 16));
    if (!clash) break;
    candidate.y = clash.absolute.y + clash.height + LAYOUT_SPACING.nodesep;
  }
  return { x: candidate.x, y: candidate.y };
}

/** A spot at or below `at` where a new node overlaps nothing already drawn (for a right-click "create here"). */
export function nearestFree(at: { x: number; y: number }, placed: readonly PlacedNode[]): { x: number; y: number } {
  const leaves = placed.filter((p) => !p.hidden && p.node.data.kind !== 'account' && p.node.data.kind !== 'ou');
  const candidate = { x: at.x, y: at.y, width: NODE_WIDTH, height: NODE_BASE_HEIGHT };
  for (let i = 0; i < 1000; i++) {
    const clash = leaves.find((p) => overlaps(candidate, { ...p.absolute, width: p.width, height: p.height }, 16));
    if (!clash) break;
    candidate.y = clash.absolute.y + clash.height + LAYOUT_SPACING.nodesep;
  }
  return { x: candidate.x, y: candidate.y };
}
