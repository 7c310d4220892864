import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type OnBeforeDelete,
  type OnNodeDrag,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import { defaultAccountOf } from '../../../model';
import { useEvaluationStore } from '../../../store/evaluationStore';
import { useAssumeEdgesStore } from '../../../store/assumeEdgesStore';
import { useScenarioStore } from '../../../store/scenarioStore';
import { restoredOf, useRestoredWorld } from '../../../store/restoredScenario';
import { useUiStore } from '../../../store/uiStore';
import type { Positions } from '../layout/autoLayout';
import { ContainerNode } from './ContainerNode';
import type { CreatableKind } from '../editing/createEntity';
import { accessHighlight } from '../elements/accessHighlight';
import { decisionHighlight } from '../elements/decisionPath';
import { dragMoves } from '../layout/dragMoves';
import { EntityNode } from './EntityNode';
import type { GraphFlowNode, RelationFlowEdge } from './flowTypes';
import { freeSlot, nearestFree } from '../layout/freeSlot';
import { setPosition } from '../editing/editProposal';
import { createNode, deleteElements, openPolicyOf } from '../editing/carryOutEdits';
import { GraphContextMenu } from '../editing/GraphContextMenu';
import { GraphLegend } from './GraphLegend';
import { GraphMessage } from './GraphMessage';
import { displayName, isContainer, kindLabel, type GraphNode } from '../elements/graphModel';
import { GraphToolbar } from './GraphToolbar';
import { collapseContainers, foldedContainers } from '../elements/collapse';
import { useManagedPolicyPicker } from '../../../store/managedPolicyPickerStore';
import { identityRefOf } from '../elements/identityRef';
import { useGraphUi } from '../graphUiStore';
import { HighlightBanner } from './HighlightBanner';
import { appearanceKey, APPEARANCES } from './nodeAppearance';
import { nodeId } from '../elements/nodeIds';
import { NODE_BASE_HEIGHT, NODE_WIDTH } from '../layout/nodeSize';
import { placeGraph } from '../layout/placement';
import { reconcileEdges, reconcileNodes } from './reconcile';
import { EdgeMarkers, RelationEdge } from './RelationEdge';
import { scenarioToGraph } from '../elements/scenarioToGraph';
import { toFlowEdges, toFlowNodes } from './toFlowElements';
import { useConnectHandlers } from '../editing/useConnectHandlers';
import { useDarkMode } from './useDarkMode';
import { useGraphLayout } from '../layout/useGraphLayout';

const NODE_TYPES = { entity: EntityNode, container: ContainerNode };
const EDGE_TYPES = { relation: RelationEdge };
const NO_POSITIONS: Positions = {};
/** Below this zoom node names are too small to read. */
const READABLE_ZOOM = 0.55;
const MIN_ZOOM = 0.05;
const MINIMAP_COLORS = new Map(APPEARANCES.map(([key, look]) => [key, look.color]));

/** Kinds whose name is not the user's to change: say why at once instead of opening an editor. */
function renameRefusal(node: GraphNode): string | null {
  const d = node.data;
  if (d.kind === 'service') return 'service principals are named by AWS';
  if (d.kind === 'provider') return 'an identity provider is named by its SAML name or its issuer URL: change it in the scenario JSON';
  if (d.kind === 'policy' && d.awsManaged) return 'AWS managed policies belong to AWS: their names cannot change';
  if (d.kind === 'orgpolicy' && !d.documentPath) return `${d.name} is AWS's built-in policy: its name is what makes it built in`;
  return null;
}

const NO_ASSUME_EDGES: readonly never[] = [];

export function GraphCanvas() {
  // The restored world, never the raw document: while the JSON cannot be read, the last state that could be.
  const restoredWorld = useRestoredWorld();
  const scenario = restoredWorld.scenario;
  const layout = useScenarioStore((s) => restoredOf(s).scenario.layout);
  const readOnly = !restoredWorld.current;
  // The decision path follows the answer a frame later: the answer itself (the badge) paints first.
  const evaluation = useDeferredValue(useEvaluationStore((s) => s.evaluation));
  const selection = useUiStore((s) => s.selection);
  const menu = useGraphUi((s) => s.menu);
  const dark = useDarkMode();
  const flow = useReactFlow<GraphFlowNode, RelationFlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);

  // The edges of the world before an edit stay drawn until the new ones come; another scenario's never are.
  const sameScenario = useAssumeEdgesStore((s) => s.generation) === useScenarioStore((s) => s.generation);
  const assumeEdges = useAssumeEdgesStore((s) => (sameScenario ? s.definite : NO_ASSUME_EDGES));
  const conditionalAssume = useAssumeEdgesStore((s) => (sameScenario ? s.conditional : NO_ASSUME_EDGES));
  const collapsed = layout?.collapsed;
  const expanded = layout?.expanded;
  const model = useMemo(() => {
    const whole = scenarioToGraph(restoredWorld, { ok: true, assumeEdges }, conditionalAssume);
    return collapseContainers(whole, foldedContainers(whole, { collapsed, expanded }));
  }, [restoredWorld, assumeEdges, conditionalAssume, collapsed, expanded]);
  const byId = useMemo(() => new Map(model.nodes.map((n) => [n.id, n])), [model]);
  const edgeById = useMemo(() => new Map(model.edges.map((e) => [e.id, e])), [model]);
  // The first layout waits a moment for the can-assume edges of this world: they shape where roles go.
  const worldRevision = useScenarioStore((s) => s.worldRevision);
  const ready = useAssumeEdgesStore((s) => s.worldRevision) === worldRevision;
  const { positions, relayout, fullLayouts, pending } = useGraphLayout(model, layout?.positions ?? NO_POSITIONS, ready);
  const placed = useMemo(() => placeGraph(model, positions), [model, positions]);

  const highlight = useMemo(() => {
    if (selection?.kind === 'access') {
      const path = accessHighlight(model, selection.highlight, defaultAccountOf(scenario));
      const banner = {
        name: selection.highlight.title,
        decision: null,
        deciding: path.nodes.size,
        alarm: selection.highlight.alarm ?? false,
      };
      return { banner, path };
    }
    if (selection?.kind !== 'query' || !evaluation?.ok) return null;
    // The results answer the evaluated document's queries, which may trail the edited one by a keystroke.
    const query = evaluation.queries[selection.index];
    const result = evaluation.results[selection.index];
    if (!query || !result) return null;
    const path = decisionHighlight(model, query, result, defaultAccountOf(scenario));
    return {
      banner: { name: query.name ?? `Query ${selection.index + 1}`, decision: result.decision, deciding: path.deciding.size },
      path,
    };
  }, [selection, evaluation, model, scenario]);
  const selectedId = selection?.kind === 'node' ? selection.id : null;

  const derivedNodes = useMemo(
    () => toFlowNodes(placed, model, highlight?.path ?? null, selectedId),
    [placed, model, highlight, selectedId],
  );
  const derivedEdges = useMemo(() => toFlowEdges(model, placed, highlight?.path ?? null), [model, placed, highlight]);
  const [nodes, setNodes] = useState<GraphFlowNode[]>([]);
  const [edges, setEdges] = useState<RelationFlowEdge[]>([]);
  useLayoutEffect(() => setNodes((previous) => reconcileNodes(previous, derivedNodes)), [derivedNodes]);
  useLayoutEffect(() => setEdges((previous) => reconcileEdges(previous, derivedEdges)), [derivedEdges]);
  const onNodesChange = useCallback((changes: NodeChange<GraphFlowNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);
  const onEdgesChange = useCallback((changes: EdgeChange<RelationFlowEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);

  // Fit the view after each whole-graph layout (opening a scenario, re-layout), once it is drawn.
  // A graph too big to read when fitted opens at a readable zoom on its top-left corner instead:
  // that is also where panning stays smooth (docs/stack-notes.md, "React Flow at scale").
  // The view is computed from the bounds, not with fitView: React Flow fits only nodes it has
  // measured, and with only the visible nodes drawn most of a large graph never is (nor, right after
  // a document opens with every position saved, has React Flow indexed the nodes yet).
  const fitTo = useCallback(
    (readable: boolean, duration: number) => {
      const rect = wrapper.current?.getBoundingClientRect();
      const shown = flow.getNodes().filter((n) => !n.hidden && !n.parentId);
      if (!rect || shown.length === 0) return;
      const bounds = flow.getNodesBounds(shown);
      const fit = Math.min(rect.width / bounds.width, rect.height / bounds.height) * 0.88;
      if (fit >= READABLE_ZOOM || !readable) {
        const zoom = Math.max(MIN_ZOOM, Math.min(1.1, fit));
        const x = rect.width / 2 - (bounds.x + bounds.width / 2) * zoom;
        const y = rect.height / 2 - (bounds.y + bounds.height / 2) * zoom;
        void flow.setViewport({ x, y, zoom }, { duration });
      } else
        void flow.setViewport({ x: 32 - bounds.x * READABLE_ZOOM, y: 32 - bounds.y * READABLE_ZOOM, zoom: READABLE_ZOOM }, { duration });
    },
    [flow],
  );
  // The layout whose view has been fitted: until then the graph is still settling (the marker below).
  const [fittedLayouts, setFittedLayouts] = useState(0);
  useEffect(() => {
    if (fullLayouts === 0) return;
    // Settled once the view has arrived: a later layout's fit animates for a quarter second. A timer,
    // not the fit's promise: React Flow settles that only when the animation ends, never when a
    // person's own zoom interrupts it.
    const duration = fullLayouts > 1 ? 250 : 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      fitTo(true, duration);
      timer = setTimeout(() => setFittedLayouts(fullLayouts), duration);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [fullLayouts, fitTo]);
  const settling = pending || fittedLayouts !== fullLayouts;

  const selectedNodes = nodes.filter((n) => n.selected);
  const selectedEdges = edges.filter((e) => e.selected);
  const onSelectionChange = useCallback(({ nodes: chosen }: OnSelectionChangeParams) => {
    const ui = useUiStore.getState();
    const current = ui.selection;
    if (chosen.length === 1 && (current?.kind !== 'node' || current.id !== chosen[0]!.id)) ui.select({ kind: 'node', id: chosen[0]!.id });
    else if (chosen.length === 0 && current?.kind === 'node') ui.select(null);
  }, []);

  const { isValidConnection, onConnect, onConnectEnd } = useConnectHandlers(byId);

  const onNodeDragStop: OnNodeDrag<GraphFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const dropped = dragged.map((n) => ({ id: n.id, absolute: flow.getInternalNode(n.id)?.internals.positionAbsolute ?? n.position }));
      const moves = dragMoves(dropped, placed, model);
      const ids = Object.keys(moves);
      if (ids.length === 0) return;
      const only = dragged.length === 1 ? byId.get(dragged[0]!.id) : undefined;
      const label = only ? `Move ${kindLabel(only.data)} ${displayName(only.data)}` : `Move ${ids.length} nodes`;
      useScenarioStore.getState().update(label, (draft) => {
        for (const id of ids) setPosition(draft, id, moves[id]!);
      });
    },
    [flow, placed, model, byId],
  );

  const onBeforeDelete: OnBeforeDelete<GraphFlowNode, RelationFlowEdge> = useCallback(
    async ({ nodes: goingNodes, edges: goingEdges }) => {
      deleteElements(
        goingNodes.flatMap((n) => byId.get(n.id) ?? []),
        goingEdges.flatMap((e) => edgeById.get(e.id) ?? []),
      );
      return false; // the document changed; the graph follows it, React Flow must not delete on its own
    },
    [byId, edgeById],
  );

  const startRename = useCallback(
    (id: string) => {
      const node = byId.get(id);
      if (!node) return;
      const refusal = renameRefusal(node);
      if (refusal) useGraphUi.getState().say(refusal, 'error');
      else useGraphUi.getState().startRename(id);
    },
    [byId],
  );

  /** Pans (never zooms) just enough to bring a freshly created node into view. */
  const revealPoint = useCallback(
    (p: { x: number; y: number }) => {
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return;
      const { x, y, zoom } = flow.getViewport();
      const margin = 24;
      const shift = (at: number, size: number, room: number) => {
        if (at < margin) return margin - at;
        if (at + size > room - margin) return Math.max(room - margin - (at + size), margin - at);
        return 0;
      };
      const dx = shift(p.x * zoom + x, NODE_WIDTH * zoom, rect.width);
      const dy = shift(p.y * zoom + y, NODE_BASE_HEIGHT * zoom, rect.height);
      if (dx !== 0 || dy !== 0) void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
    },
    [flow],
  );

  /** Where new nodes go when created from the toolbar: the selected node's account, else the default one. */
  const create = useCallback(
    (kind: CreatableKind, account?: string, at?: { x: number; y: number }) => {
      const selected = selectedId ? byId.get(selectedId) : undefined;
      const chosen =
        account ??
        (selected?.data.kind === 'account' && !selected.data.external
          ? selected.data.accountId
          : selected && 'account' in selected.data && typeof selected.data.account === 'string'
            ? selected.data.account
            : defaultAccountOf(scenario));
      let position = at ? nearestFree(at, placed) : undefined;
      if (!position) {
        const rect = wrapper.current?.getBoundingClientRect();
        const centre = rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
        position = freeSlot(kind, nodeId.account(chosen), placed, { x: centre.x - NODE_WIDTH / 2, y: centre.y - NODE_BASE_HEIGHT / 2 });
        revealPoint(position);
      }
      createNode(kind, chosen === defaultAccountOf(scenario) ? undefined : chosen, position);
    },
    [selectedId, byId, scenario, placed, flow, revealPoint],
  );

  // A node added from outside the canvas (the managed policy picker) is brought into view once the
  // layout has given it a place, as nodes created on the canvas are.
  const revealing = useGraphUi((s) => s.revealing);
  useEffect(() => {
    if (!revealing) return;
    const target = placed.find((p) => p.node.id === revealing);
    if (!target || target.hidden) return;
    revealPoint(target.absolute);
    useGraphUi.getState().reveal(null);
  }, [revealing, placed, revealPoint]);

  const openMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, nodeIdAt: string | null) => {
      event.preventDefault();
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return;
      const flowPoint = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      useGraphUi.getState().openMenu({
        x: Math.min(event.clientX - rect.left, rect.width - 220),
        y: Math.min(event.clientY - rect.top, rect.height - 240),
        flow: flowPoint,
        nodeId: nodeIdAt,
      });
    },
    [flow],
  );

  const onKeyDown = (e: ReactKeyboardEvent) => {
    // F2 renames the focused node, as in a file manager.
    if (e.key !== 'F2') return;
    const id = (document.activeElement as HTMLElement | null)?.closest('.react-flow__node')?.getAttribute('data-id');
    if (id) {
      e.preventDefault();
      startRename(id);
    }
  };

  const selectedGraphNode = selectedNodes.length === 1 ? byId.get(selectedNodes[0]!.id) : undefined;
  const visible = nodes.some((n) => !n.hidden);

  return (
    <div className="iam-graph @container flex h-full w-full flex-col" data-testid="graph.panel">
      <EdgeMarkers />
      <div className="flex items-center gap-2 border-b border-slate-200 bg-slate-50 px-2 py-1.5 dark:border-slate-800 dark:bg-slate-950">
        <GraphToolbar
          onCreate={(kind) => create(kind)}
          onRelayout={relayout}
          onRename={() => selectedGraphNode && startRename(selectedGraphNode.id)}
          onDelete={() =>
            deleteElements(
              selectedNodes.flatMap((n) => byId.get(n.id) ?? []),
              selectedEdges.flatMap((e) => edgeById.get(e.id) ?? []),
            )
          }
          onAttachManaged={() => useManagedPolicyPicker.getState().show(identityRefOf(selectedGraphNode))}
          canEditSelection={{ rename: selectedGraphNode !== undefined, delete: selectedNodes.length + selectedEdges.length > 0 }}
        />
        <div className="ml-auto">
          <GraphLegend />
        </div>
      </div>
      <div ref={wrapper} className="relative min-h-0 flex-1" onKeyDown={onKeyDown}>
        <ReactFlow<GraphFlowNode, RelationFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
          onNodeClick={(_e, node) => {
            const g = byId.get(node.id);
            if (g && !isContainer(g.data)) openPolicyOf(g.data);
          }}
          onNodeDoubleClick={(_e, node) => startRename(node.id)}
          onNodeDragStop={onNodeDragStop}
          onBeforeDelete={onBeforeDelete}
          isValidConnection={isValidConnection}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onPaneContextMenu={(e) => openMenu(e, null)}
          onNodeContextMenu={(e, node) => openMenu(e, node.id)}
          onPaneClick={() => useGraphUi.getState().openMenu(null)}
          colorMode={dark ? 'dark' : 'light'}
          onlyRenderVisibleElements
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
          zoomOnDoubleClick={false}
          connectionRadius={28}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          elevateEdgesOnSelect
          attributionPosition="top-right"
          aria-label="IAM graph"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
          <Controls showInteractive={false} showFitView={false} position="bottom-left">
            <ControlButton
              className="react-flow__controls-fitview"
              onClick={() => fitTo(false, 250)}
              title="Fit view"
              aria-label="Fit view"
            >
              <svg
                xmlns="http://www.w3.org/2000/svg"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                aria-hidden="true"
              >
                <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
              </svg>
            </ControlButton>
          </Controls>
          <MiniMap<GraphFlowNode>
            pannable
            zoomable
            ariaLabel="Overview of the graph"
            position="bottom-right"
            nodeStrokeWidth={2}
            nodeColor={(n) => (n.type === 'entity' ? (MINIMAP_COLORS.get(appearanceKey(n.data.graph)) ?? '#94a3b8') : 'transparent')}
            nodeStrokeColor={(n) => (n.type === 'container' ? '#94a3b8' : 'transparent')}
            className="hidden @2xl:block"
            style={{ width: 168, height: 112 }}
          />
        </ReactFlow>
        {highlight && (
          <div className="pointer-events-none absolute top-2 left-2 z-10 max-w-[calc(100%-1rem)] [&>*]:pointer-events-auto">
            <HighlightBanner {...highlight.banner} />
          </div>
        )}
        {readOnly && (
          <p
            role="status"
            data-testid="graph.stale"
            className="absolute top-2 left-1/2 z-10 max-w-[calc(100%-1rem)] -translate-x-1/2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-xs text-amber-900 shadow-sm dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            The scenario JSON cannot be read: this is its last readable state. Graph edits wait until the JSON is fixed.
          </p>
        )}
        {model.nodes.length === 0 && (
          <div className="pointer-events-none absolute inset-0 grid place-items-center p-6 text-center" data-testid="graph.empty">
            <div className="max-w-sm text-sm text-slate-500 dark:text-slate-400">
              <p className="font-semibold text-slate-700 dark:text-slate-200">An empty IAM world</p>
              <p className="mt-1">
                Add a user, a group or a role with the toolbar, or right-click the canvas. Drag from a node’s right handle to another node
                to connect them.
              </p>
            </div>
          </div>
        )}
        {/* While any node waits for its place or a new layout's view is not yet fitted: tests and the benchmark wait on it before judging the view. */}
        {settling && <span hidden data-testid="graph.layouting" />}
        {model.nodes.length > 0 && !visible && pending && (
          <p className="absolute inset-0 grid place-items-center text-sm text-slate-500" role="status">
            Laying out the graph…
          </p>
        )}
        <div className="pointer-events-none absolute inset-x-2 bottom-3 z-10">
          <GraphMessage />
        </div>
        {menu && (
          <GraphContextMenu
            menu={menu}
            node={menu.nodeId ? (byId.get(menu.nodeId) ?? null) : null}
            onCreate={(kind, account, at) => create(kind, account ?? defaultAccountOf(scenario), at)}
            onRename={(node) => startRename(node.id)}
            onDelete={(node) => deleteElements([node], [])}
          />
        )}
      </div>
    </div>
  );
}
