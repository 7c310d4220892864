import { useEffect, useMemo, useState } from 'react';
import type { QueryResult, ScenarioEvaluation } from './engine';
import starter from './examples/starter.json';
import type { Decision, Query } from './model';
import { EngineClient } from './worker/engineClient';

/**
 * The minimal page of the foundation issue: one built-in scenario, evaluated in the engine worker,
 * every query's decision and explanation shown. The full playground replaces it.
 */
const DECISION_STYLE: Record<Decision, string> = {
  allowed: 'bg-emerald-100 text-emerald-900 ring-emerald-600/30',
  explicitDeny: 'bg-rose-100 text-rose-900 ring-rose-600/30',
  implicitDeny: 'bg-amber-100 text-amber-900 ring-amber-600/30',
};

export function App() {
  const client = useMemo(() => new EngineClient(), []);
  const [evaluation, setEvaluation] = useState<ScenarioEvaluation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.evaluate(starter).then(
      (outcome) => {
        if (live && outcome.status === 'done') setEvaluation(outcome.evaluation);
      },
      (e: unknown) => live && setFailure(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => () => client.dispose(), [client]);

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-6 py-4">
          <img src="/favicon.svg" alt="" className="h-8 w-8" />
          <div>
            <h1 className="text-lg font-semibold">IAM Playground</h1>
            <p className="text-sm text-slate-600">Can this principal do this action on this resource? Every answer, explained.</p>
          </div>
          <span data-testid="engine.mode" className="ml-auto rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
            {client.mode === 'worker' ? 'evaluated in a Web Worker' : 'evaluated in the page'}
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-6">
        <section aria-labelledby="scenario-title" className="mb-6">
          <h2 id="scenario-title" className="text-xl font-semibold" data-testid="scenario.title">
            {starter.title}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{starter.description}</p>
        </section>
        {failure && (
          <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">
            {failure}
          </p>
        )}
        {evaluation && !evaluation.ok && (
          <ul role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">
            {evaluation.errors.map((e) => (
              <li key={e.path + e.message}>
                <code>{e.path || '/'}</code>: {e.message}
              </li>
            ))}
          </ul>
        )}
        {!evaluation && !failure && <p className="text-sm text-slate-600">Evaluating…</p>}
        {evaluation?.ok && <QueryTable queries={evaluation.scenario.queries ?? []} results={evaluation.results} />}
      </main>
    </div>
  );
}

function QueryTable({ queries, results }: { queries: Query[]; results: QueryResult[] }) {
  const passing = results.filter((r) => r.pass === true).length;
  const failing = results.filter((r) => r.pass === false).length;
  return (
    <section aria-labelledby="queries-title">
      <div className="mb-3 flex items-baseline gap-3">
        <h2 id="queries-title" className="text-base font-semibold">
          Queries
        </h2>
        <p data-testid="queries.summary" className={`text-sm ${failing ? 'text-rose-700' : 'text-emerald-700'}`}>
          {passing} passing, {failing} failing
        </p>
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full table-fixed text-left text-sm">
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="w-1/4 px-4 py-2">
                Query
              </th>
              <th scope="col" className="w-1/3 px-4 py-2">
                Request
              </th>
              <th scope="col" className="w-32 px-4 py-2">
                Decision
              </th>
              <th scope="col" className="px-4 py-2">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {queries.map((q, i) => {
              const r = results[i]!;
              return (
                <tr key={i} data-testid="query.row" className="align-top">
                  <td className="px-4 py-3">
                    <div className="font-medium">{q.name ?? `Query ${i + 1}`}</div>
                    {r.pass !== null && (
                      <div data-testid="query.expectation" className={`mt-1 text-xs ${r.pass ? 'text-emerald-700' : 'text-rose-700'}`}>
                        {r.pass ? '✓ as expected' : `✗ expected ${q.expect}`}
                      </div>
                    )}
                  </td>
                  <td className="px-4 py-3 font-mono text-xs break-words text-slate-700">
                    <div>{q.principal}</div>
                    <div className="text-slate-900">{q.action}</div>
                    <div>{q.resource}</div>
                  </td>
                  <td className="px-4 py-3">
                    <span
                      data-testid="query.decision"
                      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${DECISION_STYLE[r.decision]}`}
                    >
                      {r.decision}
                    </span>
                  </td>
                  <td className="px-4 py-3 text-slate-700" data-testid="query.summary">
                    {r.explanation.summary}
                    {r.explanation.deciding.length > 0 && (
                      <ul className="mt-1 text-xs text-slate-500">
                        {r.explanation.deciding.map((d) => (
                          <li key={`${d.policyId}#${d.statementIndex}`}>
                            {d.policyLabel}, statement {d.sid ?? d.statementIndex}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
