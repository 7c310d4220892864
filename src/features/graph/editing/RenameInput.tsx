import { useEffect, useRef, useState } from 'react';

/**
 * The in-place name editor: Enter or leaving the field commits, Escape keeps the old name.
 * `nodrag nopan nowheel` keep React Flow from turning typing and selecting into canvas gestures.
 */
export function RenameInput({
  initial,
  label,
  onCommit,
  onCancel,
  className = '',
}: {
  initial: string;
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  className?: string;
}) {
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const settled = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (settled.current) return;
    settled.current = true;
    if (commit) onCommit(value);
    else onCancel();
  };
  return (
    <input
      ref={ref}
      value={value}
      aria-label={label}
      data-testid="graph.node.renameInput"
      spellCheck={false}
      className={`nodrag nopan nowheel w-full min-w-0 rounded border border-amber-500 bg-white px-1 font-semibold text-slate-900 outline-none focus:ring-2 focus:ring-amber-500/40 dark:bg-slate-950 dark:text-slate-100 ${className}`}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        // Keys typed here are text, not canvas shortcuts (Delete would delete the node).
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
