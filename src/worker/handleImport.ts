import { managedPolicyCatalogFor } from '../data/awsManagedPolicies';
import { importAws } from '../interop';
import type { ImportRequest, ImportResponse } from './importProtocol';

/** What the import worker does with a request; the in-thread fallback runs the same code. */
export async function handleImport(request: ImportRequest): Promise<ImportResponse> {
  try {
    // The 3 MB AWS managed policy catalog only when a file names one, as the CLI does.
    const catalog = await managedPolicyCatalogFor(request.sources.map((s) => s.text).join('\n'));
    return { id: request.id, type: 'imported', result: importAws(request.sources, catalog) };
  } catch (e) {
    return { id: request.id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}
