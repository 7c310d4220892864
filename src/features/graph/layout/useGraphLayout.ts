import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useScenarioStore } from '../../../store/scenarioStore';
import type { Positions } from './autoLayout';
import type { GraphModel } from '../elements/graphModel';
import { placeNewNodes } from './incrementalLayout';
import { LayoutClient } from './layoutClient';
import { layoutInput, placeableIds } from './layoutInput';

/**
 * Positions for the graph: the ones saved in the scenario win; every other node gets one from the
 * automatic layout, computed in a worker and kept in memory (not in the document, so opening an
 * example does not make it "changed"). Nodes that appear later are placed without moving others.
 *
 * `ready`: whether the can-assume edges are in for this world revision — the first layout waits
 * a moment for them, since they shape where roles go.
 */
export function useGraphLayout(model: GraphModel, stored: Positions, ready: boolean) {
  const [auto, setAuto] = useState<Positions>({});
  /** Counts whole-graph layouts (first one, re-layout): the view fits itself after each. */
  const [fullLayouts, setFullLayouts] = useState(0);
  const client = useMemo(() => new LayoutClient(), []);
  useEffect(() => () => client.dispose(), [client]);

  const latest = useRef({ model, stored, auto });
  latest.current = { model, stored, auto };

  /** A document just opened whose view has not been fitted yet. */
  const [needsFit, setNeedsFit] = useState(true);
  // Another scenario opened (history starts afresh): its layout starts afresh too.
  useEffect(
    () =>
      useScenarioStore.subscribe((state, previous) => {
        if (state.generation !== previous.generation) {
          setAuto({});
          setNeedsFit(true);
        }
      }),
    [],
  );

  const placeable = useMemo(() => placeableIds(model), [model]);
  const missing = useMemo(() => placeable.filter((id) => !stored[id] && !auto[id]), [placeable, stored, auto]);
  const missingKey = missing.join('\n');

  useEffect(() => {
    if (missingKey === '') return;
    let cancelled = false;
    const run = (attempt: number) => {
      client.layout(layoutInput(latest.current.model)).then(
        (fresh) => {
          if (cancelled || !fresh) return;
          const { model: m, stored: s, auto: a } = latest.current;
          const stillMissing = placeableIds(m).filter((id) => !s[id] && !a[id] && fresh[id]);
          // The first layout of a document takes dagre's answer as it is; later ones, and a first one
          // beside saved positions (moved or folded nodes), slot the missing nodes in around what is
          // already placed, so nothing lands on top of a node the document keeps where it is.
          const whole = Object.keys(a).length === 0;
          const placed =
            whole && Object.keys(s).length === 0 ? pick(fresh, stillMissing) : placeNewNodes(m, { ...a, ...s }, fresh, stillMissing);
          setAuto((prev) => ({ ...prev, ...placed }));
          if (whole) {
            setFullLayouts((n) => n + 1);
            setNeedsFit(false);
          }
        },
        () => {
          if (!cancelled && attempt === 0) run(1); // the worker failed to start: the client now runs in-thread
        },
      );
    };
    const nothingShown = Object.keys(latest.current.auto).length === 0;
    const timer = setTimeout(() => run(0), nothingShown && !ready ? 400 : 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [missingKey, ready, client]);

  // A document whose every node has a saved position needs no layout, but its view must still be
  // fitted once when it opens (else it may open on an empty stretch of the canvas).
  useEffect(() => {
    if (!needsFit) return;
    if (missing.length === 0 && placeable.length > 0) setFullLayouts((n) => n + 1);
    if (missing.length === 0 || Object.keys(auto).length > 0) setNeedsFit(false);
  }, [needsFit, missing.length, placeable.length, auto]);

  const positions = useMemo(() => ({ ...auto, ...stored }), [auto, stored]);

  /** Lays everything out afresh and forgets saved positions (one undo step brings them back). */
  const relayout = useCallback(() => {
    client.layout(layoutInput(latest.current.model)).then((fresh) => {
      if (!fresh) return;
      setAuto(fresh);
      setFullLayouts((n) => n + 1);
      useScenarioStore.getState().update('Re-layout the graph', (draft) => {
        if (!draft.layout) return;
        delete draft.layout.positions;
        if (Object.keys(draft.layout).length === 0) delete draft.layout;
      });
    });
  }, [client]);

  return { positions, pending: missing.length > 0, relayout, fullLayouts };
}

function pick(positions: Positions, ids: readonly string[]): Positions {
  const out: Positions = {};
  for (const id of ids) if (positions[id]) out[id] = positions[id];
  return out;
}
