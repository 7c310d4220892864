import type { EscalationPath } from '../../analysis/escalation';
import { useUiStore } from '../../store/uiStore';
import { Button } from '../../ui/controls';
import { StatementLink } from './StatementLink';
import { useWorldAnalysis } from '../../store/worldAnalysis';

const ESCALATION = { type: 'escalation' } as const;

function shortName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

function showOnGraph(p: EscalationPath) {
  const roles = p.steps.filter((s) => s.action === 'sts:AssumeRole' || s.action === 'iam:PassRole').map((s) => s.resource);
  const target = p.reaches === 'admin' ? null : p.reaches;
  useUiStore.getState().select({
    kind: 'access',
    highlight: {
      title: `${shortName(p.principal)} reaches ${p.reaches === 'admin' ? 'administrator' : shortName(p.reaches)}`,
      principals: [p.principal],
      chains: [[...new Set([...roles, ...(target && !roles.includes(target) ? [target] : [])])]],
      statements: [p.steps.flatMap((s) => (s.statement?.path ? [s.statement.path] : []))],
      target,
      alarm: p.reaches === 'admin',
    },
  });
}

/** Every way a user or role can make itself more than it is, step by step, from the engine's decisions. */
export function EscalationView() {
  const state = useWorldAnalysis(ESCALATION);
  const answer = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  const toAdmin = answer?.paths.filter((p) => p.reaches === 'admin').length ?? 0;
  return (
    <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-sm" aria-busy={state.status === 'computing'}>
      {state.status === 'failed' && <p className="text-rose-700 dark:text-rose-300">Could not look: {state.message}</p>}
      {!answer && state.status !== 'failed' && <p className="text-slate-600 dark:text-slate-400">Looking for escalation paths…</p>}
      {answer && (
        <>
          <p data-testid="escalation.summary" className="mb-2 text-slate-800 dark:text-slate-200">
            {answer.paths.length === 0 ? (
              'No principal can make itself more than it is.'
            ) : (
              <>
                <strong className={toAdmin > 0 ? 'text-rose-700 dark:text-rose-300' : ''}>{toAdmin}</strong> path{toAdmin === 1 ? '' : 's'}{' '}
                to administrator, <strong>{answer.paths.length - toAdmin}</strong> to another role or user
              </>
            )}
            <span className="text-xs text-slate-500 dark:text-slate-400">
              {' '}
              · {answer.evaluations.toLocaleString('en')} engine evaluations
            </span>
          </p>
          <ol className="space-y-2" aria-label="Escalation paths">
            {answer.paths.map((p, i) => (
              <li
                key={`${p.principal}-${p.reaches}-${i}`}
                data-testid="escalation.path"
                className="rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-800"
              >
                <div className="flex items-start gap-2">
                  <p className="min-w-0 flex-1">
                    <span className="font-mono text-xs break-all">{p.principal}</span>{' '}
                    {p.reaches === 'admin' ? (
                      <span className="rounded-full bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900 ring-1 ring-rose-600/40 dark:bg-rose-900/60 dark:text-rose-100">
                        reaches administrator
                      </span>
                    ) : (
                      <span className="text-xs text-slate-700 dark:text-slate-300">
                        becomes <span className="font-mono">{p.reaches}</span>
                      </span>
                    )}
                  </p>
                  <Button variant="ghost" className="text-xs" onClick={() => showOnGraph(p)} data-testid="escalation.show">
                    Show on graph
                  </Button>
                </div>
                <ol className="mt-1 list-decimal pl-5 text-xs text-slate-700 dark:text-slate-300">
                  {p.moves.map((m, j) => (
                    <li key={j}>{m}</li>
                  ))}
                </ol>
                <ul className="mt-1 space-y-0.5 pl-5 text-xs">
                  {p.steps.map((s, j) => (
                    <li key={j} className="text-slate-600 dark:text-slate-400">
                      <span className="font-mono text-slate-900 dark:text-slate-100">{s.action}</span> on{' '}
                      <span className="font-mono break-all">{s.resource}</span>
                      {s.statement && (
                        <>
                          {' — '}
                          <StatementLink statement={s.statement} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
