import { memo, useEffect, useMemo, useState } from 'react';
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
  // A real account lists thousands of documents: as options they are thousands of elements the page
  // lays out while it opens (a fifth of a second on a 2,000-principal account). They are listed
  // once the picker is about to be used: pointed at, focused or pressed, all before it opens.
  const large = useScenarioStore((s) => entityCount(s.document) > LIST_UP_FRONT);
  const generation = useScenarioStore((s) => s.generation);
  const [wanted, setWanted] = useState(false);
  useEffect(() => setWanted(false), [generation]);
  const listed = wanted || !large;
  const want = listed ? undefined : () => setWanted(true);
  const worldDocuments = useMemo(() => {
    void worldRevision;
    return listed ? listPolicyDocuments(worldPartOf(useScenarioStore.getState().document)) : [];
  }, [worldRevision, listed]);
  const sessionDocuments = useMemo(() => (queries === undefined ? [] : listPolicyDocuments({ queries })), [queries]);
  const documents = useMemo(() => [...worldDocuments, ...sessionDocuments], [worldDocuments, sessionDocuments]);
  const awsManaged = useMemo(() => {
    void worldRevision;
    return listed ? attachedAwsManagedPolicies(useScenarioStore.getState().document) : NO_ARNS;
  }, [worldRevision, listed]);
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
      onPointerEnter={want}
      onPointerDown={want}
      onFocus={want}
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

/** Up to this many users, groups, roles and policies the documents are listed as the picker renders. */
const LIST_UP_FRONT = 300;

function entityCount(document: unknown): number {
  if (typeof document !== 'object' || document === null) return 0;
  const d = document as Record<string, unknown>;
  return ['users', 'groups', 'roles', 'policies'].reduce((n, k) => n + (Array.isArray(d[k]) ? (d[k] as unknown[]).length : 0), 0);
}

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
