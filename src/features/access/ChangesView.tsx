import { useEffect, useMemo } from 'react';
import type { AccessChange } from '../../analysis/access';
import { worldPartOf, type SwitchOff } from '../../model';
import { useScenarioStore } from '../../store/scenarioStore';
import { Button } from '../../ui/controls';
import { useBaseline, usePinnedBaseline, useWhatIf } from '../../store/accessBaseline';
import { useWorldAnalysis } from '../../store/worldAnalysis';
import { identityOf, WhatIfPicker } from './WhatIfPicker';

const CAP = 200;

/** "What does my edit change?": the access gained and lost since the baseline, following every edit. */
export function ChangesView() {
  const baseline = useBaseline();
  const pinned = usePinnedBaseline((s) => s.pinned !== null);
  const off = useSwitchedOff();
  const dropped = useWhatIf((s) => s.dropped);
  // The world part only: a query edit changes no access, and must not make the diff run again.
  const world = useMemo(() => worldPartOf(baseline.document), [baseline.document]);
  const state = useWorldAnalysis<{ type: 'diff'; baseline: unknown } | { type: 'whatIf'; off: SwitchOff }>(
    off ? { type: 'whatIf', off } : { type: 'diff', baseline: world },
  );
  const diff = state.status === 'done' ? state.value : state.status === 'computing' ? state.previous : null;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 px-3 py-1.5 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-300">
        <WhatIfPicker off={off} />
        {dropped && (
          <span role="status" data-testid="changes.dropped" className="self-center text-amber-800 dark:text-amber-300">
            {dropped} is no longer there, so nothing is switched off.
          </span>
        )}
        <span className="self-center" data-testid="changes.against">
          {off ? (
            <>
              What it does: the access that would go, and come, <strong>if it were switched off</strong>{' '}
              <span className="text-slate-500 dark:text-slate-400">
                (its statements taken out, the policy left attached: as a permissions boundary or an SCP it would then allow nothing)
              </span>
              .
            </>
          ) : (
            <>
              Compared with the scenario <strong>{baseline.label}</strong>.
            </>
          )}
        </span>
        {!off && (
          <Button className="ml-auto" onClick={() => usePinnedBaseline.getState().pin()} data-testid="changes.pin">
            Compare from now
          </Button>
        )}
        {!off && pinned && (
          <Button variant="ghost" onClick={() => usePinnedBaseline.getState().unpin()}>
            Back to as opened
          </Button>
        )}
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-sm" aria-busy={state.status === 'computing'}>
        {state.status === 'failed' && <p className="text-rose-700 dark:text-rose-300">Could not compare: {state.message}</p>}
        {!diff && state.status !== 'failed' && <p className="text-slate-600 dark:text-slate-400">Comparing…</p>}
        {diff && (
          <>
            <p data-testid="changes.summary" className="mb-2 text-slate-800 dark:text-slate-200">
              {diff.gained.length === 0 && diff.lost.length === 0 ? (
                off ? (
                  'Switching it off would change no access.'
                ) : (
                  'No access gained or lost.'
                )
              ) : off ? (
                <>
                  <strong>{diff.lost.length}</strong> would be lost,{' '}
                  <strong className={diff.gained.length > 0 ? 'text-rose-700 dark:text-rose-300' : ''}>{diff.gained.length}</strong> would
                  be gained
                </>
              ) : (
                <>
                  <strong className={diff.gained.length > 0 ? 'text-rose-700 dark:text-rose-300' : ''}>{diff.gained.length}</strong> new{' '}
                  {diff.gained.length === 1 ? 'allow' : 'allows'}, <strong>{diff.lost.length}</strong> removed
                </>
              )}
              <span className="text-xs text-slate-500 dark:text-slate-400">
                {' '}
                · over {counted(diff.principals, 'principal')} × {counted(diff.actions, 'action')} × {counted(diff.resources, 'resource')},{' '}
                {counted(diff.evaluations, 'engine evaluation')}
              </span>
            </p>
            {diff.unexpanded.length > 0 && (
              <p data-testid="changes.unexpanded" className="mb-2 text-xs text-amber-800 dark:text-amber-300">
                {diff.unexpanded.map((p, i) => (
                  <span key={p}>
                    {i > 0 && ', '}
                    <code className="font-mono">{p}</code>
                  </span>
                ))}{' '}
                {diff.unexpanded.length === 1 ? 'covers' : 'cover'} too many actions to ask about one by one: only the actions the policies
                name stand for {diff.unexpanded.length === 1 ? 'it' : 'them'}, so what{' '}
                {diff.unexpanded.length === 1 ? 'it grants' : 'they grant'} beyond those is not counted here.
              </p>
            )}
            <ChangeList title={off ? 'Would be gained' : 'Gained'} sign="+" changes={diff.gained} tone="text-rose-800 dark:text-rose-300" />
            <ChangeList title={off ? 'Would be lost' : 'Lost'} sign="−" changes={diff.lost} tone="text-slate-700 dark:text-slate-300" />
          </>
        )}
      </div>
    </div>
  );
}

const counted = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** What is switched off, while the scenario still holds it (a deleted policy, or statement, switches nothing off). */
function useSwitchedOff(): SwitchOff | null {
  const off = useWhatIf((s) => s.off);
  const document = useScenarioStore((s) => s.document);
  const holds = off !== null && identityOf(document, off) === off.identity;
  // Gone, or the indexes moved onto something else: forget it (so that adding one back does not
  // switch it off again unasked), and say so.
  useEffect(() => {
    if (off && !holds) useWhatIf.setState({ off: null, dropped: off.label });
  }, [off, holds]);
  return holds ? off : null;
}

function ChangeList({ title, sign, changes, tone }: { title: string; sign: string; changes: readonly AccessChange[]; tone: string }) {
  if (changes.length === 0) return null;
  return (
    <section className="mb-3" aria-label={title}>
      <h3 className="mb-1 text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">{title}</h3>
      <ul className={`font-mono text-xs ${tone}`}>
        {changes.slice(0, CAP).map((c) => (
          <li key={`${c.principal} ${c.action} ${c.resource}`} data-testid="changes.item" className="break-all">
            {sign} {c.principal} {c.action} {c.resource}
          </li>
        ))}
      </ul>
      {changes.length > CAP && <p className="text-xs text-slate-500">and {changes.length - CAP} more (the CLI's diff lists them all)</p>}
    </section>
  );
}
