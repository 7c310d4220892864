import { useMemo } from 'react';
import { useScenarioStore } from '../../store/scenarioStore';
import { SCENARIO_TAB, useUiStore } from '../../store/uiStore';
import { attachedAwsManagedPolicies, awsManagedTab, listPolicyDocuments, type PolicyDocumentEntry } from '../../store/editorTabs';

/** Opens any document of the scenario in a tab: the scenario JSON, every policy, attached AWS managed policies. */
export function DocumentPicker() {
  const scenario = useScenarioStore((s) => s.document);
  const documents = useMemo(() => listPolicyDocuments(scenario), [scenario]);
  const awsManaged = useMemo(() => attachedAwsManagedPolicies(scenario), [scenario]);
  const groups = useMemo(() => {
    const byGroup = new Map<string, PolicyDocumentEntry[]>();
    for (const d of documents) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
    return [...byGroup];
  }, [documents]);

  const open = (value: string): void => {
    const ui = useUiStore.getState();
    if (value === SCENARIO_TAB.id) ui.openTab(SCENARIO_TAB);
    else if (awsManaged.includes(value)) ui.openTab(awsManagedTab(value));
    else {
      const entry = documents.find((d) => d.pointer === value);
      if (entry) ui.openTab({ id: entry.pointer, title: entry.title });
    }
  };

  return (
    <select
      aria-label="Open a document"
      data-testid="editor.open"
      value=""
      onChange={(e) => open(e.target.value)}
      className="mx-1 mb-1 w-24 shrink-0 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs text-slate-700 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200"
    >
      <option value="" disabled>
        Open…
      </option>
      <option value={SCENARIO_TAB.id}>{SCENARIO_TAB.title}</option>
      {groups.map(([group, entries]) => (
        <optgroup key={group} label={group}>
          {entries.map((d) => (
            <option key={d.pointer} value={d.pointer}>
              {d.title}
            </option>
          ))}
        </optgroup>
      ))}
      {awsManaged.length > 0 && (
        <optgroup label="AWS managed (read-only)">
          {awsManaged.map((arn) => (
            <option key={arn} value={arn}>
              {arn.split('/').pop()}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
