import type { Decision } from '../../../model';
import { useUiStore } from '../../../store/uiStore';

const TONE: Record<Decision, string> = {
  allowed: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  explicitDeny: 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100',
  implicitDeny: 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100',
};

/**
 * Says what the graph is showing — a query's decision path, or an access answer (`decision` null:
 * who can, an escalation path) — and lets the reader leave that view.
 */
export function HighlightBanner({
  name,
  decision,
  deciding,
  alarm = false,
}: {
  name: string;
  decision: Decision | null;
  deciding: number;
  alarm?: boolean;
}) {
  const why =
    decision === null
      ? `${deciding} node${deciding === 1 ? '' : 's'} lit`
      : decision === 'implicitDeny'
        ? 'no statement allows it'
        : `${deciding} deciding polic${deciding === 1 ? 'y' : 'ies'} ${decision === 'allowed' ? 'in green' : 'in red'}`;
  return (
    <div
      data-testid="graph.highlight"
      className={`flex items-center gap-2 rounded-lg border px-3 py-1 text-xs shadow-sm ${TONE[decision ?? (alarm ? 'explicitDeny' : 'allowed')]}`}
    >
      <span className="min-w-0 truncate">
        <span className="font-semibold">{name}</span>
        {decision && (
          <>
            : <span className="font-mono">{decision}</span>
          </>
        )}{' '}
        · {why}
      </span>
      <button
        type="button"
        className="rounded px-1.5 py-0.5 font-medium hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-amber-500 dark:hover:bg-white/10"
        onClick={() => useUiStore.getState().select(null)}
        data-testid="graph.highlight.clear"
      >
        Clear
      </button>
    </div>
  );
}
