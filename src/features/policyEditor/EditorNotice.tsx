import type { ReactNode } from 'react';

/** A message over the editor area when a tab has no text to show (gone, still loading, failed). */
export function EditorNotice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="absolute inset-0 z-10 flex items-center justify-center bg-white p-6 dark:bg-[#1e1e1e]" data-testid="editor.notice">
      <div className="max-w-sm text-center">
        <p className="text-sm font-medium text-slate-800 dark:text-slate-100">{title}</p>
        {children && <div className="mt-1 text-sm text-slate-600 dark:text-slate-400">{children}</div>}
      </div>
    </div>
  );
}
