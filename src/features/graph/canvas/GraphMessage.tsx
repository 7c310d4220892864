import { useEffect } from 'react';
import { useGraphUi } from '../graphUiStore';

const SHOWN_FOR_MS = 9000;

/**
 * The status line: what an edit did, or the rule that refused it. Polite live region, so a screen
 * reader hears it without losing its place; errors stay a little longer than the time to read them.
 */
export function GraphMessage() {
  const message = useGraphUi((s) => s.message);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => useGraphUi.getState().clearMessage(), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none flex justify-center">
      {message && (
        <p
          key={message.serial}
          data-testid="graph.message"
          data-tone={message.tone}
          className={`pointer-events-auto flex max-w-[min(44rem,100%)] items-start gap-2 rounded-lg border px-3 py-1.5 text-sm shadow-md ${
            message.tone === 'error'
              ? 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100'
              : 'border-slate-200 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100'
          }`}
        >
          <span aria-hidden="true" className="font-bold">
            {message.tone === 'error' ? '✕' : '✓'}
          </span>
          <span className="min-w-0">{message.text}</span>
        </p>
      )}
    </div>
  );
}
