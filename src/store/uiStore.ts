import { create } from 'zustand';

/** What the user is looking at: selection, editor tabs, theme, panel sizes. Persisted per session. */
export type Selection =
  { kind: 'node'; id: string } | { kind: 'query'; index: number } | { kind: 'access'; highlight: AccessHighlight } | null;

/**
 * An answer of the access analyses shown on the graph: who (principal ARNs, service principals,
 * `anonymous`), through which chains of roles, to what. The graph keeps these bright, dims the rest.
 */
export interface AccessHighlight {
  /** What the banner says: `who can s3:GetObject on …`, `deployer reaches admin`. */
  title: string;
  principals: string[];
  /** Each a list of role ARNs assumed in order, from the principal at the same index. */
  chains: string[][];
  /** For the principal at the same index: JSON pointers of the statements that allow it (or its steps). */
  statements: string[][];
  /** The resource or role at the end, when the graph draws it. */
  target: string | null;
  /** A finding to worry about (a path to administrator): the banner says so in red. */
  alarm?: boolean;
}

export interface EditorTab {
  /** JSON pointer of the edited document in the scenario (`/policies/0/document`), or `scenario` for the raw scenario. */
  id: string;
  title: string;
  readOnly?: boolean;
  /** For AWS managed policies (read-only): the ARN to show. */
  arn?: string;
}

/** The tabs of the bottom panel. PERSISTED in the session record: renaming one needs a migration. */
export type BottomTab = 'queries' | 'findings' | 'effective' | 'access' | 'lessons';

export interface UiState {
  selection: Selection;
  bottomTab: BottomTab;
  setBottomTab(tab: BottomTab): void;
  tabs: EditorTab[];
  activeTab: string | null;
  theme: 'light' | 'dark';
  /** The statement to reveal in the editor (JSON pointer), set by the explanation panel. */
  reveal: { path: string; nonce: number } | null;
  select(selection: Selection): void;
  openTab(tab: EditorTab): void;
  closeTab(id: string): void;
  /** Gives tabs new ids (their documents moved in the scenario) and closes `gone` ones, keeping order and focus. */
  retargetTabs(moves: ReadonlyMap<string, EditorTab>, gone?: readonly string[]): void;
  setTheme(theme: UiState['theme']): void;
  revealStatement(path: string): void;
}

export const SCENARIO_TAB: EditorTab = { id: 'scenario', title: 'Scenario JSON' };

export const useUiStore = create<UiState>()((set, get) => ({
  selection: null,
  bottomTab: 'queries',
  setBottomTab: (bottomTab) => set({ bottomTab }),
  tabs: [SCENARIO_TAB],
  activeTab: SCENARIO_TAB.id,
  theme: 'light',
  reveal: null,
  select: (selection) => set({ selection }),
  openTab(tab) {
    const { tabs } = get();
    set({ tabs: tabs.some((t) => t.id === tab.id) ? tabs : [...tabs, tab], activeTab: tab.id });
  },
  closeTab(id) {
    const tabs = get().tabs.filter((t) => t.id !== id);
    set({ tabs, activeTab: get().activeTab === id ? (tabs[tabs.length - 1]?.id ?? null) : get().activeTab });
  },
  retargetTabs(moves, gone = []) {
    const { tabs, activeTab } = get();
    const closing = new Set(gone);
    // Two tabs that now show one document (only with duplicate names, which the engine rejects): keep the first.
    const seen = new Set<string>();
    const next = tabs
      .filter((t) => !closing.has(t.id))
      .map((t) => moves.get(t.id) ?? t)
      .filter((t) => !seen.has(t.id) && Boolean(seen.add(t.id)));
    const active =
      activeTab === null ? null : closing.has(activeTab) ? (next[next.length - 1]?.id ?? null) : (moves.get(activeTab)?.id ?? activeTab);
    set({ tabs: next, activeTab: active });
  },
  setTheme: (theme) => set({ theme }),
  revealStatement(path) {
    // The tab that holds the statement: the longest open tab id that prefixes the path.
    const tab = get()
      .tabs.filter((t) => t.id !== 'scenario' && path.startsWith(t.id))
      .sort((a, b) => b.id.length - a.id.length)[0];
    set({ activeTab: tab?.id ?? 'scenario', reveal: { path, nonce: Date.now() } });
  },
}));
