import { useUiStore } from './uiStore';
import { listPolicyDocuments } from './editorTabs';
import { useScenarioStore } from './scenarioStore';

/**
 * Shows the value a scenario JSON pointer names in the editor: in the tab of the policy document
 * that holds it (opened if need be), else in the scenario JSON tab. Pointers address the document
 * as typed, which is what the editor shows.
 */
export function revealPath(path: string): void {
  const holder = listPolicyDocuments(useScenarioStore.getState().document)
    .filter((d) => path === d.pointer || path.startsWith(d.pointer + '/'))
    .sort((a, b) => b.pointer.length - a.pointer.length)[0];
  const ui = useUiStore.getState();
  if (holder) ui.openTab({ id: holder.pointer, title: holder.title });
  ui.revealStatement(path);
}
