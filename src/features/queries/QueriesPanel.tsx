import { memo, useMemo } from 'react';
import type { QueryResult } from '../../engine';
import type { Query } from '../../model';
import { Button, DecisionBadge, SectionTitle } from '../../ui/controls';
import { useEvaluationStore } from '../../store/evaluationStore';
import { useScenarioStore } from '../../store/scenarioStore';
import { useRestoredScenario, useRestoredWorld } from '../../store/restoredScenario';
import { useUiStore } from '../../store/uiStore';
import { ContextDiscoveryView } from './ContextDiscoveryView';
import { ExplanationView } from './ExplanationView';
import { QueryForm } from './QueryForm';
import { NewAccessView } from './NewAccessView';
import { queryPasses, useNoNewAccess, type NewAccessVerdict } from './useNoNewAccess';
import { queryOptions } from '../../model';

/** The access questions: live decisions, assertions, the builder and the explanation. */
export function QueriesPanel() {
  const restored = useRestoredScenario();
  const evaluation = useEvaluationStore((s) => s.lastGood);
  const pending = useEvaluationStore((s) => s.pending);
  const selection = useUiStore((s) => s.selection);
  const queries = restored.scenario.queries ?? [];
  // While the document has errors, the last valid answers stay (matched by position).
  const results = evaluation && evaluation.queries.length === queries.length ? evaluation.results : null;
  const world = useRestoredWorld().scenario;
  const options = useMemo(() => queryOptions(world), [world]);
  const selected = selection?.kind === 'query' ? selection.index : null;
  const assertions = useNoNewAccess(queries);
  const { baseline } = assertions;
  // While the document (its queries too) has errors the answers shown are the last valid ones: no
  // assertion is compared against them.
  const latestValid = useEvaluationStore((s) => s.evaluation?.ok !== false);
  const verdicts =
    restored.current && latestValid
      ? assertions.verdicts
      : assertions.verdicts.map((v) => v && { gained: null, failed: 'the scenario has errors; fix them first' });
  const passes = results ? results.map((r, i) => queryPasses(r, verdicts[i])) : [];
  const passing = passes.filter((p) => p === true).length;
  const failing = passes.filter((p) => p === false).length;

  const addQuery = () => {
    const first = options.principals[0] ?? 'anonymous';
    useScenarioStore.getState().update('add query', (d) => {
      d.queries = [
        ...(d.queries ?? []),
        { name: 'New question', principal: first, action: options.actions[0] ?? 's3:GetObject', resource: options.resources[0] ?? '*' },
      ];
    });
    useUiStore.getState().select({ kind: 'query', index: queries.length });
  };
  const removeQuery = (index: number) => {
    useScenarioStore.getState().update('delete query', (d) => {
      d.queries = (d.queries ?? []).filter((_, i) => i !== index);
    });
    useUiStore.getState().select(null);
  };

  return (
    <section aria-labelledby="queries-title" className="flex h-full min-h-0 flex-col bg-slate-50 dark:bg-slate-900">
      <header className="flex items-center gap-3 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        <SectionTitle id="queries-title">Queries</SectionTitle>
        <p
          data-testid="queries.summary"
          className={`text-xs font-medium ${failing ? 'text-rose-700 dark:text-rose-300' : 'text-emerald-700 dark:text-emerald-300'}`}
          aria-live="polite"
        >
          {passing} passing, {failing} failing
        </p>
        {pending && <span className="text-xs text-slate-600 dark:text-slate-400">evaluating…</span>}
        <Button
          className="ml-auto"
          onClick={addQuery}
          data-testid="queries.add"
          disabled={!restored.current}
          title={restored.current ? undefined : 'Fix the scenario JSON first'}
        >
          + Add query
        </Button>
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <ul className="min-h-0 overflow-auto border-r border-slate-200 dark:border-slate-700" aria-label="Queries">
          {queries.length === 0 && (
            <li className="p-4 text-sm text-slate-600 dark:text-slate-300">No questions yet. Add one to ask who can do what.</li>
          )}
          {queries.map((q, i) => (
            <QueryRow key={i} index={i} query={q} result={results?.[i]} verdict={verdicts[i]} selected={selected === i} />
          ))}
        </ul>
        <div className="min-h-0 overflow-auto p-3">
          {selected !== null && queries[selected] ? (
            <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
              <div>
                <QueryForm key={selected} index={selected} query={queries[selected]} options={options} />
                <Button variant="ghost" className="mt-2 text-rose-700 dark:text-rose-300" onClick={() => removeQuery(selected)}>
                  Delete query
                </Button>
              </div>
              <div>
                {results?.[selected] ? (
                  <div className="space-y-3">
                    {verdicts[selected] && <NewAccessView verdict={verdicts[selected]} baseline={baseline} />}
                    {results[selected].decision !== 'allowed' && <ContextDiscoveryView index={selected} query={queries[selected]} />}
                    <ExplanationView result={results[selected]} />
                  </div>
                ) : (
                  <p className="text-sm text-slate-600">No answer yet: the scenario has errors.</p>
                )}
              </div>
            </div>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Select a query to edit it and see why it was decided. The graph highlights the deciding policies.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

/** One row per query; memoised, since queries and answers keep their identity while another is edited. */
const QueryRow = memo(function QueryRow({
  index,
  query,
  result,
  verdict,
  selected,
}: {
  index: number;
  query: Query;
  result: QueryResult | undefined;
  verdict: NewAccessVerdict | undefined;
  selected: boolean;
}) {
  const pass = result ? queryPasses(result, verdict) : null;
  const why = result?.pass === false ? `expected ${query.expect}` : 'new access since the baseline';
  return (
    <li>
      <button
        type="button"
        data-testid="query.row"
        aria-current={selected}
        onClick={() => useUiStore.getState().select(selected ? null : { kind: 'query', index })}
        className={`grid w-full grid-cols-[1fr_auto] gap-x-2 border-b border-slate-200 px-3 py-1.5 text-left hover:bg-white focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-amber-500 dark:border-slate-700 dark:hover:bg-slate-800 ${selected ? 'bg-white dark:bg-slate-800' : ''}`}
      >
        <span className="truncate text-sm font-medium text-slate-900 dark:text-slate-100">
          {pass === true && (
            <span className="text-emerald-600 dark:text-emerald-400" aria-label="expectation holds">
              ✓{' '}
            </span>
          )}
          {pass === false && (
            <span className="text-rose-600 dark:text-rose-400" aria-label={why}>
              ✗{' '}
            </span>
          )}
          {query.name || `Query ${index + 1}`}
          {verdict && (
            <span
              data-testid="query.noNewAccess"
              className={`ml-1.5 rounded px-1 text-[10px] font-normal ${verdict.gained?.length ? 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200' : 'bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200'}`}
            >
              {verdict.failed
                ? 'no new access: not compared'
                : verdict.gained === null
                  ? 'no new access: comparing…'
                  : verdict.gained.length === 0
                    ? 'no new access'
                    : `${verdict.gained.length} new`}
            </span>
          )}
        </span>
        <span className="row-span-2 self-center">
          {result ? <DecisionBadge decision={result.decision} /> : <span className="text-xs text-slate-400">—</span>}
        </span>
        <span className="truncate font-mono text-[11px] text-slate-600 dark:text-slate-400">
          {query.principal} · {query.action} · {query.resource}
        </span>
      </button>
    </li>
  );
});
