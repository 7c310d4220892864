import { memo, useMemo } from 'react';
import { worldPartOf } from '../../model';
import { useScenarioStore } from '../../store/scenarioStore';
import { SCENARIO_TAB, useUiStore } from '../../store/uiStore';
import { attachedAwsManagedPolicies, awsManagedTab, listPolicyDocuments, type PolicyDocumentEntry } from '../../store/editorTabs';

/** Opens any document of the scenario in a tab: the scenario JSON, every policy, attached AWS managed policies. */
export function DocumentPicker() {
  // The world's documents change with the world only, and a real account has thousands: a
  // keystroke in a query re-lists its session policies alone, not every policy of the account.
  const worldRevision = useScenarioStore((s) => s.worldRevision);
  const queries = useScenarioStore((s) => queriesOf(s.document));
  const worldDocuments = useMemo(() => {
    void worldRevision;
    return listPolicyDocuments(worldPartOf(useScenarioStore.getState().document));
  }, [worldRevision]);
  const sessionDocuments = useMemo(() => (queries === undefined ? [] : listPolicyDocuments({ queries })), [queries]);
  const documents = useMemo(() => [...worldDocuments, ...sessionDocuments], [worldDocuments, sessionDocuments]);
  const awsManaged = useMemo(() => {
    void worldRevision;
    return attachedAwsManagedPolicies(useScenarioStore.getState().document);
  }, [worldRevision]);
  const worldGroups = useMemo(() => byGroup(worldDocuments), [worldDocuments]);
  const sessionGroups = useMemo(() => byGroup(sessionDocuments), [sessionDocuments]);

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
      <DocumentOptions groups={worldGroups} awsManaged={NO_ARNS} />
      <DocumentOptions groups={sessionGroups} awsManaged={awsManaged} />
    </select>
  );
}

/** The options, rendered again only when the list changes (thousands of them for a real account). */
const DocumentOptions = memo(function DocumentOptions({
  groups,
  awsManaged,
}: {
  groups: [string, PolicyDocumentEntry[]][];
  awsManaged: readonly string[];
}) {
  return (
    <>
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
    </>
  );
});

const NO_ARNS: readonly string[] = [];

function byGroup(documents: readonly PolicyDocumentEntry[]): [string, PolicyDocumentEntry[]][] {
  const groups = new Map<string, PolicyDocumentEntry[]>();
  for (const d of documents) {
    const entries = groups.get(d.group);
    if (entries) entries.push(d);
    else groups.set(d.group, [d]);
  }
  return [...groups];
}

function queriesOf(document: unknown): unknown {
  return typeof document === 'object' && document !== null && !Array.isArray(document)
    ? (document as { queries?: unknown }).queries
    : undefined;
}
