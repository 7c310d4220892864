import { create } from 'zustand';
import type { ImportError, ImportReport } from '../interop';

/**
 * An import of files in progress, and the report of the last one until it is closed. Written by
 * `src/session/fileImport.ts`; read by the drop overlay, the progress card and the report dialog.
 */
export type ImportProgress =
  /** Bytes read of all the files: the bar a person watches for a large account. */
  | { phase: 'reading'; files: number; loaded: number; total: number }
  /** The files are read; the import worker turns them into a scenario. */
  | { phase: 'importing'; files: number; total: number };

/** What an import of AWS outputs came to: a new scenario and its report, or the errors and nothing. */
export type ImportOutcome =
  | { ok: true; title: string; files: string[]; report: ImportReport }
  | { ok: false; files: string[]; errors: ImportError[]; report: ImportReport };

export interface ImportState {
  progress: ImportProgress | null;
  outcome: ImportOutcome | null;
  setProgress(progress: ImportProgress | null): void;
  finish(outcome: ImportOutcome): void;
  closeReport(): void;
}

export const useImportStore = create<ImportState>()((set) => ({
  progress: null,
  outcome: null,
  setProgress: (progress) => set({ progress }),
  finish: (outcome) => set({ progress: null, outcome }),
  closeReport: () => set({ outcome: null }),
}));
