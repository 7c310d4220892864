import type { ImportResult, ImportSource } from '../interop';

/**
 * Messages between the page and the import worker. An import is rare and can take seconds (an
 * 8 MB account takes ~1.2 s in Node), so it has a worker of its own: it never queues behind
 * findings or delays a query's answer, and it may run longer than their timeouts allow.
 */
export interface ImportRequest {
  id: number;
  type: 'importAws';
  sources: ImportSource[];
}

/** `imported` carries failed imports too (`result.ok === false`); `failed` means the importer threw, a bug. */
export type ImportResponse = { id: number; type: 'imported'; result: ImportResult } | { id: number; type: 'failed'; message: string };
