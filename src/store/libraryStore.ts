import { create } from 'zustand';
import type { StoredScenario } from '../persistence/database';

/** The scenarios saved in this browser (metadata for the sidebar), and the app's notices. */
export interface LibraryState {
  scenarios: Pick<StoredScenario, 'id' | 'title' | 'updatedAt'>[];
  /** Where the open scenario came from when it is not saved yet. */
  origin: 'saved' | 'shared' | 'welcome';
  /** A failed save: shown until the next successful one; the in-memory work is kept. */
  saveError: string | null;
  notice: Notice | null;
  /** JSON of what IndexedDB holds for the open scenario ('' for none): autosave skips an identical save. */
  savedJson: string;
  setScenarios(list: LibraryState['scenarios']): void;
  /** A scenario this tab just saved: its entry updated in place, the list kept newest first. */
  savedEntry(entry: LibraryState['scenarios'][number]): void;
  notify(notice: Notice): void;
  dismiss(): void;
}

export interface Notice {
  tone: 'info' | 'error' | 'success';
  text: string;
  action?: { label: string; run: () => void };
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  scenarios: [],
  origin: 'welcome',
  saveError: null,
  notice: null,
  savedJson: '',
  setScenarios: (scenarios) => set({ scenarios }),
  savedEntry: (entry) =>
    set((state) => ({ scenarios: [entry, ...state.scenarios.filter((s) => s.id !== entry.id)].sort((a, b) => b.updatedAt - a.updatedAt) })),
  notify: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
}));
