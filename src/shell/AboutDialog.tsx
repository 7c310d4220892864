import { useEffect, useRef, useState } from 'react';
import { version } from '../../package.json';
import type { CatalogInfo } from '../worker/analysisProtocol';
import { analysisClient } from '../worker/analysisClient';
import { Button } from '../ui/controls';
import { useModalDialog } from '../ui/useModalDialog';

const day = (iso: string) => (/^\d{4}-\d\d-\d\d/.test(iso) ? iso.slice(0, 10) : iso);

/** What this build knows of AWS, and from when: the service catalog and the managed policies. */
export function AboutButton() {
  const [open, setOpen] = useState(false);
  const [info, setInfo] = useState<CatalogInfo | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  useEffect(() => {
    if (open && !info)
      analysisClient.ask({ type: 'catalogInfo' }).then(
        (o) => o.status === 'done' && setInfo(o.value),
        (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
      );
  }, [open, info]);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} data-testid="about.open">
        About
      </Button>
      <dialog
        ref={ref}
        aria-labelledby="about-title"
        onClose={() => setOpen(false)}
        data-testid="about.dialog"
        className="m-auto w-[min(32rem,92vw)] rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="about-title" className="text-base font-semibold">
          IAM Playground {version}
        </h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Everything runs in this browser, offline: the evaluation engine, the policy checks and the AWS data below ship with the app.
        </p>
        <dl className="mt-3 grid grid-cols-[11rem_1fr] gap-x-3 gap-y-1" data-testid="about.catalog">
          {failed && <dd className="col-span-2 text-rose-700 dark:text-rose-300">The catalog could not be read: {failed}</dd>}
          {!info && !failed && <dd className="col-span-2 text-slate-600 dark:text-slate-400">Reading the catalog…</dd>}
          {info && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Service catalog</dt>
              <dd>
                {info.services} services, {info.actions.toLocaleString('en')} actions — data as of {day(info.updatedAt)}
                <div className="font-mono text-xs text-slate-600 dark:text-slate-400">{info.source}</div>
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">AWS managed policies</dt>
              <dd>
                {info.managedPolicies.count.toLocaleString('en')} policies — data as of {day(info.managedPolicies.generated)}
                <div className="font-mono text-xs text-slate-600 dark:text-slate-400">{info.managedPolicies.source}</div>
              </dd>
            </>
          )}
        </dl>
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Decisions follow AWS&apos;s documented policy evaluation logic. MIT licensed.
        </p>
        <div className="mt-3 text-right">
          <Button onClick={() => setOpen(false)}>Close</Button>
        </div>
      </dialog>
    </>
  );
}
