import type { ReactNode } from 'react';
import type { CreatableKind } from '../editing/createEntity';
import { Icon, type IconName } from './icons';

export const CREATABLE: readonly { kind: CreatableKind; label: string; icon: IconName; testId: string }[] = [
  { kind: 'user', label: 'User', icon: 'user', testId: 'graph.toolbar.addUser' },
  { kind: 'group', label: 'Group', icon: 'group', testId: 'graph.toolbar.addGroup' },
  { kind: 'role', label: 'Role', icon: 'role', testId: 'graph.toolbar.addRole' },
  { kind: 'policy', label: 'Policy', icon: 'policy', testId: 'graph.toolbar.addPolicy' },
  { kind: 'resource', label: 'Bucket', icon: 'resource', testId: 'graph.toolbar.addResource' },
];

const CREATE_LABEL: Record<CreatableKind, string> = {
  user: 'Add a user',
  group: 'Add a group',
  role: 'Add a role',
  policy: 'Add a customer managed policy',
  resource: 'Add an S3 bucket with a bucket policy',
};

/** Create, re-layout, rename and delete: everything the canvas does by mouse, also reachable by keyboard. */
export function GraphToolbar({
  onCreate,
  onRelayout,
  onRename,
  onDelete,
  onAttachManaged,
  canEditSelection,
}: {
  onCreate: (kind: CreatableKind) => void;
  onRelayout: () => void;
  onRename: () => void;
  onDelete: () => void;
  onAttachManaged: () => void;
  canEditSelection: { rename: boolean; delete: boolean };
}) {
  return (
    <div
      role="toolbar"
      aria-label="Graph tools"
      className="flex flex-wrap items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-1 shadow-sm backdrop-blur dark:border-slate-700 dark:bg-slate-900/95"
    >
      <span className="px-1.5 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400" aria-hidden="true">
        Add
      </span>
      {CREATABLE.map((c) => (
        <ToolButton key={c.kind} label={CREATE_LABEL[c.kind]} testId={c.testId} onClick={() => onCreate(c.kind)}>
          <Icon name={c.icon} className="h-4 w-4" />
          {/* In a narrow panel the icons carry it (the buttons keep their labels for screen readers and tooltips). */}
          <span className="hidden @2xl:inline">{c.label}</span>
        </ToolButton>
      ))}
      <ToolButton label="Attach an AWS managed policy (searchable list)" testId="graph.toolbar.attachManaged" onClick={onAttachManaged}>
        <Icon name="awsPolicy" className="h-4 w-4" />
        <span className="hidden @2xl:inline">AWS policy</span>
      </ToolButton>
      <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
      <ToolButton label="Rename the selected node" testId="graph.toolbar.rename" onClick={onRename} disabled={!canEditSelection.rename}>
        <span>Rename</span>
      </ToolButton>
      <ToolButton
        label="Delete the selected node or detach the selected edge"
        testId="graph.toolbar.delete"
        onClick={onDelete}
        disabled={!canEditSelection.delete}
      >
        <span>Delete</span>
      </ToolButton>
      <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />
      <ToolButton
        label="Lay the graph out again (forgets moved positions; undo brings them back)"
        testId="graph.toolbar.relayout"
        onClick={onRelayout}
      >
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.8}
          strokeLinecap="round"
          aria-hidden="true"
        >
          <path d="M4 5h6v5H4zM14 14h6v5h-6zM14 5h6v5h-6zM10 7.5h4M17 10v4" />
        </svg>
        <span className="hidden @lg:inline">Re-layout</span>
      </ToolButton>
    </div>
  );
}

function ToolButton({
  label,
  testId,
  onClick,
  disabled,
  children,
}: {
  label: string;
  testId: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
      className="inline-flex h-7 items-center gap-1 rounded-md px-2 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-40 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {children}
    </button>
  );
}
