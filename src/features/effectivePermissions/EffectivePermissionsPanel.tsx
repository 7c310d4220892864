import { useMemo, useState, type ReactNode } from 'react';
import { toCsv, toJson } from './effectivePermissionsExport';
import type {
  DeniedAction,
  EffectiveAction,
  EffectivePermissions,
  ServicePermissions,
  StatementTrace,
} from '../../analysis/effectivePermissionsTypes';
import { downloadText, fileNameOf } from '../../session/download';
import { Button } from '../../ui/controls';
import { ToolbarField, ToolbarSelect } from '../../ui/ToolbarField';
import { restoredOf, useRestoredWorld } from '../../store/restoredScenario';
import { useScenarioStore } from '../../store/scenarioStore';
import { useUiStore } from '../../store/uiStore';
import { revealPath } from '../../store/revealInEditor';
import { queryOptions } from '../../model';
import { useEffectivePermissions } from './useEffectivePermissions';

/** The principal a graph selection stands for: a user's or role's ARN, else none. */
function principalOfSelection(id: string | null): string | null {
  if (!id) return null;
  const m = /^(user|role):(arn:.*)$/.exec(id);
  return m ? m[2]! : null;
}

function matches(filter: string, ...texts: string[]): boolean {
  const f = filter.trim().toLowerCase();
  return f === '' || texts.some((t) => t.toLowerCase().includes(f));
}

/**
 * "What can this principal actually do?": every action of the AWS service catalog it is allowed,
 * grouped by service and access level, each traced to the statements that allow it, the ones that
 * limit it, and the grants that a deny or a guardrail takes away. Filterable, exportable.
 */
export function EffectivePermissionsPanel() {
  const world = useRestoredWorld().scenario;
  const title = useScenarioStore((s) => restoredOf(s).scenario.title ?? 'scenario');
  const options = useMemo(() => queryOptions(world), [world]);
  const selected = useUiStore((s) => (s.selection?.kind === 'node' ? s.selection.id : null));
  const [chosen, setChosen] = useState<string | null>(null);
  const fromGraph = principalOfSelection(selected);
  const principal = chosen ?? fromGraph ?? options.principals[0] ?? '';
  const [resource, setResource] = useState('*');
  const [filter, setFilter] = useState('');
  const state = useEffectivePermissions(principal, resource);
  const result = state.status === 'done' ? state.result : state.status === 'computing' ? state.previous : null;
  const principals = useMemo(
    () => (principal && !options.principals.includes(principal) ? [principal, ...options.principals] : options.principals),
    [principal, options.principals],
  );

  const exportAs = (kind: 'json' | 'csv') => {
    if (!result) return;
    const name = `${fileNameOf(title, 'scenario')}-${fileNameOf(principal.split('/').pop() ?? 'principal', 'principal')}-effective-permissions`;
    if (kind === 'json') downloadText(`${name}.json`, toJson(result), 'application/json');
    else downloadText(`${name}.csv`, toCsv(result), 'text/csv');
  };

  return (
    <section aria-label="Effective permissions" data-testid="effective.panel" className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        <ToolbarSelect label="Principal" testId="effective.principal" value={principal} onChange={setChosen} options={principals} />
        <ToolbarField
          label="Resource"
          testId="effective.resource"
          value={resource}
          onChange={setResource}
          placeholder="* or an ARN"
          options={['*', ...options.resources]}
          width="w-72"
          mono
        />
        <ToolbarField
          label="Filter"
          testId="effective.filter"
          value={filter}
          onChange={setFilter}
          placeholder="service, action, level…"
          width="w-44"
        />
        <div className="ml-auto flex gap-1">
          <Button disabled={!result} onClick={() => exportAs('json')} data-testid="effective.export.json">
            Export JSON
          </Button>
          <Button disabled={!result} onClick={() => exportAs('csv')} data-testid="effective.export.csv">
            Export CSV
          </Button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-sm" aria-busy={state.status === 'computing'}>
        {state.status === 'failed' && <p className="text-rose-700 dark:text-rose-300">Could not compute: {state.message}</p>}
        {!result && state.status !== 'failed' && (
          <p className="text-slate-600 dark:text-slate-400">
            {principal ? 'Computing over the whole AWS service catalog…' : 'The scenario has no principals yet.'}
          </p>
        )}
        {result && <Results result={result} filter={filter} ms={state.status === 'done' ? state.ms : null} />}
      </div>
    </section>
  );
}

function Results({ result, filter, ms }: { result: EffectivePermissions; filter: string; ms: number | null }) {
  if (result.error) return <p className="text-rose-700 dark:text-rose-300">{result.error}</p>;
  const t = result.totals;
  const services = result.services.filter(
    (s) =>
      matches(filter, s.service, s.name, s.access) || s.levels.some((l) => l.actions.some((a) => matches(filter, a.action, a.accessLevel))),
  );
  const denied = result.denied.filter((d) => matches(filter, d.action, d.service, d.reason));
  return (
    <>
      <p data-testid="effective.summary" className="mb-2 text-slate-800 dark:text-slate-200">
        <strong>{t.allowed.toLocaleString('en')}</strong> {t.allowed === 1 ? 'action' : 'actions'} allowed in{' '}
        <strong>{t.services.toLocaleString('en')}</strong> {t.services === 1 ? 'service' : 'services'}
        {t.conditional > 0 && <> ({t.conditional} only with the right request context)</>}
        {result.mode === 'anywhere' ? (
          ' on at least one resource'
        ) : (
          <>
            {' '}
            on <code className="font-mono text-xs">{result.resource}</code>
          </>
        )}
        {t.denied > 0 && <>, {t.denied.toLocaleString('en')} granted but denied</>}.{' '}
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {t.evaluations.toLocaleString('en')} {t.evaluations === 1 ? 'evaluation' : 'evaluations'} over{' '}
          {t.catalogActions.toLocaleString('en')} catalog actions
          {ms !== null && ` in ${Math.round(ms)} ms`}
        </span>
      </p>
      <ul className="space-y-1" aria-label="Allowed, by service">
        {services.map((s) => (
          <ServiceRow key={s.service} service={s} filter={filter} />
        ))}
      </ul>
      {denied.length > 0 && (
        <details className="mt-3" data-testid="effective.denied">
          <summary className="cursor-pointer text-sm font-semibold text-rose-800 dark:text-rose-300">
            Granted by a statement, but denied ({denied.length})
          </summary>
          <CappedTable items={denied} limit={500} row={(d) => <DeniedRow key={d.action} denied={d} />} />
        </details>
      )}
    </>
  );
}

function ServiceRow({ service: s, filter }: { service: ServicePermissions; filter: string }) {
  const [open, setOpen] = useState(false);
  const showAll = matches(filter, s.service, s.name, s.access);
  return (
    <li data-testid="effective.service" data-service={s.service} className="rounded-md border border-slate-200 dark:border-slate-700">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full items-baseline gap-2 px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true" className="w-3 text-slate-500">
          {open ? '▾' : '▸'}
        </span>
        <span className="font-medium">{s.name}</span>
        <code className="font-mono text-xs text-slate-600 dark:text-slate-400">{s.service}</code>
        <span className="ml-auto text-xs text-slate-700 dark:text-slate-300">{s.access}</span>
        <span className="w-20 text-right font-mono text-xs text-slate-600 dark:text-slate-400">
          {s.granted}/{s.total}
        </span>
      </button>
      {open && (
        <div className="border-t border-slate-200 px-2 py-1 dark:border-slate-700">
          {s.levels.map((level) => {
            const actions = showAll ? level.actions : level.actions.filter((a) => matches(filter, a.action, a.accessLevel));
            if (actions.length === 0) return null;
            return (
              <div key={level.level} className="mb-1">
                <h4 className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                  {level.level} · {level.granted} of {level.total}
                </h4>
                <CappedTable items={actions} limit={300} row={(a) => <ActionRow key={a.action} action={a} />} />
              </div>
            );
          })}
        </div>
      )}
    </li>
  );
}

function Trace({ trace, tone }: { trace: StatementTrace; tone: 'allow' | 'deny' | 'limit' }) {
  const color =
    tone === 'allow'
      ? 'text-emerald-800 dark:text-emerald-300'
      : tone === 'deny'
        ? 'text-rose-800 dark:text-rose-300'
        : 'text-amber-800 dark:text-amber-300';
  const text = `${trace.policyLabel}${trace.via ? ` via ${trace.via}` : ''} · statement ${trace.statementIndex + 1}${trace.sid ? ` (${trace.sid})` : ''}`;
  if (!trace.path) return <span className={`text-xs ${color}`}>{text}</span>;
  return (
    <button
      type="button"
      className={`text-xs underline-offset-2 hover:underline ${color}`}
      onClick={() => revealPath(trace.path!)}
      title="Show the statement"
    >
      {text}
    </button>
  );
}

function ActionRow({ action: a }: { action: EffectiveAction }) {
  return (
    <tr data-testid="effective.action" className="align-top">
      <td className="font-mono text-xs whitespace-nowrap">
        {a.action}
        {a.conditional && (
          <span
            className="ml-1 rounded bg-amber-100 px-1 text-[10px] text-amber-900 dark:bg-amber-900/50 dark:text-amber-100"
            title={`needs ${a.missingContextKeys.join(', ')}`}
          >
            conditional
          </span>
        )}
      </td>
      <td className="flex w-full flex-wrap gap-x-3">
        {a.allowedBy.map((t, i) => (
          <Trace key={`a${i}`} trace={t} tone="allow" />
        ))}
        {a.note && <span className="text-xs text-slate-600 dark:text-slate-400">{a.note}</span>}
        {a.limitedBy.map((t, i) => (
          <span key={`l${i}`} className="text-xs text-amber-800 dark:text-amber-300">
            limited by <Trace trace={t} tone="limit" />
          </span>
        ))}
        {a.conditionalDenies.map((t, i) => (
          <span key={`d${i}`} className="text-xs text-rose-800 dark:text-rose-300">
            unless <Trace trace={t} tone="deny" />
          </span>
        ))}
        {a.resources.length > 0 && !(a.resources.length === 1 && a.resources[0] === '*') && (
          <span className="font-mono text-[11px] text-slate-600 dark:text-slate-400">on {a.resources.join(', ')}</span>
        )}
      </td>
    </tr>
  );
}

const REASON: Record<DeniedAction['reason'], string> = {
  explicitDeny: 'explicit deny',
  scp: 'not allowed by an SCP',
  rcp: 'not allowed by an RCP',
  boundary: 'outside the permissions boundary',
  session: 'outside the session policy',
  resourcePolicy: 'the resource-based policy does not allow it',
};

function DeniedRow({ denied: d }: { denied: DeniedAction }) {
  return (
    <tr data-testid="effective.deniedAction" className="align-top">
      <td className="font-mono text-xs whitespace-nowrap">{d.action}</td>
      <td className="flex flex-wrap gap-x-3 text-xs">
        <span className="font-semibold text-rose-800 dark:text-rose-300">{REASON[d.reason]}</span>
        {d.deniedBy.map((t, i) => (
          <Trace key={`d${i}`} trace={t} tone="deny" />
        ))}
        {d.deniedBy.length === 0 && <span className="text-slate-700 dark:text-slate-300">{d.detail}</span>}
      </td>
    </tr>
  );
}

/** The first `limit` rows (a catalog-wide answer can have thousands; the export has them all). */
function CappedTable<T>({ items, limit, row }: { items: readonly T[]; limit: number; row: (item: T) => ReactNode }) {
  return (
    <>
      <table className="mt-1 w-full border-separate border-spacing-x-3 border-spacing-y-0.5">
        <tbody>{items.slice(0, limit).map(row)}</tbody>
      </table>
      {items.length > limit && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          …and {(items.length - limit).toLocaleString('en')} more (export for all)
        </p>
      )}
    </>
  );
}
