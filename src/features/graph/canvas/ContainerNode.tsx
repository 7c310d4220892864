import { Handle, Position, useReactFlow, type NodeProps, type ReactFlowInstance } from '@xyflow/react';
import { memo } from 'react';
import type { ContainerFlowNode } from './flowTypes';
import { renameTo, toggleCollapsed } from '../editing/carryOutEdits';
import { describeContents } from '../elements/collapse';
import { containerCaption, displayName, kindLabel } from '../elements/graphModel';
import { useGraphUi } from '../graphUiStore';
import { Icon } from './icons';
import { RenameInput } from '../editing/RenameInput';

/**
 * An account, OU or the organization root: a labelled box around what it holds, so an edge that
 * leaves a box is a relation that crosses an account boundary. SCP and RCP edges end on its left side.
 */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  const g = data.graph;
  const renaming = useGraphUi((s) => s.renaming === id);
  const flow = useReactFlow();
  const isAccount = g.kind === 'account';
  const frame = isAccount
    ? g.external
      ? 'border-dashed border-slate-300 bg-transparent dark:border-slate-600'
      : 'border-slate-300 bg-slate-100/60 dark:border-slate-700 dark:bg-slate-800/40'
    : g.kind === 'path'
      ? 'border-slate-300 bg-white/70 dark:border-slate-600 dark:bg-slate-900/40'
      : g.root
        ? 'border-indigo-300 bg-indigo-50/40 dark:border-indigo-900 dark:bg-indigo-950/20'
        : 'border-indigo-200 bg-indigo-100/30 dark:border-indigo-800 dark:bg-indigo-900/20';
  const ring = data.emphasis ? 'ring-2 ring-sky-500/60' : selected ? 'ring-2 ring-amber-500' : '';
  const caption = containerCaption(g);
  return (
    <div
      data-testid="graph.container"
      data-kind={g.kind}
      data-name={displayName(g)}
      className={`h-full w-full rounded-xl border-2 transition-opacity duration-200 ${frame} ${ring} ${data.dimmed ? 'opacity-40' : ''}`}
    >
      <div className="flex h-9 items-center gap-2 px-3 text-xs">
        <Icon
          name={isAccount ? 'account' : g.kind === 'path' ? 'path' : 'ou'}
          className={`h-4 w-4 shrink-0 ${g.kind === 'ou' ? 'text-indigo-500 dark:text-indigo-400' : 'text-slate-500 dark:text-slate-400'}`}
        />
        <span className="shrink-0 font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{caption}</span>
        {g.kind === 'path' ? (
          <span className="truncate font-mono font-semibold text-slate-800 dark:text-slate-100" title={`IAM path ${g.path}`}>
            {g.path}
          </span>
        ) : renaming ? (
          <RenameInput
            initial={isAccount ? (g.alias ?? '') : g.name}
            label={isAccount ? `Alias for account ${g.accountId}` : `New name for ${kindLabel(g)} ${g.name}`}
            className="h-6 max-w-48 text-xs"
            onCommit={(value) => renameTo({ id, parent: null, data: g }, value)}
            onCancel={() => useGraphUi.getState().startRename(null)}
          />
        ) : (
          <span className="truncate font-semibold text-slate-800 dark:text-slate-100" title={displayName(g)}>
            {isAccount ? (
              <>
                {g.alias && <span>{g.alias} </span>}
                <span className={`font-mono ${g.alias ? 'font-normal text-slate-500 dark:text-slate-400' : ''}`}>{g.accountId}</span>
              </>
            ) : (
              g.name
            )}
          </span>
        )}
        {(!data.empty || g.collapsed) && (
          <button
            type="button"
            data-testid="graph.container.toggle"
            aria-expanded={!g.collapsed}
            aria-label={`${g.collapsed ? 'Expand' : 'Collapse'} ${kindLabel(g)} ${displayName(g)}`}
            title={g.collapsed ? 'Show what it holds' : 'Fold into one node'}
            onClick={(e) => {
              e.stopPropagation();
              toggleCollapsed(id, `${kindLabel(g)} ${displayName(g)}`, g.collapsed ? {} : positionsInside(flow, id), g.kind === 'path');
            }}
            className="nodrag ml-auto shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
          >
            {g.collapsed ? 'Expand' : 'Collapse'}
          </button>
        )}
      </div>
      {g.collapsed && (
        <p className="px-3 text-xs text-slate-600 dark:text-slate-300" data-testid="graph.container.contents">
          {describeContents(g.collapsed)}
        </p>
      )}
      {data.empty && !g.collapsed && (
        <p className="px-3 text-xs text-slate-400 italic dark:text-slate-500">
          {isAccount ? 'No IAM entities modelled' : 'No accounts in this unit'}
        </p>
      )}
      {/* SCPs and RCPs attach here (drop target only, shown while connecting); edges draw to the facing side of the box. */}
      {g.collapsed && (
        <Handle
          type="source"
          id="out"
          position={Position.Right}
          isConnectable={false}
          className="h-2! w-2! border-0! bg-slate-400! opacity-60"
        />
      )}
      <Handle
        type="target"
        id="in"
        position={Position.Left}
        isConnectableStart={false}
        className="h-3! w-3! rounded-full! border-2! border-indigo-300! bg-white! opacity-0 dark:border-indigo-700! dark:bg-slate-900! [&.connectingto]:opacity-100"
        data-testid="graph.container.in"
      />
    </div>
  );
});

/** Absolute positions of a container and of everything inside it, as drawn now. */
function positionsInside(flow: ReactFlowInstance, id: string): Record<string, { x: number; y: number }> {
  const nodes = flow.getNodes();
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const inside = (node: string): boolean => {
    for (let p = parentOf.get(node); p; p = parentOf.get(p)) if (p === id) return true;
    return false;
  };
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of nodes) {
    if (n.id !== id && !inside(n.id)) continue;
    const at = flow.getInternalNode(n.id)?.internals.positionAbsolute;
    if (at) out[n.id] = { x: at.x, y: at.y };
  }
  return out;
}
