import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { QueryResult, ScenarioEvaluation } from './engine';
import starter from './examples/starter.json';
import type { Decision, Query, ScenarioIssue } from './model';
import { EngineClient, type EngineMode } from './worker/engineClient';

/**
 * The minimal page of the foundation issue: one built-in scenario, evaluated in the engine worker,
 * every query's decision and explanation shown. The full playground replaces it.
 */
const DECISION_STYLE: Record<Decision, string> = {
  allowed: 'bg-emerald-100 text-emerald-900 ring-emerald-600/30',
  explicitDeny: 'bg-rose-100 text-rose-900 ring-rose-600/30',
  implicitDeny: 'bg-amber-100 text-amber-900 ring-amber-600/30',
};

/** Where the engine ran; phones show only the second part. */
const MODE_LABEL: Record<EngineMode, [string, string]> = {
  worker: ['evaluated in a ', 'Web Worker'],
  inline: ['evaluated ', 'in the page'],
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
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-4 sm:px-6">
          <img src="/favicon.svg" alt="" className="h-8 w-8 shrink-0" />
          <div className="min-w-0">
            <h1 className="text-lg font-semibold">IAM Playground</h1>
            <p className="hidden text-sm text-slate-600 sm:block">
              Can this principal do this action on this resource? Every answer, explained.
            </p>
          </div>
          <span
            data-testid="engine.mode"
            data-mode={client.mode}
            className="ml-auto shrink-0 rounded-full bg-slate-100 px-3 py-1 text-xs whitespace-nowrap text-slate-700"
          >
            <span className="max-sm:hidden">{MODE_LABEL[client.mode][0]}</span>
            {MODE_LABEL[client.mode][1]}
          </span>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6">
        <section aria-labelledby="scenario-title" className="mb-6">
          <h2 id="scenario-title" className="text-xl font-semibold" data-testid="scenario.title">
            {starter.title}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-slate-600">{starter.description}</p>
        </section>
        {failure && (
          <p role="alert" data-testid="engine.error" className="rounded-md bg-rose-50 p-3 text-sm text-rose-900">
            {failure}
          </p>
        )}
        {evaluation && !evaluation.ok && <Issues issues={evaluation.errors} tone="error" />}
        {evaluation && evaluation.warnings.length > 0 && <Issues issues={evaluation.warnings} tone="warning" />}
        {!evaluation && !failure && (
          <p role="status" className="text-sm text-slate-600">
            Evaluating…
          </p>
        )}
        {evaluation?.ok && <QueryTable queries={evaluation.scenario.queries ?? []} results={evaluation.results} />}
      </main>
    </div>
  );
}

function Issues({ issues, tone }: { issues: ScenarioIssue[]; tone: 'error' | 'warning' }) {
  return (
    <ul
      role={tone === 'error' ? 'alert' : undefined}
      data-testid={`scenario.${tone}s`}
      className={`mb-4 space-y-1 rounded-md p-3 text-sm ${tone === 'error' ? 'bg-rose-50 text-rose-900' : 'bg-amber-50 text-amber-900'}`}
    >
      {issues.map((issue, i) => (
        <li key={i}>
          <code className="font-mono text-xs">{issue.path || '/'}</code>: {issue.message}
        </li>
      ))}
    </ul>
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
      {/* Below desktop width each query becomes a card instead of squeezing ARNs into narrow columns. */}
      <div
        role="region"
        aria-labelledby="queries-title"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-sky-600"
      >
        <table className="w-full table-fixed text-left text-sm max-lg:block">
          <caption className="sr-only">Each query of the scenario with the engine&apos;s decision and why</caption>
          <thead className="bg-slate-100 text-xs tracking-wide text-slate-600 uppercase max-lg:hidden">
            <tr>
              <th scope="col" className="w-[22%] px-4 py-2">
                Query
              </th>
              <th scope="col" className="w-[33%] px-4 py-2">
                Principal · action · resource
              </th>
              <th scope="col" className="w-48 px-4 py-2">
                Decision
              </th>
              <th scope="col" className="px-4 py-2">
                Why
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-lg:block">
            {queries.map((q, i) => {
              const r = results[i];
              if (!r) return null;
              return (
                <tr key={i} data-testid="query.row" className="align-top max-lg:block max-lg:py-2">
                  <th
                    scope="row"
                    className="px-4 py-3 font-medium max-lg:block max-lg:pt-1 max-lg:pb-1.5 max-lg:font-semibold"
                    data-testid="query.name"
                  >
                    {q.name ?? `Query ${i + 1}`}
                  </th>
                  <td className="px-4 py-3 font-mono text-xs break-words text-slate-700 max-lg:block max-lg:py-1">
                    <div data-testid="query.principal">
                      <span className="sr-only">Principal: </span>
                      {q.principal}
                    </div>
                    <div data-testid="query.action" className="font-semibold text-slate-900">
                      <span className="sr-only">Action: </span>
                      {q.action}
                    </div>
                    <div data-testid="query.resource">
                      <span className="sr-only">Resource: </span>
                      {q.resource}
                    </div>
                  </td>
                  <td className="px-4 py-3 max-lg:flex max-lg:items-center max-lg:gap-3 max-lg:py-1">
                    <span
                      data-testid="query.decision"
                      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${DECISION_STYLE[r.decision]}`}
                    >
                      {r.decision}
                    </span>
                    {r.pass !== null && (
                      <div
                        data-testid="query.expectation"
                        data-pass={r.pass}
                        className={`mt-1.5 text-xs whitespace-nowrap max-lg:mt-0 ${r.pass ? 'text-emerald-700' : 'font-semibold text-rose-700'}`}
                      >
                        <span aria-hidden="true">{r.pass ? '✓ ' : '✗ '}</span>
                        <span className="sr-only">{r.pass ? 'Passes: ' : 'Fails: '}</span>
                        expected <span className="font-mono">{q.expect}</span>
                      </div>
                    )}
                  </td>
                  <td className="px-4 py-3 text-slate-700 max-lg:block max-lg:py-1">
                    <p data-testid="query.summary">{withCode(r.explanation.summary)}</p>
                    {r.explanation.deciding.length > 0 && (
                      <ul aria-label="Deciding statements" className="mt-1 text-xs text-slate-500">
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

/** The engine quotes user input in backticks (`ec2.amazonaws.com`); show those parts as code. */
function withCode(text: string): ReactNode {
  return text.split('`').map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-slate-100 px-1 font-mono text-xs break-words text-slate-800">
        {part}
      </code>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}
