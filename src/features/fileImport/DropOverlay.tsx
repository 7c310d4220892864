import { useEffect, useState } from 'react';
import { importFiles } from '../../session/fileImport';

/** Only files: text or a node dragged inside the page is none of the overlay's business. */
const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') === true;

/**
 * Files dragged anywhere over the page: a full-page overlay says what it accepts, and a drop
 * imports them. Listens on the window, so the graph, Monaco and the panels need no drop code of
 * their own; while the overlay is up it covers them, so Monaco never takes the file as text.
 */
export function DropOverlay() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser opens the file in the tab instead of letting us have it.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    // The pointer left the window (no element to go to), or the person pressed Escape.
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(false);
      void importFiles([...(e.dataTransfer?.files ?? [])]);
    };
    const onEnd = () => setOver(false);
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onEnd);
    };
  }, []);
  if (!over) return null;
  return (
    <div
      data-testid="import.dropOverlay"
      className="fixed inset-0 z-[60] flex items-center justify-center bg-slate-900/55 p-6 backdrop-blur-[2px]"
    >
      <div className="pointer-events-none w-[min(36rem,92vw)] rounded-xl border-2 border-dashed border-amber-400 bg-white px-8 py-7 text-center shadow-2xl dark:bg-slate-900">
        <div
          aria-hidden
          className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-full bg-amber-100 text-2xl text-amber-700 dark:bg-amber-900/50 dark:text-amber-300"
        >
          ⤓
        </div>
        <p className="text-lg font-semibold text-slate-900 dark:text-slate-100">Drop to import</p>
        <ul className="mt-3 space-y-1.5 text-left text-sm text-slate-700 dark:text-slate-300">
          <li>
            <span className="font-medium text-slate-900 dark:text-slate-100">Scenario files</span> (
            <code className="font-mono text-xs">.json</code>) — each opens as a scenario of its own.
          </li>
          <li>
            <span className="font-medium text-slate-900 dark:text-slate-100">What AWS prints</span> —{' '}
            <code className="font-mono text-xs">aws iam get-account-authorization-details</code>, one file per account, and an{' '}
            <code className="font-mono text-xs">iam-playground/aws-bundle</code> — read together into one new scenario.
          </li>
        </ul>
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          Nothing leaves this browser. If a file has an error, nothing is imported.
        </p>
      </div>
    </div>
  );
}
