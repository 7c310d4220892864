import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ContainerFlowNode } from './flowTypes';
import { renameTo } from './graphActions';
import { containerCaption, displayName, kindLabel } from './graphModel';
import { useGraphUi } from './graphUiStore';
import { Icon } from './icons';
import { RenameInput } from './RenameInput';

/**
 * An account, OU or the organization root: a labelled box around what it holds, so an edge that
 * leaves a box is a relation that crosses an account boundary. SCP and RCP edges end on its left side.
 */
export const ContainerNode = memo(function ContainerNode({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  const g = data.graph;
  const renaming = useGraphUi((s) => s.renaming === id);
  const isAccount = g.kind === 'account';
  const frame = isAccount
    ? g.external
      ? 'border-dashed border-slate-300 bg-transparent dark:border-slate-600'
      : 'border-slate-300 bg-slate-100/60 dark:border-slate-700 dark:bg-slate-800/40'
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
          name={isAccount ? 'account' : 'ou'}
          className={`h-4 w-4 shrink-0 ${isAccount ? 'text-slate-500 dark:text-slate-400' : 'text-indigo-500 dark:text-indigo-400'}`}
        />
        <span className="shrink-0 font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">{caption}</span>
        {renaming ? (
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
      </div>
      {data.empty && (
        <p className="px-3 text-xs text-slate-400 italic dark:text-slate-500">
          {isAccount ? 'No IAM entities modelled' : 'No accounts in this unit'}
        </p>
      )}
      {/* SCPs and RCPs attach here (drop target only, shown while connecting); edges draw to the facing side of the box. */}
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
