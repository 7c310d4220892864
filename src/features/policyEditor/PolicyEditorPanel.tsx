import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useUiStore } from '../../store/uiStore';
import { DocumentPicker } from './DocumentPicker';
import { EditorNotice } from './EditorNotice';
import { NoDocumentOpen } from './NoDocumentOpen';
import { EditorPlaceholder } from './EditorPlaceholder';
import { EditorTabStrip } from './EditorTabStrip';

/**
 * Monaco and everything that imports it live in PolicyEditorWorkspace, a chunk of its own: this file
 * stays light so the first page load does not carry ~1.4 MB gzip of editor.
 */
const lazyWorkspace = () => lazy(() => import('./PolicyEditorWorkspace'));

/** The policy editor: tabs of open documents over one Monaco editor, validated as you type. */
export function PolicyEditorPanel({ className = '' }: { className?: string }) {
  // A failed chunk load is cached by React.lazy; retrying needs a fresh lazy component.
  const [Workspace, setWorkspace] = useState(lazyWorkspace);
  // Monaco loads with the first open tab, and stays once loaded. A real account opens with no tab
  // (its JSON is megabytes nobody reads first): loading and starting an editor nobody sees would
  // cost its first half second.
  const hasTabs = useUiStore((s) => s.tabs.length > 0);
  const [needed, setNeeded] = useState(hasTabs);
  useEffect(() => {
    if (hasTabs) setNeeded(true);
  }, [hasTabs]);
  return (
    <section
      aria-label="Policy editor"
      data-testid="editor.panel"
      className={`flex h-full min-h-0 flex-col bg-white dark:bg-slate-900 ${className}`}
    >
      <div className="flex shrink-0 items-end border-b border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-950">
        <EditorTabStrip />
        <DocumentPicker />
      </div>
      <div className="min-h-0 flex-1">
        {needed || hasTabs ? (
          <EditorLoadBoundary onRetry={() => setWorkspace(lazyWorkspace)}>
            <Suspense fallback={<EditorPlaceholder />}>
              <Workspace />
            </Suspense>
          </EditorLoadBoundary>
        ) : (
          <div className="relative h-full">
            <NoDocumentOpen />
          </div>
        )}
      </div>
    </section>
  );
}

/** If the editor chunk cannot be loaded (a deploy replaced it, the connection dropped), say so. */
class EditorLoadBoundary extends Component<{ children: ReactNode; onRetry: () => void }, { failed: string | null }> {
  override state: { failed: string | null } = { failed: null };

  static getDerivedStateFromError(error: unknown): { failed: string } {
    return { failed: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.failed === null) return this.props.children;
    return (
      <div className="relative h-full">
        <EditorNotice title="The editor could not be loaded">
          <p>{this.state.failed}</p>
          <button
            type="button"
            className="mt-2 underline"
            onClick={() => {
              this.props.onRetry();
              this.setState({ failed: null });
            }}
          >
            Try again
          </button>
        </EditorNotice>
      </div>
    );
  }
}
