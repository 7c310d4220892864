import type { ReactNode } from 'react';
import type { EditorStatus } from './editorStatus';

interface EditorToolbarProps {
  /** What the document is, e.g. `Inline policy · /users/0/inlinePolicies/0/document`. */
  caption: string;
  readOnly: boolean;
  status: EditorStatus | null;
  onFormat: (() => void) | null;
  /** The "Copy as" menu, for a policy tab. */
  copyMenu?: ReactNode;
}

/** Above the editor: what is shown, whether it is valid (or the first error and its line), Copy as, Format. */
export function EditorToolbar({ caption, readOnly, status, onFormat, copyMenu }: EditorToolbarProps) {
  const tone = status?.tone === 'error' ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300';
  return (
    <div className="flex h-9 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3 text-xs dark:border-slate-700 dark:bg-slate-900">
      <span className="max-w-[45%] min-w-20 shrink-0 truncate font-mono text-slate-500 dark:text-slate-400" title={caption}>
        {caption}
      </span>
      {readOnly && (
        <span className="shrink-0 rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
          read-only
        </span>
      )}
      <span className="ml-auto flex min-w-0 items-center gap-1.5" role="status" aria-live="polite">
        {status && (
          <>
            <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${status.tone === 'error' ? 'bg-rose-500' : 'bg-emerald-500'}`} />
            <span data-testid="editor.status" className={`min-w-0 truncate font-medium ${tone}`} title={status.text}>
              {status.text}
            </span>
            {status.warnings > 0 && (
              <span data-testid="editor.warnings" className="shrink-0 text-amber-700 dark:text-amber-300">
                · {status.warnings} {status.warnings === 1 ? 'warning' : 'warnings'}
              </span>
            )}
          </>
        )}
      </span>
      {copyMenu}
      <button
        type="button"
        data-testid="editor.format"
        onClick={onFormat ?? undefined}
        disabled={!onFormat}
        title="Format document (Shift+Alt+F)"
        aria-keyshortcuts="Shift+Alt+F"
        className="shrink-0 rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Format
      </button>
    </div>
  );
}
