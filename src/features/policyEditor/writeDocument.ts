import { setAtPointer } from '../../model';
import { useScenarioStore } from '../../store/scenarioStore';
import type { EditorTab } from '../../store/uiStore';
import { documentOfTab, documentTitle } from '../../store/editorTabs';

/**
 * Writes what the user typed into the scenario through the store, as one undoable step named after
 * the document ("edit S3Read"). Only called with text that parsed; the value is the new document.
 */
export function writeDocument(tab: EditorTab, value: unknown): void {
  const store = useScenarioStore.getState();
  const doc = documentOfTab(tab);
  const label = `edit ${documentTitle(store.document, tab)}`;
  if (doc.kind === 'scenario') {
    // The raw scenario tab may hold any object; the store keeps it as typed, the views read its restored form.
    store.replace(label, value);
  } else if (doc.kind === 'policy') {
    store.update(label, (draft) => {
      setAtPointer(draft, doc.pointer, value);
    });
  }
}
