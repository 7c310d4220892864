import { useMemo, useState } from 'react';
import type { WhoCanAnswer, WhoCanEntry } from '../../analysis/access';
import { queryOptions } from '../../model';
import { downloadText, fileNameOf } from '../../session/download';
import { restoredOf, useRestoredWorld } from '../../store/restoredScenario';
import { useScenarioStore } from '../../store/scenarioStore';
import { useUiStore, type AccessHighlight } from '../../store/uiStore';
import { Button } from '../../ui/controls';
import { ToolbarField } from '../../ui/ToolbarField';
import { StatementLink } from './StatementLink';
import { useWorldAnalysis } from '../../store/worldAnalysis';
import { whoCanCsv, whoCanJson } from './whoCanExport';

const KIND_LABEL: Record<WhoCanEntry['kind'], string> = {
  user: 'user',
  role: 'role',
  root: 'account root',
  service: 'service',
  provider: 'identity provider',
  anonymous: 'anyone',
};

function matches(filter: string, entry: WhoCanEntry): boolean {
  const f = filter.trim().toLowerCase();
  return (
    f === '' ||
    [entry.principal, entry.decision, KIND_LABEL[entry.kind], ...entry.via, ...entry.conditional].some((t) => t.toLowerCase().includes(f))
  );
}

function highlightOf(answer: WhoCanAnswer, entries: readonly WhoCanEntry[]): AccessHighlight {
  return {
    title: `Who can ${answer.action} on ${answer.resource}`,
    principals: entries.map((e) => e.principal),
    chains: entries.map((e) => e.via),
    statements: entries.map((e) => e.statements.flatMap((s) => (s.path ? [s.path] : []))),
    target: answer.resource,
  };
}

/** "Who can do A on R?": the form, the answer as a filterable list, export, and the answer on the graph. */
export function WhoCanView() {
  const world = useRestoredWorld().scenario;
  const title = useScenarioStore((s) => restoredOf(s).scenario.title ?? 'scenario');
  const options = useMemo(() => queryOptions(world), [world]);
  const [action, setAction] = useState<string | null>(null);
  const [resource, setResource] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const chosenAction = (action ?? options.actions[0] ?? 's3:GetObject').trim();
  const chosenResource = (resource ?? options.resources[0] ?? '*').trim();
  const state = useWorldAnalysis(
    chosenAction && chosenResource ? { type: 'whoCan', action: chosenAction, resource: chosenResource } : null,
  );
  const answer = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  const shown = answer ? answer.principals.filter((p) => matches(filter, p)) : [];

  const exportAs = (kind: 'json' | 'csv') => {
    if (!answer) return;
    const name = `${fileNameOf(title, 'scenario')}-who-can-${fileNameOf(answer.action, 'action')}`;
    if (kind === 'json') downloadText(`${name}.json`, whoCanJson(answer), 'application/json');
    else downloadText(`${name}.csv`, whoCanCsv(answer), 'text/csv');
  };
  const show = (entries: readonly WhoCanEntry[]) =>
    answer && useUiStore.getState().select({ kind: 'access', highlight: highlightOf(answer, entries) });

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        <ToolbarField
          label="Action (or pattern)"
          testId="whoCan.action"
          value={action ?? chosenAction}
          onChange={setAction}
          placeholder="s3:GetObject or s3:Get*"
          options={options.actions}
          width="w-56"
          mono
        />
        <ToolbarField
          label="Resource"
          testId="whoCan.resource"
          value={resource ?? chosenResource}
          onChange={setResource}
          placeholder="an ARN, or *"
          options={['*', ...options.resources]}
          width="w-80"
          mono
        />
        <ToolbarField
          label="Filter"
          testId="whoCan.filter"
          value={filter}
          onChange={setFilter}
          placeholder="name, kind, key…"
          width="w-40"
        />
        <div className="ml-auto flex gap-1">
          <Button disabled={shown.length === 0} onClick={() => show(shown)} data-testid="whoCan.showAll">
            Show on graph
          </Button>
          <Button disabled={!answer} onClick={() => exportAs('json')} data-testid="whoCan.export.json">
            Export JSON
          </Button>
          <Button disabled={!answer} onClick={() => exportAs('csv')} data-testid="whoCan.export.csv">
            Export CSV
          </Button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-sm" aria-busy={state.status === 'computing'}>
        {state.status === 'failed' && <p className="text-rose-700 dark:text-rose-300">Could not answer: {state.message}</p>}
        {!answer && state.status !== 'failed' && (
          <p className="text-slate-600 dark:text-slate-400">Asking the engine about every principal…</p>
        )}
        {answer && (
          <>
            <p data-testid="whoCan.summary" className="mb-2 text-slate-800 dark:text-slate-200">
              {answer.principals.length === 0 ? (
                <>Nobody can {answer.action} on this resource.</>
              ) : (
                <>
                  <strong>{answer.principals.filter((p) => p.decision === 'allowed').length}</strong> allowed,{' '}
                  <strong>{answer.principals.filter((p) => p.decision === 'conditional').length}</strong> only with the right request
                  context
                </>
              )}
              <span className="text-xs text-slate-500 dark:text-slate-400">
                {' '}
                · {answer.evaluations.toLocaleString('en')} engine evaluations
                {answer.actions.length > 1 ? ` over ${answer.actions.length} actions` : ''}
              </span>
            </p>
            <ul className="divide-y divide-slate-200 dark:divide-slate-700" aria-label="Principals allowed">
              {shown.map((p) => (
                <WhoCanRow key={p.principal} entry={p} onShow={() => show([p])} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function WhoCanRow({ entry: p, onShow }: { entry: WhoCanEntry; onShow: () => void }) {
  return (
    <li className="flex flex-wrap items-start gap-x-3 gap-y-1 py-1.5" data-testid="whoCan.row">
      <span
        className={`rounded-full px-2 py-0.5 font-mono text-xs font-semibold ring-1 ${p.decision === 'allowed' ? 'bg-emerald-100 text-emerald-900 ring-emerald-600/40 dark:bg-emerald-900/60 dark:text-emerald-100' : 'bg-amber-100 text-amber-950 ring-amber-600/40 dark:bg-amber-900/60 dark:text-amber-100'}`}
      >
        {p.decision}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-mono text-xs break-all text-slate-900 dark:text-slate-100">
          {p.principal} <span className="font-sans text-slate-500 dark:text-slate-400">· {KIND_LABEL[p.kind]}</span>
        </p>
        {p.via.length > 0 && (
          <p className="text-xs text-slate-700 dark:text-slate-300">
            via <span className="font-mono">{p.via.map((r) => r.split('/').pop()).join(' → ')}</span>
          </p>
        )}
        {p.conditional.length > 0 && (
          <p className="text-xs text-amber-800 dark:text-amber-300">
            given <span className="font-mono">{p.conditional.join(', ')}</span>
          </p>
        )}
        {p.actions.length > 0 && <p className="text-xs text-slate-600 dark:text-slate-400">{p.actions.length} of the matching actions</p>}
        <p className="flex flex-wrap gap-x-2 text-xs">
          {p.statements.map((s, i) => (
            <StatementLink key={i} statement={s} />
          ))}
        </p>
      </div>
      <Button variant="ghost" className="text-xs" onClick={onShow}>
        Show on graph
      </Button>
    </li>
  );
}
