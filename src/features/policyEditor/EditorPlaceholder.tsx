/** What the editor area shows while Monaco (a separate, lazily loaded chunk) is on its way. */
export function EditorPlaceholder({ message = 'Loading editor…' }: { message?: string }) {
  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="editor.loading" aria-busy="true">
      <div className="flex h-9 shrink-0 items-center justify-between border-b border-slate-200 px-3 dark:border-slate-700">
        <div className="h-3 w-40 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
        <div className="h-5 w-16 animate-pulse rounded bg-slate-200 dark:bg-slate-700" />
      </div>
      <div className="relative flex-1 overflow-hidden bg-white px-4 py-3 dark:bg-[#1e1e1e]">
        {[72, 48, 64, 56, 80, 40, 60].map((width, i) => (
          <div key={i} className="mb-2.5 h-3 animate-pulse rounded bg-slate-100 dark:bg-slate-800" style={{ width: `${width}%` }} />
        ))}
        <p role="status" className="absolute inset-x-0 top-1/3 text-center text-sm text-slate-500 dark:text-slate-400">
          {message}
        </p>
      </div>
    </div>
  );
}
