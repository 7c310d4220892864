import { useScenarioStore } from '../store/scenarioStore';
import { useLibraryStore } from '../store/libraryStore';
import { useEvaluationStore } from '../store/evaluationStore';
import { Button, RichText } from '../ui/controls';

/** One line at the top for what the user must know: a notice, a failed save, an invalid scenario. */
export function Notices() {
  const notice = useLibraryStore((s) => s.notice);
  const saveError = useLibraryStore((s) => s.saveError);
  const origin = useLibraryStore((s) => s.origin);
  const edited = useScenarioStore((s) => s.past.length > 0);
  const evaluation = useEvaluationStore((s) => s.evaluation);
  const engineError = useEvaluationStore((s) => s.error);
  const tone = {
    info: 'bg-sky-50 text-sky-950 dark:bg-sky-950 dark:text-sky-100',
    error: 'bg-rose-50 text-rose-950 dark:bg-rose-950 dark:text-rose-100',
    success: 'bg-emerald-50 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100',
  };
  return (
    <div aria-live="polite">
      {origin === 'shared' && (
        <p className={`px-3 py-1.5 text-sm ${edited ? tone.error : tone.info}`} data-testid="notice.shared">
          {edited
            ? 'Your changes to this shared scenario are not saved anywhere yet: choose “Save a copy” to keep them (a reload would lose them).'
            : 'You are looking at a shared scenario. It is not saved in your scenarios until you choose “Save a copy”.'}
        </p>
      )}
      {saveError && (
        <p role="alert" className={`px-3 py-1.5 text-sm ${tone.error}`} data-testid="notice.saveError">
          {saveError}
        </p>
      )}
      {engineError && (
        <p role="alert" className={`px-3 py-1.5 text-sm ${tone.error}`}>
          {engineError}
        </p>
      )}
      {evaluation && !evaluation.ok && (
        <p role="alert" className={`px-3 py-1.5 text-sm ${tone.error}`} data-testid="notice.invalid">
          The scenario has {evaluation.errors.length} error{evaluation.errors.length === 1 ? '' : 's'}; answers show the last valid version.
          First: <code className="font-mono">{evaluation.errors[0]?.path || '/'}</code>{' '}
          <RichText text={evaluation.errors[0]?.message ?? ''} />
        </p>
      )}
      {notice && (
        <div
          role={notice.tone === 'error' ? 'alert' : 'status'}
          className={`flex items-center gap-3 px-3 py-1.5 text-sm ${tone[notice.tone]}`}
          data-testid="notice"
        >
          <span className="min-w-0 flex-1">{notice.text}</span>
          {notice.action && (
            <Button
              onClick={() => {
                notice.action!.run();
                useLibraryStore.getState().dismiss();
              }}
            >
              {notice.action.label}
            </Button>
          )}
          <Button variant="ghost" aria-label="Dismiss" onClick={() => useLibraryStore.getState().dismiss()}>
            ✕
          </Button>
        </div>
      )}
    </div>
  );
}
