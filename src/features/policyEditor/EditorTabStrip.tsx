import { useRef, type KeyboardEvent } from 'react';
import { useScenarioStore } from '../../store/scenarioStore';
import { useUiStore, type EditorTab } from '../../store/uiStore';
import { documentOfTab, documentTitle } from '../../store/editorTabs';

/**
 * The open documents as a list of tab-like buttons, each with its close button, all in the normal
 * Tab order. (The WAI-ARIA tabs pattern allows nothing but tabs inside a tablist, so close buttons
 * would be unreachable or invalid there.) Arrow keys, Home and End also move between documents;
 * Delete closes the focused one.
 */
export function EditorTabStrip() {
  const tabs = useUiStore((s) => s.tabs);
  const activeTab = useUiStore((s) => s.activeTab);
  const scenario = useScenarioStore((s) => s.document);
  const list = useRef<HTMLUListElement>(null);

  const activate = (tab: EditorTab): void => useUiStore.getState().openTab(tab);
  const focusTab = (index: number): void => {
    const tab = tabs[index];
    if (!tab) return;
    activate(tab);
    list.current?.querySelectorAll<HTMLElement>('[data-testid="editor.tab"]')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number): void => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusTab(target);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      const tab = tabs[index];
      if (tab) useUiStore.getState().closeTab(tab.id);
      focusTab(Math.min(index, last - 1));
    }
  };

  return (
    <ul ref={list} aria-label="Open documents" className="flex min-w-0 flex-1 items-end gap-0.5 overflow-x-auto px-1 pt-1">
      {tabs.map((tab, index) => {
        const selected = tab.id === activeTab;
        const title = documentOfTab(tab).kind === 'scenario' ? tab.title : documentTitle(scenario, tab);
        return (
          <li
            key={tab.id}
            className={`group flex shrink-0 items-center rounded-t-md border border-b-0 text-xs ${
              selected
                ? 'border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100'
                : 'border-transparent text-slate-600 hover:bg-slate-200/70 dark:text-slate-400 dark:hover:bg-slate-800'
            }`}
          >
            <button
              type="button"
              aria-current={selected ? 'true' : undefined}
              data-testid="editor.tab"
              title={tab.arn ?? (tab.id === 'scenario' ? 'The whole scenario as JSON' : tab.id)}
              onClick={() => activate(tab)}
              onKeyDown={(e) => onKeyDown(e, index)}
              className="max-w-48 truncate py-1.5 pr-1 pl-3 font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-500"
            >
              {title}
            </button>
            <button
              type="button"
              data-testid="editor.tab.close"
              aria-label={`Close ${title}`}
              title={`Close ${title}`}
              onClick={() => useUiStore.getState().closeTab(tab.id)}
              className="mr-1 rounded px-1 leading-none text-slate-400 hover:bg-slate-200 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-700 dark:hover:text-slate-200"
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
