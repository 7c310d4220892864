import type { ImportResult, ImportSource } from '../interop';
import type { ImportRequest, ImportResponse } from './importProtocol';
import { WorkerCrashError, WorkerRpc, WorkerTimeoutError } from './workerRpc';

/**
 * The page's way to the import worker, which turns what AWS prints into a scenario off the main
 * thread. The worker starts on the first import only: most visits never import.
 */
export class ImportClient {
  private readonly rpc: WorkerRpc<ImportRequest, ImportResponse>;

  // Five minutes: a large organization's files are tens of MB, and a person waits for them knowingly.
  constructor(createWorker: (() => Worker) | null = defaultWorkerFactory(), timeoutMs = 300_000) {
    this.rpc = new WorkerRpc<ImportRequest, ImportResponse>(
      createWorker,
      (request) => import('./handleImport').then(({ handleImport }) => handleImport(request)),
      { timeout: (ms) => new WorkerTimeoutError('import', ms), crash: (detail) => new WorkerCrashError('import', detail) },
      timeoutMs,
    );
  }

  /** The files as one import; a newer import makes this one stale (`null`). */
  async importAws(sources: ImportSource[]): Promise<ImportResult | null> {
    const outcome = await this.rpc.call('import', (id) => ({ id, type: 'importAws', sources }));
    if (outcome.status === 'stale') return null;
    const { response } = outcome;
    if (response.type === 'failed') throw new Error(response.message);
    return response.result;
  }

  dispose(): void {
    this.rpc.dispose();
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'iam-import' });
}

/** The one client of the page. */
export const importClient = new ImportClient();
