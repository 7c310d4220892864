import { useEffect, useRef, useState } from 'react';
import { useScenarioStore } from '../../store/scenarioStore';
import type { EditorTab } from '../../store/uiStore';
import type { EditorDocuments } from './editorDocuments';
import { documentOfTab } from '../../store/editorTabs';
import type { monaco } from './monacoSetup';
import type { ManagedPolicyCatalog } from '../../model';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;
type TextModel = monaco.editor.ITextModel;

/**
 * Shows the active tab's model in the one editor, keeping each tab's cursor and scroll position
 * (view state) across switches, and makes AWS managed policies read-only.
 */
export function useActiveModel(
  editor: CodeEditor | null,
  documents: EditorDocuments | null,
  tab: EditorTab | null,
  catalog: ManagedPolicyCatalog | null,
  presence: string,
): TextModel | null {
  const [model, setModel] = useState<TextModel | null>(null);
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState>());
  const shownTab = useRef<string | null>(null);

  useEffect(() => {
    if (!editor || !documents) return;
    const scenario = useScenarioStore.getState().document;
    const next = tab && presence !== 'orphaned' ? documents.modelFor(tab, scenario, catalog) : null;
    if (next === editor.getModel()) {
      setModel(next);
      return;
    }
    // Typing in the tab being left is written now, not 150 ms into another tab's life.
    documents.flush();
    const state = editor.saveViewState();
    if (shownTab.current && state) viewStates.current.set(shownTab.current, state);
    editor.setModel(next);
    shownTab.current = next && tab ? tab.id : null;
    const saved = tab ? viewStates.current.get(tab.id) : undefined;
    if (next && saved) editor.restoreViewState(saved);
    editor.updateOptions({ readOnly: !tab || tab.readOnly === true || documentOfTab(tab).kind === 'awsManaged' });
    setModel(next);
  }, [editor, documents, tab, catalog, presence]);

  return model;
}
