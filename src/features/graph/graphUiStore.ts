import { create } from 'zustand';

/**
 * The graph panel's own transient state: the status line, the node being renamed, the open
 * context menu. Not the app's business (and never persisted), so it lives beside the feature.
 */
export interface GraphMessage {
  text: string;
  tone: 'info' | 'error';
  /** Increases with every message, so the same text said twice is announced twice. */
  serial: number;
}

export interface GraphMenu {
  /** Where the menu opens, in the panel's coordinates. */
  x: number;
  y: number;
  /** Where a created node goes, in flow coordinates. */
  flow: { x: number; y: number };
  /** The node right-clicked (a container: create inside it; a leaf: rename, delete), or null for the pane. */
  nodeId: string | null;
}

interface GraphUiState {
  message: GraphMessage | null;
  renaming: string | null;
  menu: GraphMenu | null;
  say(text: string, tone?: GraphMessage['tone']): void;
  clearMessage(): void;
  startRename(id: string | null): void;
  openMenu(menu: GraphMenu | null): void;
  /** A node to bring into view once it has a place (one added from outside the canvas). */
  revealing: string | null;
  reveal(id: string | null): void;
}

let serial = 0;

export const useGraphUi = create<GraphUiState>()((set) => ({
  message: null,
  renaming: null,
  menu: null,
  say: (text, tone = 'info') => set({ message: { text, tone, serial: ++serial } }),
  clearMessage: () => set({ message: null }),
  startRename: (renaming) => set({ renaming, menu: null }),
  openMenu: (menu) => set({ menu }),
  revealing: null,
  reveal: (revealing) => set({ revealing }),
}));
