import type { ImportError, ImportReport, ImportResult, ImportSource } from '../interop';
import { useImportStore, type ImportOutcome } from '../store/importStore';
import { useLibraryStore } from '../store/libraryStore';
import { importClient } from '../worker/importClient';
import { importScenarioFile } from './importExport';
import { distinctNames, sortImportFiles } from './importSorting';
import { readFilesWithProgress, UnreadableFileError } from './readFiles';
import { createScenario } from './library';

const NO_REPORT: ImportReport = { accounts: [], organization: null, resources: 0, identityProviders: { oidc: 0, saml: 0 }, entries: [] };

/**
 * Files dropped on the page or picked with Import. Scenario files import each on its own, as
 * they always have (`importScenarioFile`); the others — `get-account-authorization-details`
 * outputs and aws-bundles — are read together into one new scenario by the import worker, all or
 * nothing, and the report (or the errors) opens in a dialog. One import at a time.
 */
export async function importFiles(picked: readonly File[]): Promise<void> {
  const imports = useImportStore.getState();
  if (picked.length === 0) return;
  if (imports.progress) {
    useLibraryStore.getState().notify({ tone: 'info', text: 'An import is still running: drop the files again once it is done.' });
    return;
  }
  const names = distinctNames(picked.map((f) => f.name));
  const total = picked.reduce((n, f) => n + f.size, 0);
  imports.setProgress({ phase: 'reading', files: picked.length, loaded: 0, total });
  let texts: string[];
  try {
    texts = await readFilesWithProgress(picked, (loaded) =>
      useImportStore.getState().setProgress({ phase: 'reading', files: picked.length, loaded, total }),
    );
  } catch (e) {
    const file = e instanceof UnreadableFileError ? e.file : '(import)';
    const message = e instanceof Error ? e.message : String(e);
    imports.finish({ ok: false, files: names, errors: [{ file, path: '', message }], report: NO_REPORT });
    return;
  }

  const { scenarios, aws } = sortImportFiles(picked.map((file, i) => ({ file, name: names[i]!, text: texts[i]! })));
  try {
    // Scenario files first: the AWS import opens last, beside its report.
    for (const s of scenarios) await importScenarioFile(s.file);
    if (aws.length === 0) return;
    imports.setProgress({ phase: 'importing', files: aws.length, total });
    const outcome = await importAwsFiles(aws.map((a) => ({ file: a.name, text: a.text })));
    if (outcome) imports.finish(outcome);
  } finally {
    if (useImportStore.getState().progress) imports.setProgress(null);
  }
}

async function importAwsFiles(sources: ImportSource[]): Promise<ImportOutcome | null> {
  const files = sources.map((s) => s.file);
  let result: ImportResult | null;
  try {
    result = await importClient.importAws(sources);
  } catch (e) {
    // The worker crashed or timed out: still nothing imported, and the reason said.
    const errors: ImportError[] = [{ file: '(import)', path: '', message: e instanceof Error ? e.message : String(e) }];
    return { ok: false, files, errors, report: NO_REPORT };
  }
  if (!result) return null;
  if (!result.ok) return { ok: false, files, errors: result.errors, report: result.report };
  const title = result.scenario.title ?? 'Imported from AWS';
  await createScenario(result.scenario, title);
  return { ok: true, title, files, report: result.report };
}
