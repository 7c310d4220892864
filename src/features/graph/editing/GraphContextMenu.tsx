import { useEffect, useRef } from 'react';
import type { CreatableKind } from './createEntity';
import { isContainer, kindLabel, type GraphNode } from '../elements/graphModel';
import { useGraphUi, type GraphMenu } from '../graphUiStore';
import { CREATABLE } from '../canvas/GraphToolbar';
import { Icon } from '../canvas/icons';
import { identityRefOf } from '../elements/identityRef';
import { useManagedPolicyPicker } from '../../../store/managedPolicyPickerStore';

/**
 * Right-click: on the pane or inside an account, create something right there (in that account);
 * on a node, rename or delete it. Arrow keys move between items, Escape closes.
 */
export function GraphContextMenu({
  menu,
  node,
  onCreate,
  onRename,
  onDelete,
}: {
  menu: GraphMenu;
  node: GraphNode | null;
  onCreate: (kind: CreatableKind, account: string | undefined, at: { x: number; y: number }) => void;
  onRename: (node: GraphNode) => void;
  onDelete: (node: GraphNode) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const close = () => useGraphUi.getState().openMenu(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, []);

  const account = node?.data.kind === 'account' ? node.data.accountId : undefined;
  const canCreate = !node || (isContainer(node.data) && (node.data.kind === 'account' ? !node.data.external : false));
  const items: { label: string; icon?: Parameters<typeof Icon>[0]['name']; run: () => void; testId: string }[] = [];
  if (canCreate) {
    for (const c of CREATABLE) {
      items.push({
        label: `New ${c.kind === 'policy' ? 'managed policy' : c.kind === 'resource' ? 'bucket' : c.kind}${account ? ' in this account' : ' here'}`,
        icon: c.icon,
        run: () => onCreate(c.kind, account, menu.flow),
        testId: `graph.menu.add.${c.kind}`,
      });
    }
  }
  if (node) {
    items.push({
      label: node.data.kind === 'account' ? 'Set alias' : `Rename ${kindLabel(node.data)}`,
      run: () => onRename(node),
      testId: 'graph.menu.rename',
    });
    const identity = identityRefOf(node);
    if (identity) {
      items.push({
        label: 'Attach AWS managed policy…',
        icon: 'policy',
        run: () => useManagedPolicyPicker.getState().show(identity),
        testId: 'graph.menu.attachManaged',
      });
    }
    if (!isContainer(node.data))
      items.push({ label: `Delete ${kindLabel(node.data)}`, run: () => onDelete(node), testId: 'graph.menu.delete' });
  }

  return (
    <div
      ref={ref}
      role="menu"
      aria-label="Graph actions"
      data-testid="graph.menu"
      className="absolute z-20 min-w-52 rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(e) => {
        const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') close();
        else if (e.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
        else if (e.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((item) => (
        <button
          key={item.testId}
          type="button"
          role="menuitem"
          data-testid={item.testId}
          className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-slate-700 hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800"
          onClick={() => {
            close();
            item.run();
          }}
        >
          {item.icon ? <Icon name={item.icon} className="h-4 w-4 text-slate-500" /> : <span className="w-4" />}
          {item.label}
        </button>
      ))}
    </div>
  );
}
