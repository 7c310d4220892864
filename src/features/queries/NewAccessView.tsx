import type { NewAccessVerdict } from './useNoNewAccess';

const SHOWN = 20;

/** A noNewAccess query's answer: holds, or the access its principal gained since the baseline. */
export function NewAccessView({ verdict, baseline }: { verdict: NewAccessVerdict; baseline: string }) {
  const { gained, failed } = verdict;
  return (
    <section
      data-testid="query.newAccess"
      aria-label="No new access"
      className="rounded-md border border-slate-200 bg-white p-2 text-sm dark:border-slate-700 dark:bg-slate-800"
    >
      <h3 className="text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">No new access</h3>
      {failed ? (
        <p className="text-rose-700 dark:text-rose-300">Could not compare: {failed}</p>
      ) : gained === null ? (
        <p className="text-slate-600 dark:text-slate-400">Comparing with the scenario {baseline}…</p>
      ) : gained.length === 0 ? (
        <p className="text-emerald-700 dark:text-emerald-300">
          Holds: within this action and resource, the principal has nothing it did not have {baseline} (the baseline of What my edit
          changes).
        </p>
      ) : (
        <>
          <p className="text-rose-700 dark:text-rose-300">
            Fails: {gained.length} {gained.length === 1 ? 'request is' : 'requests are'} allowed now that{' '}
            {gained.length === 1 ? 'was' : 'were'} not {baseline}:
          </p>
          <ul className="mt-1 font-mono text-xs text-rose-800 dark:text-rose-300">
            {gained.slice(0, SHOWN).map((c) => (
              <li key={`${c.action} ${c.resource}`} className="break-all">
                + {c.action} {c.resource}
              </li>
            ))}
          </ul>
          {gained.length > SHOWN && <p className="text-xs text-slate-500">and {gained.length - SHOWN} more</p>}
        </>
      )}
    </section>
  );
}
