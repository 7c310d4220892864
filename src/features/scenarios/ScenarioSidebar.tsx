import { useMemo, useState } from 'react';
import { createScenario, deleteScenario, duplicateScenario, openScenario, renameScenario } from '../../session/library';
import { Button, SectionTitle } from '../../ui/controls';
import { useLibraryStore } from '../../store/libraryStore';
import { useScenarioStore } from '../../store/scenarioStore';
import { useRestoredWorld } from '../../store/restoredScenario';
import { useManagedPolicyPicker } from '../../store/managedPolicyPickerStore';
import { awsManagedTab } from '../../store/editorTabs';
import { useUiStore } from '../../store/uiStore';
import { AWS_MANAGED_GROUP, entitiesByAccount, type AccountEntities } from './entityIndex';

/** Left column: the scenarios saved in this browser, and the entities of the open one. */
export function ScenarioSidebar() {
  return (
    <nav aria-label="Scenarios and entities" className="flex h-full min-h-0 flex-col overflow-hidden bg-slate-100 dark:bg-slate-950">
      <ScenarioList />
      <EntityList />
    </nav>
  );
}

function ScenarioList() {
  const scenarios = useLibraryStore((s) => s.scenarios);
  const openId = useScenarioStore((s) => s.scenarioId);
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const shown = scenarios.filter((s) => s.title.toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <section
      aria-labelledby="scenarios-title"
      className="flex max-h-[45%] min-h-0 flex-col border-b border-slate-200 p-2 dark:border-slate-800"
    >
      <div className="mb-1 flex items-center justify-between">
        <SectionTitle id="scenarios-title">My scenarios</SectionTitle>
        <Button variant="ghost" aria-label="New scenario" data-testid="scenarios.new" onClick={() => void createScenario()}>
          + New
        </Button>
      </div>
      <input
        type="search"
        placeholder="Search scenarios"
        aria-label="Search scenarios"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="mb-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <ul className="min-h-0 overflow-auto" data-testid="scenarios.list">
        {shown.length === 0 && (
          <li className="px-2 py-1 text-xs text-slate-600 dark:text-slate-400">{scenarios.length ? 'No match.' : 'Nothing saved yet.'}</li>
        )}
        {shown.map((s) => (
          <li
            key={s.id}
            className={`group flex items-center gap-1 rounded-md ${s.id === openId ? 'bg-white shadow-sm dark:bg-slate-800' : ''}`}
            data-testid="scenarios.item"
          >
            {renaming === s.id ? (
              <input
                autoFocus
                aria-label="Scenario name"
                defaultValue={s.title}
                className="w-full rounded border border-amber-500 bg-white px-1 text-sm dark:bg-slate-900"
                onBlur={(e) => {
                  setRenaming(null);
                  void renameScenario(s.id, e.target.value);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                  if (e.key === 'Escape') setRenaming(null);
                }}
              />
            ) : (
              <button
                type="button"
                className="min-w-0 flex-1 truncate px-2 py-1 text-left text-sm"
                aria-current={s.id === openId}
                onClick={() => void openScenario(s.id)}
                onDoubleClick={() => setRenaming(s.id)}
              >
                {s.title}
              </button>
            )}
            <span className="flex opacity-0 group-focus-within:opacity-100 group-hover:opacity-100">
              <IconButton label={`Rename ${s.title}`} onClick={() => setRenaming(s.id)}>
                ✎
              </IconButton>
              <IconButton label={`Duplicate ${s.title}`} onClick={() => void duplicateScenario(s.id)}>
                ⧉
              </IconButton>
              <IconButton label={`Delete ${s.title}`} onClick={() => void deleteScenario(s.id)}>
                🗑
              </IconButton>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IconButton({ label, onClick, children }: { label: string; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      className="rounded px-1 text-xs text-slate-600 hover:bg-slate-200 focus-visible:opacity-100 dark:text-slate-300 dark:hover:bg-slate-700"
    >
      {children}
    </button>
  );
}

/** Items a kind lists before "Show all": a real account has thousands, and a list that long helps nobody scroll. */
const LIST_CAP = 50;

function EntityList() {
  const scenario = useRestoredWorld().scenario;
  const all = useMemo(() => entitiesByAccount(scenario), [scenario]);
  const [filter, setFilter] = useState('');
  const [shownInFull, setShownInFull] = useState<ReadonlySet<string>>(new Set());
  const total = useMemo(() => all.reduce((n, a) => n + a.kinds.reduce((m, k) => m + k.items.length, 0), 0), [all]);
  const groups = useMemo(() => filteredEntities(all, filter), [all, filter]);
  const selection = useUiStore((s) => s.selection);
  return (
    <section aria-labelledby="entities-title" className="min-h-0 flex-1 overflow-auto p-2">
      <div className="flex items-center justify-between">
        <SectionTitle id="entities-title">In this scenario</SectionTitle>
        <button
          type="button"
          data-testid="sidebar.attachManaged"
          onClick={() => useManagedPolicyPicker.getState().show()}
          className="rounded px-1.5 py-0.5 text-xs text-slate-700 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700"
          title="Attach an AWS managed policy to a user, group or role"
        >
          + AWS policy
        </button>
      </div>
      {total > LIST_CAP && (
        <input
          type="search"
          data-testid="entities.filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={`Filter ${total.toLocaleString('en-US')} entities`}
          aria-label="Filter the entities of this scenario by name"
          className="mt-2 w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      )}
      {filter !== '' && groups.length === 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">No entity is named like “{filter}”.</p>
      )}
      {groups.map((account) => (
        <div key={account.account} className="mt-2">
          <p className="text-xs font-semibold text-slate-700 dark:text-slate-300">
            {account.account === AWS_MANAGED_GROUP ? 'AWS managed (read-only)' : `Account ${account.account}`}
            {account.alias && <span className="font-normal text-slate-600 dark:text-slate-400"> · {account.alias}</span>}
          </p>
          {account.kinds.map((kind) => {
            const key = `${account.account}|${kind.kind}`;
            const full = shownInFull.has(key) || kind.items.length <= LIST_CAP + 5;
            const toggleFull = () =>
              setShownInFull((s) => {
                const next = new Set(s);
                if (next.has(key)) next.delete(key);
                else next.add(key);
                return next;
              });
            return (
              <div key={kind.kind} className="mt-1">
                <p className="text-[11px] text-slate-600 uppercase dark:text-slate-400">
                  {kind.kind}
                  {kind.items.length > LIST_CAP && <span className="normal-case"> · {kind.items.length.toLocaleString('en-US')}</span>}
                </p>
                <ul>
                  {(full ? kind.items : kind.items.slice(0, LIST_CAP)).map((item) => (
                    <li key={item.nodeId}>
                      <button
                        type="button"
                        data-testid="entities.item"
                        aria-current={selection?.kind === 'node' && selection.id === item.nodeId}
                        className="w-full truncate rounded px-2 py-0.5 text-left text-sm hover:bg-white aria-[current=true]:bg-white dark:hover:bg-slate-800 dark:aria-[current=true]:bg-slate-800"
                        onClick={() => {
                          useUiStore.getState().select({ kind: 'node', id: item.nodeId });
                          if (item.arn) useUiStore.getState().openTab(awsManagedTab(item.arn));
                          else if (item.documentPath) useUiStore.getState().openTab({ id: item.documentPath, title: item.name });
                        }}
                      >
                        {item.name}
                      </button>
                    </li>
                  ))}
                </ul>
                {(!full || shownInFull.has(key)) && (
                  <button
                    type="button"
                    data-testid="entities.showAll"
                    onClick={toggleFull}
                    className="mt-0.5 rounded px-2 py-0.5 text-xs text-sky-700 hover:bg-white dark:text-sky-400 dark:hover:bg-slate-800"
                  >
                    {full ? 'Show fewer' : `Show all ${kind.items.length.toLocaleString('en-US')} ${kind.kind.toLowerCase()}`}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}

/** The accounts and kinds whose entities are named like `filter` (case-insensitive), keeping only the matches. */
function filteredEntities(groups: AccountEntities[], filter: string): AccountEntities[] {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return groups;
  return groups.flatMap((account) => {
    const kinds = account.kinds.flatMap((k) => {
      const items = k.items.filter((i) => i.name.toLowerCase().includes(needle));
      return items.length > 0 ? [{ ...k, items }] : [];
    });
    return kinds.length > 0 ? [{ ...account, kinds }] : [];
  });
}
