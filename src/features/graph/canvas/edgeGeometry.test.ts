import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { BOX_LABEL_Y, facingEnds, HANDLE_RADIUS as R } from './edgeGeometry';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

describe('facingEnds', () => {
  it('joins the sides that face each other', () => {
    expect(facingEnds(box(0, 0), box(300, 0))).toMatchObject({
      sourceX: 100 + R,
      targetX: 300 - R,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    });
    // Drawn right to left: leaves the source's left side instead of looping through both nodes.
    expect(facingEnds(box(300, 0), box(0, 0))).toMatchObject({
      sourceX: 300 - R,
      targetX: 100 + R,
      sourcePosition: Position.Left,
      targetPosition: Position.Right,
    });
    expect(facingEnds(box(0, 0), box(20, 200))).toMatchObject({
      sourceY: 40,
      targetY: 200,
      sourcePosition: Position.Bottom,
      targetPosition: Position.Top,
    });
    expect(facingEnds(box(0, 200), box(20, 0))).toMatchObject({
      sourceY: 200,
      targetY: 40,
      sourcePosition: Position.Top,
      targetPosition: Position.Bottom,
    });
  });

  it('aims at a container’s label row', () => {
    expect(facingEnds(box(0, 0), { x: 300, y: 100, width: 600, height: 400 }, true)).toMatchObject({
      sourceX: 100 + R,
      targetX: 300,
      targetY: 100 + BOX_LABEL_Y,
    });
  });
});
