import { useEffect, useState } from 'react';
import type { ContextDiscovery } from '../../analysis/discovery';
import type { Query } from '../../model';
import { useRestoredWorld } from '../../store/restoredScenario';
import { useScenarioStore } from '../../store/scenarioStore';
import { Button } from '../../ui/controls';
import { analysisClient } from '../../worker/analysisClient';

/**
 * Under a denied query's explanation: what request context would get it allowed — the values, checked
 * by the engine, and one click to put them in the query — or why no context can.
 */
export function ContextDiscoveryView({ index, query }: { index: number; query: Query }) {
  const { scenario, current } = useRestoredWorld();
  const [found, setFound] = useState<ContextDiscovery | null>(null);
  useEffect(() => {
    if (!current) return;
    let live = true;
    const timer = setTimeout(() => {
      analysisClient.ask({ type: 'discover', scenario, worldRevision: useScenarioStore.getState().worldRevision, query }).then(
        (o) => live && o.status === 'done' && setFound(o.value),
        () => live && setFound(null),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scenario, current, query]);

  if (!found || found.outcome === 'allowed') return null;
  const tryIt = (context: Record<string, unknown>) =>
    useScenarioStore.getState().update('try the context that allows it', (d) => {
      const q = d.queries?.[index];
      if (q) q.context = { ...q.context, ...(context as Query['context']) };
    });
  return (
    <section
      data-testid="discovery"
      aria-label="What would allow it"
      className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <h3 className="mb-1 text-xs font-semibold tracking-wide uppercase">What would allow it?</h3>
      {found.outcome === 'fixable' && (
        <div className="flex flex-wrap items-center gap-2">
          <span>Allowed with</span>
          {Object.entries(found.context).map(([k, v]) => (
            <code key={k} className="rounded bg-white/70 px-1 font-mono text-xs dark:bg-black/30">
              {k} = {JSON.stringify(v)}
            </code>
          ))}
          <Button className="ml-auto text-xs" onClick={() => tryIt(found.context)} data-testid="discovery.try">
            Try it
          </Button>
        </div>
      )}
      {found.outcome === 'keysOnly' && (
        <p>
          Allowed with the right values for{' '}
          {found.keys.map((k) => (
            <code key={k} className="mr-1 font-mono text-xs">
              {k}
            </code>
          ))}
          — the conditions on them decide which.
        </p>
      )}
      {found.outcome === 'unfixable' && <p>No request context helps: {found.reason}.</p>}
    </section>
  );
}
