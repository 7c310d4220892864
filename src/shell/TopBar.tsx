import { useEffect, useRef, useState } from 'react';
import { EXAMPLES, EXAMPLE_TITLES } from '../examples';
import { useEvaluationStore } from '../store/evaluationStore';
import { useLibraryStore } from '../store/libraryStore';
import { restoredOf } from '../store/restoredScenario';
import { useScenarioStore } from '../store/scenarioStore';
import { useUiStore } from '../store/uiStore';
import { importFiles } from '../session/fileImport';
import { createScenario } from '../session/library';
import { loadLessonProgress } from '../session/lessonProgress';
import { useLessonStore } from '../store/lessonStore';
import { saveSharedCopy, shareUrl } from '../session/shareLinks';
import { rememberUi } from '../session/uiPreferences';
import { AboutButton } from './AboutDialog';
import { ExportMenu } from './ExportMenu';
import { Button } from '../ui/controls';

/**
 * The Lessons tab; from the welcome screen (no panels yet), the first lesson not done as well.
 * The course is loaded on demand: it is the lessons panel's chunk, not the first screen's.
 */
async function openLessons(): Promise<void> {
  useUiStore.getState().setBottomTab('lessons');
  void rememberUi({ bottomTab: 'lessons' });
  if (useLibraryStore.getState().origin !== 'welcome') return;
  const [{ LESSONS }, { openCourse }] = await Promise.all([import('../lessons'), import('../features/lessons/startLesson')]);
  await loadLessonProgress();
  const { progress } = useLessonStore.getState();
  await openCourse(LESSONS, (id) => progress[id]?.completedAt !== undefined);
}

/** Title, undo/redo, share, import/export, lessons, examples, theme. */
export function TopBar() {
  const title = useScenarioStore((s) => restoredOf(s).scenario.title ?? 'Untitled scenario');
  const canUndo = useScenarioStore((s) => s.past.length > 0);
  const canRedo = useScenarioStore((s) => s.future.length > 0);
  const undoLabel = useScenarioStore((s) => s.past[s.past.length - 1]?.label);
  const redoLabel = useScenarioStore((s) => s.future[0]?.label);
  const origin = useLibraryStore((s) => s.origin);
  const theme = useUiStore((s) => s.theme);
  const engineMode = useEvaluationStore((s) => s.engineMode);
  const fileInput = useRef<HTMLInputElement>(null);
  const [examplesOpen, setExamplesOpen] = useState(false);
  const examples = useRef<HTMLDivElement>(null);
  // The examples menu closes like any menu: Escape (focus back on its button), or a click elsewhere.
  useEffect(() => {
    if (!examplesOpen) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setExamplesOpen(false);
      examples.current?.querySelector<HTMLButtonElement>('[data-testid="examples.menu"]')?.focus();
    };
    const onDown = (e: PointerEvent) => {
      if (!examples.current?.contains(e.target as Node)) setExamplesOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [examplesOpen]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      // Inside Monaco, its own undo stack handles typing; the app's history takes over elsewhere.
      if (target?.closest('.monaco-editor') || target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) useScenarioStore.getState().redo();
        else useScenarioStore.getState().undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        useScenarioStore.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const share = async () => {
    const url = shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      useLibraryStore.getState().notify({
        tone: 'success',
        text: `Share link copied (${url.length.toLocaleString()} characters). Anyone who opens it sees this exact scenario.`,
      });
    } catch {
      useLibraryStore.getState().notify({
        tone: 'info',
        text: 'Copy this share link:',
        action: { label: 'Select link', run: () => window.prompt('Share link', url) },
      });
    }
    document.documentElement.dataset.lastShareUrl = url;
  };

  return (
    <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5 dark:border-slate-800 dark:bg-slate-900">
      <img src="/favicon.svg" alt="" className="h-6 w-6" />
      <span className="text-sm font-semibold whitespace-nowrap text-slate-900 dark:text-slate-100">IAM Playground</span>
      <span className="text-slate-300 dark:text-slate-600" aria-hidden>
        /
      </span>
      <input
        aria-label="Scenario title"
        data-testid="scenario.title"
        value={title}
        onChange={(e) => useScenarioStore.getState().update('rename scenario', (d) => void (d.title = e.target.value))}
        className="min-w-0 flex-1 truncate rounded border border-transparent bg-transparent px-1 py-0.5 text-sm font-medium text-slate-900 hover:border-slate-300 focus:border-amber-500 focus:outline-none dark:text-slate-100 dark:hover:border-slate-600"
      />
      {origin === 'shared' && (
        <Button variant="primary" data-testid="share.saveCopy" onClick={() => void saveSharedCopy()}>
          Save a copy
        </Button>
      )}
      <div className="flex items-center gap-1" role="group" aria-label="History">
        <Button
          variant="ghost"
          disabled={!canUndo}
          onClick={() => useScenarioStore.getState().undo()}
          aria-label="Undo"
          title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Undo'}
          data-testid="history.undo"
        >
          ↶
        </Button>
        <Button
          variant="ghost"
          disabled={!canRedo}
          onClick={() => useScenarioStore.getState().redo()}
          aria-label="Redo"
          title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo'}
          data-testid="history.redo"
        >
          ↷
        </Button>
      </div>
      <Button onClick={() => void share()} data-testid="share.copy">
        Share
      </Button>
      <Button
        onClick={() => fileInput.current?.click()}
        data-testid="file.import"
        title="Import scenario files, or what the AWS CLI prints for your accounts — or drop the files anywhere on the page"
      >
        Import
      </Button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept="application/json,.json"
        className="hidden"
        data-testid="file.input"
        aria-label="Import scenario files or AWS CLI output"
        onChange={(e) => {
          void importFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <ExportMenu />
      <Button onClick={() => void openLessons()} data-testid="lessons.open">
        Lessons
      </Button>
      <div className="relative" ref={examples}>
        <Button onClick={() => setExamplesOpen((o) => !o)} aria-expanded={examplesOpen} aria-haspopup="menu" data-testid="examples.menu">
          Examples ▾
        </Button>
        {examplesOpen && (
          <ul
            role="menu"
            className="absolute right-0 z-50 mt-1 w-80 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800"
          >
            {EXAMPLES.map((ex, i) => (
              <li key={ex.file} role="none">
                <button
                  role="menuitem"
                  type="button"
                  className="w-full rounded px-2 py-1 text-left text-sm hover:bg-amber-50 dark:hover:bg-slate-700"
                  onClick={() => {
                    setExamplesOpen(false);
                    void ex.load().then((s) => createScenario(s, s.title));
                  }}
                >
                  {i + 1}. {EXAMPLE_TITLES[i]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <AboutButton />
      <Button
        variant="ghost"
        aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
        data-testid="theme.toggle"
        onClick={() => {
          const next = theme === 'dark' ? 'light' : 'dark';
          useUiStore.getState().setTheme(next);
          void rememberUi({ theme: next });
        }}
      >
        {theme === 'dark' ? '☀' : '☾'}
      </Button>
      <span
        className="hidden text-[11px] text-slate-600 xl:inline dark:text-slate-400"
        data-testid="engine.mode"
        title="Where the engine runs"
      >
        {engineMode === 'worker' ? 'engine: Web Worker' : 'engine: in page'}
      </span>
    </header>
  );
}
