import { lazy, Suspense, type KeyboardEvent } from 'react';
import { FindingsPanel } from '../features/findings/FindingsPanel';
import { countBySeverity } from '../features/findings/findingGroups';
import { QueriesPanel } from '../features/queries/QueriesPanel';
import { useFindingsStore } from '../store/findingsStore';
import { useUiStore, type BottomTab } from '../store/uiStore';
import { rememberUi } from '../session/uiPreferences';

const EffectivePermissionsPanel = lazy(() =>
  import('../features/effectivePermissions/EffectivePermissionsPanel').then((m) => ({ default: m.EffectivePermissionsPanel })),
);

const LessonsPanel = lazy(() => import('../features/lessons/LessonsPanel').then((m) => ({ default: m.LessonsPanel })));

const AccessPanel = lazy(() => import('../features/access/AccessPanel').then((m) => ({ default: m.AccessPanel })));

const TABS: { id: BottomTab; label: string }[] = [
  { id: 'queries', label: 'Queries' },
  { id: 'findings', label: 'Findings' },
  { id: 'effective', label: 'Effective permissions' },
  { id: 'access', label: 'Who can · Escalation · Changes' },
  { id: 'lessons', label: 'Lessons' },
];

function FindingsCount() {
  const findings = useFindingsStore((s) => s.findings);
  const counts = countBySeverity(findings);
  const serious = counts.error + counts.security;
  if (findings.length === 0) return null;
  return (
    <span
      data-testid="findings.count"
      className={`ml-1.5 rounded-full px-1.5 font-mono text-[11px] ${serious > 0 ? 'bg-rose-600 text-white' : 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100'}`}
    >
      {findings.length}
    </span>
  );
}

/** Below the graph and the editor: the queries, the policy findings, effective permissions, who can and escalation, the lessons. */
export function BottomPanel() {
  const active = useUiStore((s) => s.bottomTab);
  const choose = (tab: BottomTab) => {
    useUiStore.getState().setBottomTab(tab);
    void rememberUi({ bottomTab: tab });
  };
  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === active);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    choose(next.id);
    document.getElementById(`bottom-tab-${next.id}`)?.focus();
  };
  return (
    <div className="flex h-full min-h-0 flex-col bg-slate-50 dark:bg-slate-900">
      <div
        role="tablist"
        aria-label="Analysis"
        className="flex gap-1 border-b border-slate-200 px-2 pt-1 dark:border-slate-700"
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`bottom-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={active === t.id}
            aria-controls={`bottom-panel-${t.id}`}
            tabIndex={active === t.id ? 0 : -1}
            data-testid={`bottom.tab.${t.id}`}
            onClick={() => choose(t.id)}
            className="-mb-px rounded-t-md border border-transparent px-3 py-1 text-xs font-semibold text-slate-600 hover:text-slate-900 aria-selected:border-slate-200 aria-selected:border-b-slate-50 aria-selected:bg-slate-50 aria-selected:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100 dark:aria-selected:border-slate-700 dark:aria-selected:border-b-slate-900 dark:aria-selected:bg-slate-900 dark:aria-selected:text-slate-100"
          >
            {t.label}
            {t.id === 'findings' && <FindingsCount />}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`bottom-panel-${active}`} aria-labelledby={`bottom-tab-${active}`} className="min-h-0 flex-1">
        {active === 'queries' && <QueriesPanel />}
        {active === 'findings' && <FindingsPanel />}
        {active === 'effective' && (
          <Suspense fallback={<p className="p-3 text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
            <EffectivePermissionsPanel />
          </Suspense>
        )}
        {active === 'access' && (
          <Suspense fallback={<p className="p-3 text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
            <AccessPanel />
          </Suspense>
        )}
        {active === 'lessons' && (
          <Suspense fallback={<p className="p-3 text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
            <LessonsPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
