import { Suspense, useEffect } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { DropOverlay } from '../features/fileImport/DropOverlay';
import { ImportProgressCard } from '../features/fileImport/ImportProgressCard';
import { ManagedPolicyPicker } from '../features/graph/editing/ManagedPolicyPicker';
import { ScenarioSidebar } from '../features/scenarios/ScenarioSidebar';
import { Welcome } from '../features/welcome/Welcome';
import { useImportStore } from '../store/importStore';
import { useLibraryStore } from '../store/libraryStore';
import { useUiStore } from '../store/uiStore';
import { BottomPanel } from './BottomPanel';
import { Notices } from './Notices';
import { PanelBoundary } from '../ui/PanelBoundary';
import { GraphPanel, ImportReportDialog, PolicyEditorPanel } from './lazyPanels';
import { TopBar } from './TopBar';

const handle = 'bg-slate-200 transition-colors hover:bg-amber-400 data-[separator-state=drag]:bg-amber-500 dark:bg-slate-800';

function Loading({ what }: { what: string }) {
  return <div className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-400">Loading the {what}…</div>;
}

/** One screen: sidebar | graph | editor, queries below; every split resizable. */
export function AppShell() {
  const theme = useUiStore((s) => s.theme);
  const origin = useLibraryStore((s) => s.origin);
  const importOutcome = useImportStore((s) => s.outcome);
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  return (
    <div className="flex h-full flex-col bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <TopBar />
      <Notices />
      <main className="min-h-0 flex-1">
        <Group orientation="horizontal" id="main">
          <Panel id="sidebar" defaultSize="17" minSize="12">
            <PanelBoundary name="sidebar">
              <ScenarioSidebar />
            </PanelBoundary>
          </Panel>
          <Separator className={`w-1 ${handle}`} aria-label="Resize the sidebar" />
          <Panel id="work" minSize="40">
            {origin === 'welcome' ? (
              <Welcome />
            ) : (
              <Group orientation="vertical" id="work">
                <Panel id="top" defaultSize="62" minSize="25">
                  <Group orientation="horizontal" id="top">
                    <Panel id="graph" defaultSize="55" minSize="25">
                      <PanelBoundary name="graph">
                        <Suspense fallback={<Loading what="graph" />}>
                          <GraphPanel />
                        </Suspense>
                      </PanelBoundary>
                    </Panel>
                    <Separator className={`w-1 ${handle}`} aria-label="Resize the editor" />
                    <Panel id="editor" defaultSize="45" minSize="20">
                      <PanelBoundary name="editor">
                        <Suspense fallback={<Loading what="editor" />}>
                          <PolicyEditorPanel />
                        </Suspense>
                      </PanelBoundary>
                    </Panel>
                  </Group>
                </Panel>
                <Separator className={`h-1 ${handle}`} aria-label="Resize the bottom panel" />
                <Panel id="queries" defaultSize="38" minSize="15">
                  <PanelBoundary name="queries and analysis">
                    <BottomPanel />
                  </PanelBoundary>
                </Panel>
              </Group>
            )}
          </Panel>
        </Group>
      </main>
      <ManagedPolicyPicker />
      <DropOverlay />
      <ImportProgressCard />
      {importOutcome !== null && (
        <Suspense fallback={null}>
          <ImportReportDialog />
        </Suspense>
      )}
    </div>
  );
}
