import { createScenario } from '../../session/library';
import { openLesson } from '../../session/lessonProgress';
import { rememberUi } from '../../session/uiPreferences';
import { useUiStore } from '../../store/uiStore';
import { Button } from '../../ui/controls';
import { EXAMPLES, EXAMPLE_TITLES } from '../../examples';

/** The first lesson, with the Lessons tab open beside it; the course loads only when asked for. */
async function startCourse(): Promise<void> {
  const { LESSONS } = await import('../../lessons');
  const first = LESSONS[0]!;
  useUiStore.getState().setBottomTab('lessons');
  void rememberUi({ bottomTab: 'lessons' });
  await openLesson(first.id, first.scenario, `Lesson 1: ${first.title}`);
}

/** What a first-time visitor sees: IAM's core ideas as ready-made scenarios, not an empty canvas. */
export function Welcome() {
  return (
    <div className="h-full overflow-auto bg-white p-8 dark:bg-slate-900" data-testid="welcome">
      <div className="mx-auto max-w-4xl">
        <h1 className="text-2xl font-semibold text-slate-900 dark:text-slate-50">Welcome to IAM Playground</h1>
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
          Build an AWS IAM world and ask it questions. Every answer is computed here, in your browser, and explained statement by statement.
          Start from one of IAM's core ideas:
        </p>
        <ol className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {EXAMPLES.map((example, i) => (
            <li key={example.file}>
              <button
                type="button"
                data-testid="welcome.example"
                onClick={() => void example.load().then((s) => createScenario(s, s.title))}
                className="h-full w-full rounded-lg border border-slate-200 bg-slate-50 p-3 text-left shadow-sm transition hover:border-amber-400 hover:bg-amber-50 focus-visible:outline-2 focus-visible:outline-amber-500 dark:border-slate-700 dark:bg-slate-800 dark:hover:bg-slate-700"
              >
                <span className="text-xs font-semibold text-amber-700 dark:text-amber-400">Example {i + 1}</span>
                <span className="mt-1 block text-sm font-medium text-slate-900 dark:text-slate-100">{EXAMPLE_TITLES[i]}</span>
              </button>
            </li>
          ))}
        </ol>
        <div className="mt-6 flex gap-2">
          <Button variant="primary" data-testid="welcome.empty" onClick={() => void createScenario()}>
            Start from an empty scenario
          </Button>
          <Button data-testid="welcome.lessons" onClick={() => void startCourse()}>
            New to IAM? Learn it step by step, in lessons
          </Button>
        </div>
      </div>
    </div>
  );
}
