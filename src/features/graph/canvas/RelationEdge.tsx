import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { edgeLook } from './edgeAppearance';
import { facingEnds, type Rect } from './edgeGeometry';
import type { RelationFlowEdge } from './flowTypes';

/** The arrowhead takes the colour of the line it ends (SVG 2 `context-stroke`), so one marker serves every style. */
export const ARROW_MARKER_ID = 'iam-graph-arrow';

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, data, selected, source, target } = props;
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  // The handles' own coordinates (props) are the fallback while a node is not in the store yet.
  const ends = from && to ? facingEnds(rectOf(from), rectOf(to), to.type === 'container') : props;
  const [path, labelX, labelY] = getBezierPath(ends);
  if (!data) return null;
  const look = edgeLook(data);
  const width = look.width + (data.emphasis ? 1.75 : 0) + (selected ? 1 : 0);
  const opacity = data.dimmed ? 0.12 : 1;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className="iam-edge transition-opacity duration-200"
        style={{ strokeWidth: width, strokeDasharray: look.dash, strokeLinecap: 'round', opacity }}
        markerEnd={`url(#${ARROW_MARKER_ID})`}
        interactionWidth={16}
        data-testid="graph.edge"
        data-kind={data.kind}
        data-source={source}
        data-target={target}
        data-emphasis={data.emphasis ?? undefined}
        data-deny-only={data.denyOnly}
        data-requires={data.requires.length > 0 ? data.requires.join(' ') : undefined}
        data-org-type={data.orgType ?? undefined}
      />
      {look.pill && !data.dimmed && (
        <EdgeLabelRenderer>
          <div
            aria-hidden="true"
            className={`nodrag nopan pointer-events-none absolute rounded-full border px-1.5 py-px text-[10px] font-semibold whitespace-nowrap shadow-sm ${
              data.kind === 'assume'
                ? 'border-sky-200 bg-sky-50 text-sky-800 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200'
                : 'border-amber-200 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200'
            }`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {look.pill}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

function rectOf(node: InternalNode): Rect {
  return {
    ...node.internals.positionAbsolute,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** Rendered once per panel: the shared arrowhead. */
export function EdgeMarkers() {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
      <defs>
        <marker
          id={ARROW_MARKER_ID}
          viewBox="0 0 10 10"
          refX="8.5"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="11"
          markerHeight="11"
          orient="auto-start-reverse"
        >
          <path d="M 0 1 L 9 5 L 0 9 z" fill="context-stroke" stroke="none" />
        </marker>
      </defs>
    </svg>
  );
}
