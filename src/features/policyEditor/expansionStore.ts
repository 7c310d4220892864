import { create } from 'zustand';

/** The action pattern whose expansion is shown (null: the dialog is closed). */
export const useExpansion = create<{ pattern: string | null; show(pattern: string | null): void }>()((set) => ({
  pattern: null,
  show: (pattern) => set({ pattern }),
}));
