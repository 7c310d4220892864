import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActionExpansion } from '../../analysis/expandActions';
import { Button } from '../../ui/controls';
import { useModalDialog } from '../../ui/useModalDialog';
import { analysisClient } from '../../worker/analysisClient';
import { useExpansion } from './expansionStore';

/** Every action an `Action`/`NotAction` pattern matches, by service and access level, from the catalog. */
export function ExpansionDialog() {
  const pattern = useExpansion((s) => s.pattern);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, pattern !== null);
  const [result, setResult] = useState<ActionExpansion | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setResult(null);
    setCopied(false);
    if (pattern === null) return;
    let live = true;
    analysisClient.ask({ type: 'expand', pattern }).then(
      (o) => live && o.status === 'done' && setResult(o.value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pattern]);
  const groups = useMemo(() => {
    const byService = new Map<string, Map<string, string[]>>();
    for (const a of result?.actions ?? []) {
      const service = a.id.split(':')[0]!;
      const levels = byService.get(service) ?? new Map<string, string[]>();
      levels.set(a.accessLevel, [...(levels.get(a.accessLevel) ?? []), a.id]);
      byService.set(service, levels);
    }
    return [...byService];
  }, [result]);
  const copy = () => {
    if (!result) return;
    void navigator.clipboard
      ?.writeText(
        JSON.stringify(
          result.actions.map((a) => a.id),
          null,
          2,
        ),
      )
      .then(() => setCopied(true));
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby="expansion-title"
      data-testid="expansion.dialog"
      onClose={() => useExpansion.getState().show(null)}
      className="m-auto w-[min(40rem,92vw)] rounded-lg border border-slate-300 bg-white p-0 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[80vh] flex-col">
        <div className="border-b border-slate-200 px-4 py-3 dark:border-slate-700">
          <h2 id="expansion-title" className="font-semibold">
            <code className="font-mono">{pattern}</code>
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="expansion.count">
            {result
              ? `matches ${result.actions.length} ${result.actions.length === 1 ? 'action' : 'actions'} in ${result.services} ${result.services === 1 ? 'service' : 'services'} of the AWS service catalog`
              : 'Expanding…'}
          </p>
        </div>
        <div className="min-h-24 flex-1 overflow-auto px-4 py-2">
          {groups.map(([service, levels]) => (
            <section key={service} className="mb-2">
              <h3 className="font-mono text-xs font-semibold text-slate-700 dark:text-slate-300">{service}</h3>
              {[...levels].map(([level, ids]) => (
                <p key={level} className="text-xs">
                  <span className="text-slate-600 dark:text-slate-400">{level}: </span>
                  <span className="font-mono">{ids.map((id) => id.slice(service.length + 1)).join(', ')}</span>
                </p>
              ))}
            </section>
          ))}
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-4 py-2 dark:border-slate-700">
          <Button onClick={copy} disabled={!result || result.actions.length === 0}>
            {copied ? 'Copied' : 'Copy as a JSON list'}
          </Button>
          <Button onClick={() => useExpansion.getState().show(null)}>Close</Button>
        </div>
      </div>
    </dialog>
  );
}
