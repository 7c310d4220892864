import { exportAccount } from '../interop';
import type { Scenario } from '../model';
import { useLibraryStore } from '../store/libraryStore';
import { currentRestored } from '../store/restoredScenario';
import { downloadText, fileNameOf } from './download';
import { exportableAccounts, exportFileName, type ExportableAccount, type ExportFormat } from './exportTargets';

/**
 * The open scenario as what AWS deploys, for one account: an AWS CLI script, a CloudFormation
 * template or a Terraform configuration, downloaded — the CLI's `export`, from the app.
 */

export type ExportReadiness = { ok: true; scenario: Scenario; accounts: ExportableAccount[] } | { ok: false; message: string };

/**
 * Only a scenario that restores without an error exports, as the CLI refuses one: while the
 * document cannot be read, the views show its last readable state, and a deployment of that
 * would not be what the person sees in the editor.
 */
export function exportReadiness(): ExportReadiness {
  const restored = currentRestored();
  const first = restored.errors[0];
  if (!restored.current || first)
    return {
      ok: false,
      message: `The scenario has ${restored.errors.length === 1 ? 'an error' : `${restored.errors.length} errors`} (first: ${first?.path || '/'} ${first?.message ?? ''}): fix ${restored.errors.length === 1 ? 'it' : 'them'} to export for AWS.`,
    };
  const accounts = exportableAccounts(restored.scenario);
  if (accounts.length === 0) return { ok: false, message: 'The scenario has no users, groups, roles or managed policies to export.' };
  return { ok: true, scenario: restored.scenario, accounts };
}

/** Downloads the export of `account`; says what it left out (also in the file's comments), or why it could not. */
export function downloadAccountExport(scenario: Scenario, format: ExportFormat, account: string): boolean {
  const notify = useLibraryStore.getState().notify;
  const result = exportAccount(scenario, format.target, account);
  if (!result.ok) {
    notify({ tone: 'error', text: `Not exported: ${result.message}.` });
    return false;
  }
  const name = exportFileName(fileNameOf(scenario.title ?? 'scenario', 'scenario'), result.account, format);
  downloadText(name, result.text, format.mime);
  notify({
    tone: 'success',
    text: `Exported account ${result.account} as ${format.label}: ${name}.${result.notes.length ? ` ${result.notes.length === 1 ? 'Note' : 'Notes'} (in its comments too): ${result.notes.join('; ')}.` : ''}`,
  });
  return true;
}
