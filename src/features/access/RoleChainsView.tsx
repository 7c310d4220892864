import { useMemo, useState } from 'react';
import { queryOptions } from '../../model';
import { useRestoredWorld } from '../../store/restoredScenario';
import { useUiStore } from '../../store/uiStore';
import { Button } from '../../ui/controls';
import { ToolbarSelect } from '../../ui/ToolbarField';
import { useWorldAnalysis } from '../../store/worldAnalysis';

const name = (arn: string) => arn.split('/').pop() ?? arn;

/**
 * Every role a principal can reach by assuming roles one after another — across accounts, each by
 * its shortest chain, with what each hop needs from the request (MFA, source IP…). Cycles end where
 * a role is reached again. A chain lights up on the graph.
 */
export function RoleChainsView() {
  const world = useRestoredWorld().scenario;
  const options = useMemo(() => queryOptions(world), [world]);
  const callers = useMemo(() => options.principals.filter((p) => !p.endsWith(':root') && p !== 'anonymous'), [options]);
  const [chosen, setChosen] = useState<string | null>(null);
  const principal = chosen ?? callers[0] ?? '';
  const asked = useMemo(() => arnOf(principal, world.defaultAccount ?? world.accounts?.[0]?.id ?? '123456789012'), [principal, world]);
  const state = useWorldAnalysis(asked ? { type: 'roleChains', principal: asked } : null);
  const chains = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  const show = (roles: string[]) =>
    useUiStore.getState().select({
      kind: 'access',
      highlight: {
        title: `${name(asked)} → ${roles.map(name).join(' → ')}`,
        principals: [asked],
        chains: [roles],
        statements: [[]],
        target: null,
      },
    });
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        <ToolbarSelect label="From" testId="chains.principal" value={principal} onChange={setChosen} options={callers} />
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-sm" aria-busy={state.status === 'computing'}>
        {state.status === 'failed' && <p className="text-rose-700 dark:text-rose-300">Could not follow: {state.message}</p>}
        {chains && chains.length === 0 && <p className="text-slate-600 dark:text-slate-400">This principal cannot assume any role.</p>}
        {chains && chains.length > 0 && (
          <ol className="space-y-1.5" aria-label="Role chains">
            {chains.map((c) => (
              <li key={c.role} data-testid="chains.item" className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-mono text-xs">{name(asked)}</span>
                {c.hops.map((h) => (
                  <span key={h.role} className="flex items-center gap-1 text-xs">
                    <span aria-hidden="true">→</span>
                    <span className="font-mono font-semibold" title={h.role}>
                      {name(h.role)}
                    </span>
                    {h.needs.length > 0 && <span className="text-amber-800 dark:text-amber-300">(given {h.needs.join(', ')})</span>}
                  </span>
                ))}
                <Button variant="ghost" className="ml-auto text-xs" onClick={() => show(c.hops.map((h) => h.role))}>
                  Show on graph
                </Button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

/** `user/NAME` and `role/NAME` (the query builder's short forms) as the ARNs the chains are keyed by. */
function arnOf(principal: string, account: string): string {
  const m = /^(user|role)\/(.+)$/.exec(principal);
  return m ? `arn:aws:iam::${account}:${m[1]}/${m[2]}` : principal;
}
