import { Position } from '@xyflow/react';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/**
 * Where an edge leaves and enters: the sides of the two nodes that face each other. Fixed
 * left/right handles draw loops through the nodes as soon as a person drags a node past another,
 * or a relation points right to left (a bucket policy naming the role to its left).
 */
export function facingEnds(source: Rect, target: Rect, targetIsBox = false): EdgeEnds {
  const ends = facingSides(source, target);
  // Mid-left and mid-right carry a handle's circle: start and end at its rim, so the arrowhead shows.
  if (ends.sourcePosition === Position.Right) ends.sourceX += HANDLE_RADIUS;
  if (ends.sourcePosition === Position.Left) ends.sourceX -= HANDLE_RADIUS;
  if (!targetIsBox && ends.targetPosition === Position.Left) ends.targetX -= HANDLE_RADIUS;
  if (!targetIsBox && ends.targetPosition === Position.Right) ends.targetX += HANDLE_RADIUS;
  // Nested boxes share nearly the same left side: aim at each box's label row instead of its middle,
  // so the SCPs of the root, an OU and an account arrive visibly apart.
  if (targetIsBox && (ends.targetPosition === Position.Left || ends.targetPosition === Position.Right)) {
    return { ...ends, targetY: target.y + BOX_LABEL_Y };
  }
  return ends;
}

/** Half the handle circle (toFlowElements' HANDLE_SIZE). */
export const HANDLE_RADIUS = 6;

/** The middle of a container's label row (CONTAINER_PADDING.top is 40). */
export const BOX_LABEL_Y = 18;

function facingSides(source: Rect, target: Rect): EdgeEnds {
  const mid = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  const s = mid(source);
  const t = mid(target);
  if (target.x >= source.x + source.width) {
    return {
      sourceX: source.x + source.width,
      sourceY: s.y,
      targetX: target.x,
      targetY: t.y,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    };
  }
  if (target.x + target.width <= source.x) {
    return {
      sourceX: source.x,
      sourceY: s.y,
      targetX: target.x + target.width,
      targetY: t.y,
      sourcePosition: Position.Left,
      targetPosition: Position.Right,
    };
  }
  // Overlapping columns: one is above the other.
  if (t.y >= s.y) {
    return {
      sourceX: s.x,
      sourceY: source.y + source.height,
      targetX: t.x,
      targetY: target.y,
      sourcePosition: Position.Bottom,
      targetPosition: Position.Top,
    };
  }
  return {
    sourceX: s.x,
    sourceY: source.y,
    targetX: t.x,
    targetY: target.y + target.height,
    sourcePosition: Position.Top,
    targetPosition: Position.Bottom,
  };
}
