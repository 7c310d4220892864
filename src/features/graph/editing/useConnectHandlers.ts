import type { Connection, Edge, FinalConnectionState, InternalNode } from '@xyflow/react';
import { useCallback } from 'react';
import { connectionRule } from './connectionRules';
import { applyEdit, editableScenario } from './carryOutEdits';
import { isContainer, type GraphNode } from '../elements/graphModel';

/**
 * Dragging a connection: React Flow asks `isValidConnection` while hovering (so handles show
 * whether a drop would work), `onConnect` applies a valid drop, and `onConnectEnd` explains an
 * invalid one. A drop on a node's body, not just its handle, counts too: the handles are small.
 */
export function useConnectHandlers(byId: ReadonlyMap<string, GraphNode>) {
  const verdict = useCallback(
    (source: string, target: string) => {
      const s = byId.get(source);
      const t = byId.get(target);
      return s && t ? connectionRule(s, t, editableScenario()) : null;
    },
    [byId],
  );

  const isValidConnection = useCallback((c: Connection | Edge) => verdict(c.source, c.target)?.ok ?? false, [verdict]);

  const onConnect = useCallback(
    (c: Connection) => {
      const v = verdict(c.source, c.target);
      if (v) applyEdit(v);
    },
    [verdict],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState<InternalNode>) => {
      if (state.isValid || !state.fromNode) return; // a valid drop went through onConnect
      let to = state.toNode?.id ?? null;
      if (!to) {
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const element = point ? document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node') : null;
        to = element?.getAttribute('data-id') ?? null;
        const dropped = to ? byId.get(to) : undefined;
        const from = byId.get(state.fromNode.id);
        // Letting go inside an account box is letting go on the canvas, unless an SCP is looking for a target.
        if (dropped && isContainer(dropped.data) && from?.data.kind !== 'orgpolicy') to = null;
      }
      if (!to || to === state.fromNode.id) return;
      // Started from an input handle: the node dropped on is the source.
      const [source, target] = state.fromHandle?.type === 'target' ? [to, state.fromNode.id] : [state.fromNode.id, to];
      const v = verdict(source, target);
      if (v) applyEdit(v);
    },
    [byId, verdict],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
