import { containerCaption, displayName, isContainer, type GraphNodeData } from '../elements/graphModel';

/**
 * Node sizes are computed, not measured: the layout worker, the container boxes and React Flow all
 * use the same numbers, so nothing waits for the DOM and nothing jumps once it is measured. The
 * node components draw to exactly these sizes (fixed row heights, overflow hidden).
 */
export const NODE_WIDTH = 232;
export const NODE_BASE_HEIGHT = 58;
export const CHIP_ROW_HEIGHT = 22;
export const CHIP_AREA_MARGIN = 4;
export const MAX_INLINE_CHIPS = 3;

export const CONTAINER_PADDING = { x: 20, top: 40, bottom: 20 };
export const EMPTY_CONTAINER = { width: 260, height: 96 };

/** The chip rows under a node's name: inline policies (at most three and a "+N more"), a trust policy, a resource policy. */
export function chipRows(data: GraphNodeData): number {
  switch (data.kind) {
    case 'user':
    case 'group':
    case 'role': {
      const n = data.inlinePolicies.length;
      const inline = Math.min(n, MAX_INLINE_CHIPS) + (n > MAX_INLINE_CHIPS ? 1 : 0);
      return inline + (data.kind === 'role' ? 1 : 0);
    }
    case 'resource':
      return 1;
    default:
      return 0;
  }
}

/** A leaf's size; for a container, its size when empty (a container with contents wraps them). */
export function nodeSize(data: GraphNodeData): { width: number; height: number } {
  if (isContainer(data)) {
    return {
      width: Math.max(EMPTY_CONTAINER.width, containerLabelWidth(containerCaption(data), displayName(data))),
      height: EMPTY_CONTAINER.height,
    };
  }
  const rows = chipRows(data);
  return { width: NODE_WIDTH, height: NODE_BASE_HEIGHT + (rows > 0 ? CHIP_AREA_MARGIN + rows * CHIP_ROW_HEIGHT : 0) };
}

/**
 * How wide a container must be for its label (`MANAGEMENT ACCOUNT  management 999999999999`) to
 * fit: estimated from character counts, erring wide, since the layout runs without a DOM.
 */
export function containerLabelWidth(caption: string, name: string): number {
  return Math.ceil(60 + caption.length * 8.6 + name.length * 7.8);
}
