import { useMemo, useRef, useState } from 'react';
import { exportAccount } from '../interop';
import type { Scenario } from '../model';
import { downloadAccountExport } from '../session/accountExport';
import { accountContents, type ExportableAccount, type ExportFormat } from '../session/exportTargets';
import { Button } from '../ui/controls';
import { useModalDialog } from '../ui/useModalDialog';

export interface AccountChoice {
  format: ExportFormat;
  scenario: Scenario;
  accounts: ExportableAccount[];
}

/** Which account to export, when the scenario has IAM entities in several; what the export leaves out. */
export function ExportAccountDialog({ choice, onClose }: { choice: AccountChoice | null; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, choice !== null);
  return (
    <dialog
      ref={ref}
      aria-labelledby="export-account-title"
      onClose={onClose}
      data-testid="export.account.dialog"
      className="m-auto w-[min(32rem,92vw)] rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      {/* Keyed by the choice: each opening starts from the first account. */}
      {choice && (
        <ChoiceForm key={`${choice.format.target}:${choice.accounts.map((a) => a.id).join()}`} choice={choice} onClose={onClose} />
      )}
    </dialog>
  );
}

function ChoiceForm({ choice, onClose }: { choice: AccountChoice; onClose: () => void }) {
  const [account, setAccount] = useState(choice.accounts[0]!.id);
  // What the chosen account's export leaves out, shown before it is downloaded (the exporters are fast).
  const notes = useMemo(() => {
    const result = exportAccount(choice.scenario, choice.format.target, account);
    return result.ok ? result.notes : [];
  }, [choice, account]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (downloadAccountExport(choice.scenario, choice.format, account)) onClose();
      }}
    >
      <h2 id="export-account-title" className="text-base font-semibold">
        Export as {choice.format.label}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        A deployment targets one account, and this scenario has IAM entities in {choice.accounts.length}. Which one?
      </p>
      <fieldset className="mt-3 space-y-1">
        <legend className="sr-only">Account</legend>
        {choice.accounts.map((a) => (
          <label
            key={a.id}
            className="flex cursor-pointer items-baseline gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50 has-[:checked]:bg-amber-50 dark:hover:bg-slate-800 dark:has-[:checked]:bg-slate-800"
          >
            <input
              type="radio"
              name="export-account"
              value={a.id}
              checked={account === a.id}
              onChange={() => setAccount(a.id)}
              data-testid="export.account.option"
            />
            <span className="font-mono">{a.id}</span>
            {a.alias && <span className="font-medium">{a.alias}</span>}
            <span className="text-xs text-slate-600 dark:text-slate-400">{accountContents(a)}</span>
          </label>
        ))}
      </fieldset>
      {notes.length > 0 && (
        <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          <p className="font-medium">Not in this export (the file says so too):</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <button
          type="submit"
          data-testid="export.account.download"
          className="inline-flex items-center rounded-md bg-amber-500 px-2.5 py-1.5 text-sm font-semibold text-slate-950 hover:bg-amber-400 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-500"
        >
          Download .{choice.format.extension}
        </button>
      </div>
    </form>
  );
}
