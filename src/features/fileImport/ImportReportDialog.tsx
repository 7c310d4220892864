import { useRef, useState } from 'react';
import type { ImportError, ReportEntry } from '../../interop';
import { useImportStore, type ImportOutcome } from '../../store/importStore';
import { Button, RichText } from '../../ui/controls';
import { useModalDialog } from '../../ui/useModalDialog';
import {
  accountLine,
  errorPlace,
  identityProvidersLine,
  organizationLine,
  outcomeText,
  reportSections,
  type ReportSection,
} from './reportView';

/** A long list (thousands of unknown fields in a big account) shows this many; "Copy report" has all. */
const SHOWN = 200;

/**
 * After an import of AWS outputs: what was read, what was skipped and why, what was kept with a
 * note; or, when it failed, every error at its file, line and JSON path, and the word that nothing
 * was imported. A modal `<dialog>`: focus stays inside, Escape closes.
 */
export function ImportReportDialog() {
  const outcome = useImportStore((s) => s.outcome);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, outcome !== null);
  const close = () => useImportStore.getState().closeReport();
  return (
    <dialog
      ref={ref}
      aria-labelledby="import-report-title"
      onClose={close}
      data-testid="import.report"
      className="m-auto max-h-[85vh] w-[min(44rem,94vw)] flex-col rounded-lg border border-slate-300 bg-white p-0 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 open:flex"
    >
      {outcome && <ReportBody outcome={outcome} onClose={close} />}
    </dialog>
  );
}

function ReportBody({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(outcomeText(outcome) + '\n').then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <>
      <header className="border-b border-slate-200 px-5 pt-4 pb-3 dark:border-slate-700">
        <div className="flex items-center gap-2">
          <span
            aria-hidden
            className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs ${outcome.ok ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200' : 'bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200'}`}
          >
            {outcome.ok ? '✓' : '✕'}
          </span>
          <h2 id="import-report-title" className="min-w-0 truncate text-base font-semibold">
            {outcome.ok
              ? `Imported ${outcome.files.length === 1 ? outcome.files[0] : `${outcome.files.length} files`}`
              : 'Nothing was imported'}
          </h2>
        </div>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          {outcome.ok
            ? `The new scenario “${outcome.title}” is open, and saved in your scenarios.`
            : `${outcome.errors.length === 1 ? 'An error' : `${outcome.errors.length} errors`} in ${outcome.files.length === 1 ? outcome.files[0] : `the ${outcome.files.length} files`}. Your scenarios are unchanged: fix the files and import them again.`}
        </p>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-3" data-testid="import.report.body">
        {outcome.ok ? <ReadSummary outcome={outcome} /> : <ErrorList errors={outcome.errors} />}
        {outcome.ok && reportSections(outcome.report.entries).map((s) => <Section key={s.kind} section={s} />)}
      </div>
      <footer className="flex items-center gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
        <Button onClick={() => void copy()} data-testid="import.report.copy">
          Copy report
        </Button>
        <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
          {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'The clipboard is not available here' : ''}
        </span>
        <Button variant="primary" className="ml-auto" onClick={onClose} data-autofocus data-testid="import.report.close">
          Close
        </Button>
      </footer>
    </>
  );
}

function ReadSummary({ outcome }: { outcome: Extract<ImportOutcome, { ok: true }> }) {
  const { accounts, organization, resources, identityProviders } = outcome.report;
  return (
    <section aria-labelledby="import-read" data-testid="import.report.read">
      <h3 id="import-read" className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        Read
      </h3>
      <ul className="mt-1.5 space-y-1.5">
        {accounts.map((a) => (
          <li key={a.id} className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800" data-testid="import.report.account">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">Account {a.id}</span>
              <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{a.files.join(', ')}</span>
            </div>
            <div className="text-slate-700 dark:text-slate-300">{accountLine(a)}</div>
          </li>
        ))}
        {organization && (
          <li className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800">
            <span className="font-medium">Organization</span>{' '}
            <span className="text-slate-700 dark:text-slate-300">{organizationLine(organization)}</span>
          </li>
        )}
        {resources > 0 && (
          <li className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800">
            <span className="font-medium">Resource policies</span> <span className="text-slate-700 dark:text-slate-300">{resources}</span>
          </li>
        )}
        {identityProviders.oidc + identityProviders.saml > 0 && (
          <li className="rounded-md bg-slate-50 px-3 py-2 dark:bg-slate-800" data-testid="import.report.identityProviders">
            <span className="font-medium">Identity providers</span>{' '}
            <span className="text-slate-700 dark:text-slate-300">{identityProvidersLine(identityProviders)}</span>
          </li>
        )}
      </ul>
    </section>
  );
}

function Section({ section }: { section: ReportSection }) {
  // The long tail of fields with no place in the format starts folded; what was left out does not.
  return (
    <details open={section.kind !== 'not-modelled'} className="group mt-3" data-testid={`import.report.${section.kind}`}>
      <summary className="cursor-pointer rounded py-0.5 select-none focus-visible:outline-2 focus-visible:outline-amber-500">
        <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
          {section.title} ({section.entries.length})
        </span>{' '}
        <span className="text-xs text-slate-500 dark:text-slate-400">— {section.hint}</span>
      </summary>
      <EntryList entries={section.entries} />
    </details>
  );
}

function EntryList({ entries }: { entries: readonly ReportEntry[] }) {
  const items = entries.map((e) => ({ file: e.file, path: e.path, message: e.message }));
  return <PlacedList items={items} itemTestId="import.report.entry" tone="text-slate-800 dark:text-slate-200" className="mt-1" />;
}

function ErrorList({ errors }: { errors: readonly ImportError[] }) {
  const items = errors.map((e) => ({ file: errorPlace(e), path: e.path, message: e.message }));
  return (
    <PlacedList items={items} itemTestId="import.report.error" tone="text-rose-800 dark:text-rose-200" listTestId="import.report.errors" />
  );
}

/** Messages at their file and JSON path, the first SHOWN of them; the rest are in "Copy report". */
function PlacedList({
  items,
  itemTestId,
  tone,
  listTestId,
  className = '',
}: {
  items: readonly { file: string; path: string; message: string }[];
  itemTestId: string;
  tone: string;
  listTestId?: string;
  className?: string;
}) {
  return (
    <ul className={`divide-y divide-slate-100 dark:divide-slate-800 ${className}`} data-testid={listTestId}>
      {items.slice(0, SHOWN).map((e, i) => (
        <li key={i} className="py-1.5" data-testid={itemTestId}>
          <Place file={e.file} path={e.path} />
          <div className={tone}>
            <RichText text={e.message} />
          </div>
        </li>
      ))}
      {items.length > SHOWN && (
        <li className="py-1.5 text-xs text-slate-600 dark:text-slate-400">
          and {items.length - SHOWN} more — “Copy report” copies every one.
        </li>
      )}
    </ul>
  );
}

function Place({ file, path }: { file: string; path: string }) {
  return (
    <div className="flex flex-wrap gap-x-2 font-mono text-xs text-slate-600 dark:text-slate-400">
      <span>{file}</span>
      {path && <span className="break-all text-slate-500 dark:text-slate-400">{path}</span>}
    </div>
  );
}
