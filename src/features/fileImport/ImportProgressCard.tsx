import { useImportStore } from '../../store/importStore';
import { progressPercent, progressText } from './reportView';
import './fileImport.css';

/** Bottom of the page while files are read and imported: how far reading is, then "Importing…". */
export function ImportProgressCard() {
  const progress = useImportStore((s) => s.progress);
  if (!progress) return null;
  const percent = progressPercent(progress);
  const text = progressText(progress);
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="import.progress"
      className="import-card fixed bottom-4 left-1/2 z-50 w-[min(26rem,92vw)] -translate-x-1/2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-xl dark:border-slate-700 dark:bg-slate-800"
    >
      <p className="font-medium text-slate-900 dark:text-slate-100">{text}</p>
      <div
        role="progressbar"
        aria-label={progress.phase === 'reading' ? 'Reading the files' : 'Importing'}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(percent === null ? {} : { 'aria-valuenow': percent })}
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        {percent === null ? (
          <div className="import-bar-indeterminate h-full w-2/5 rounded-full bg-amber-500" />
        ) : (
          <div className="h-full rounded-full bg-amber-500 transition-[width] duration-150" style={{ width: `${percent}%` }} />
        )}
      </div>
      {progress.phase === 'importing' && (
        <p className="mt-1.5 text-xs text-slate-600 dark:text-slate-400">Nothing is kept until every file is read without an error.</p>
      )}
    </div>
  );
}
