import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EntityFlowNode } from './flowTypes';
import { openDocument, openPolicyOf, renameTo } from '../editing/carryOutEdits';
import { kindLabel, type LeafNodeData } from '../elements/graphModel';
import { useGraphUi } from '../graphUiStore';
import { Icon } from './icons';
import { appearanceOf, EMPHASIS_FRAME } from './nodeAppearance';
import { MAX_INLINE_CHIPS } from '../layout/nodeSize';
import { RenameInput } from '../editing/RenameInput';

const HANDLE =
  'h-3! w-3! rounded-full! border-2! border-slate-400! bg-white! transition-colors hover:border-amber-500! hover:bg-amber-100! dark:border-slate-500! dark:bg-slate-900! dark:hover:bg-amber-900!';

/** A user, group, role, policy, resource, service principal, identity provider or SCP/RCP on the canvas. */
export const EntityNode = memo(function EntityNode({ id, data, selected }: NodeProps<EntityFlowNode>) {
  const g = data.graph;
  const look = appearanceOf(g);
  const renaming = useGraphUi((s) => s.renaming === id);
  const frame = data.emphasis ? EMPHASIS_FRAME[data.emphasis] : selected ? 'ring-2 ring-amber-500 border-amber-500' : '';
  const caption =
    g.kind === 'resource'
      ? `${g.service} resource`
      : g.kind === 'orgpolicy' && !g.documentPath
        ? `${look.caption} · built in`
        : g.kind === 'provider'
          ? `${g.providerType === 'builtIn' ? 'Web identity' : g.providerType.toUpperCase()} provider`
          : look.caption;
  const full = 'arn' in g ? (g.arn ?? g.name) : g.name;
  return (
    // The handles stay outside the card: its overflow-hidden would clip half of each.
    <div
      className="relative h-full w-full"
      data-testid="graph.node"
      data-kind={g.kind}
      data-name={g.name}
      data-emphasis={data.emphasis ?? undefined}
      data-dimmed={data.dimmed || undefined}
    >
      <div
        className={`group flex h-full w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left shadow-sm transition-[opacity,box-shadow] duration-200 dark:border-slate-700 dark:bg-slate-900 ${frame} ${data.dimmed ? 'opacity-25' : ''}`}
      >
        <span aria-hidden="true" className={`w-1 shrink-0 ${look.accent}`} />
        <div className="flex min-w-0 flex-1 flex-col px-2.5 py-2.5">
          <div className="flex h-4 items-center gap-1.5 text-[10px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">
            <span className={`grid h-4 w-4 shrink-0 place-items-center rounded ${look.tile}`}>
              <Icon name={look.icon} className="h-3 w-3" />
            </span>
            <span className="truncate">{caption}</span>
            {data.emphasis === 'allow' && <Verdict tone="allow" />}
            {data.emphasis === 'deny' && <Verdict tone="deny" />}
          </div>
          <div className="mt-0.5 flex h-5 items-center">
            {renaming ? (
              <RenameInput
                initial={g.kind === 'resource' ? g.arn : g.name}
                label={`New name for ${kindLabel(g)} ${g.name}`}
                className="h-5 text-sm"
                onCommit={(value) => renameTo({ id, parent: null, data: g }, value)}
                onCancel={() => useGraphUi.getState().startRename(null)}
              />
            ) : (
              <span
                data-testid="graph.node.name"
                title={full}
                className="truncate text-sm font-semibold text-slate-900 dark:text-slate-100"
              >
                {g.name}
              </span>
            )}
          </div>
          <Chips data={g} deciding={data.decidingInline} tone={data.emphasis === 'deny' ? 'deny' : 'allow'} />
        </div>
      </div>
      <Handle
        type="target"
        id="in"
        position={Position.Left}
        className={`${HANDLE} ${data.dimmed ? 'opacity-25' : ''}`}
        data-testid="graph.node.in"
      />
      <Handle
        type="source"
        id="out"
        position={Position.Right}
        className={`${HANDLE} ${data.dimmed ? 'opacity-25' : ''}`}
        data-testid="graph.node.out"
      />
    </div>
  );
});

function Verdict({ tone }: { tone: 'allow' | 'deny' }) {
  return (
    <span
      className={`ml-auto rounded px-1 text-[9px] font-bold ${tone === 'allow' ? 'bg-emerald-600 text-white' : 'bg-rose-600 text-white'}`}
      data-testid="graph.node.verdict"
    >
      {tone === 'allow' ? 'ALLOWS' : 'DENIES'}
    </span>
  );
}

const CHIP =
  'nodrag inline-flex h-5 max-w-full min-w-0 items-center gap-1 rounded border px-1.5 text-[11px] leading-none transition-colors focus-visible:outline-2 focus-visible:outline-amber-500';
const CHIP_IDLE =
  'border-slate-200 bg-slate-50 text-slate-700 hover:border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

/** Inline policies (listed on their entity), a role's trust policy, a resource's policy: each opens in the editor. */
function Chips({ data, deciding, tone }: { data: LeafNodeData; deciding: readonly string[]; tone: 'allow' | 'deny' }) {
  if (data.kind === 'resource') {
    return (
      <div className="mt-1 flex h-[22px] items-start gap-1">
        {data.policyPath ? (
          <button type="button" className={`${CHIP} ${CHIP_IDLE}`} onClick={() => openPolicyOf(data)} data-testid="graph.node.policyChip">
            <Icon name="policy" className="h-3 w-3 shrink-0" />
            resource policy
          </button>
        ) : (
          <span className="text-[11px] text-slate-400 italic">no resource policy</span>
        )}
        {data.publicAccess && (
          <span className="inline-flex h-5 items-center rounded bg-rose-100 px-1.5 text-[11px] font-semibold text-rose-800 dark:bg-rose-500/20 dark:text-rose-200">
            public
          </span>
        )}
      </div>
    );
  }
  if (data.kind !== 'user' && data.kind !== 'group' && data.kind !== 'role') return null;
  const shown = data.inlinePolicies.slice(0, MAX_INLINE_CHIPS);
  const more = data.inlinePolicies.length - shown.length;
  if (shown.length === 0 && data.kind !== 'role') return null;
  return (
    <ul className="mt-1 flex flex-col items-start gap-0.5" aria-label={`policies on ${data.name}`}>
      {data.kind === 'role' && (
        <li className="flex h-5">
          {data.trustPolicyPath ? (
            <button
              type="button"
              className={`${CHIP} ${CHIP_IDLE}`}
              onClick={() => openDocument(data.trustPolicyPath!, `${data.name} trust policy`)}
              data-testid="graph.node.trustChip"
            >
              <Icon name="orgPolicy" className="h-3 w-3 shrink-0" />
              trust policy
            </button>
          ) : (
            <span className="text-[11px] text-slate-400 italic">no trust policy: nobody can assume it</span>
          )}
        </li>
      )}
      {shown.map((p) => {
        const decides = deciding.includes(p.documentPath);
        const decidingLook =
          tone === 'allow'
            ? 'border-current bg-emerald-100 font-semibold text-emerald-800 dark:bg-emerald-500/20 dark:text-emerald-200'
            : 'border-current bg-rose-100 font-semibold text-rose-800 dark:bg-rose-500/20 dark:text-rose-200';
        return (
          <li key={p.documentPath} className="flex h-5 max-w-full">
            <button
              type="button"
              title={`inline policy ${p.name}`}
              className={`${CHIP} ${decides ? decidingLook : CHIP_IDLE}`}
              onClick={() => openDocument(p.documentPath, `${data.name} / ${p.name}`)}
              data-testid="graph.node.inlineChip"
            >
              <Icon name="policy" className="h-3 w-3 shrink-0" />
              <span className="truncate">{p.name}</span>
              <span className="text-slate-400">inline</span>
            </button>
          </li>
        );
      })}
      {more > 0 && (
        <li className="flex h-5 items-center text-[11px] text-slate-500 dark:text-slate-400">
          +{more} more inline {more === 1 ? 'policy' : 'policies'}
        </li>
      )}
    </ul>
  );
}
