import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';
import { LessonsPage } from './pages/LessonsPage';

/** The scenario lesson 2 starts from: what the learner sees in the editor, and edits. */
const lesson2 = JSON.parse(readFileSync(new URL('../src/lessons/library/02-user-credentials.json', import.meta.url), 'utf8')) as {
  scenario: { users: [Record<string, unknown>] };
};

/** Lesson 2's scenario as the learner rewrites it, with a change to Maria. */
function withMaria(change: Record<string, unknown>): string {
  const scenario = structuredClone(lesson2.scenario);
  scenario.users[0] = { ...scenario.users[0], ...change };
  return JSON.stringify({ ...scenario, title: 'Lesson 2: Users and their two kinds of credentials' }, null, 2);
}

test('a learner completes two lessons by editing the graph and the scenario, and a reload keeps the progress and the work', async ({
  page,
}) => {
  const lessons = new LessonsPage(page);
  const graph = new GraphPage(page);
  const editor = new EditorPage(page);

  await lessons.startCourse();
  await expect(lessons.view).toHaveAttribute('data-lesson', 'root-user');
  await expect(lessons.progress).toHaveText('0 of 19 lessons done');
  await expect(lessons.items.nth(1)).toBeDisabled(); // locked until lesson 1 is done
  await expect(lessons.check(/Sam can create users/)).toHaveAttribute('data-pass', 'false');
  await expect(lessons.complete).toHaveCount(0);

  // A hint, on request, one at a time.
  await lessons.showHint.click();
  await expect(lessons.hints).toHaveCount(1);

  // Lesson 1: make Sam a member of Admins on the graph.
  await graph.connect('sam', 'Admins');
  await expect(graph.edgesOf('member')).toHaveCount(1);
  await expect(lessons.failing()).toHaveCount(0);
  await expect(lessons.complete).toContainText('Lesson complete');
  await expect(lessons.progress).toHaveText('1 of 19 lessons done');

  // On to lesson 2, unlocked now.
  await lessons.next.click();
  await expect(lessons.view).toHaveAttribute('data-lesson', 'user-credentials');
  await expect(lessons.failing()).toHaveCount(2);

  // Half of the fix: the access key goes. Then a reload, mid-lesson.
  await editor.tab('Scenario JSON').click();
  await editor.ready();
  await editor.pasteText(withMaria({ accessKeys: [] }));
  await expect(lessons.check('Maria has no access keys')).toHaveAttribute('data-pass', 'true');
  await expect(lessons.failing()).toHaveCount(1);
  await page.waitForTimeout(600); // the app's autosave is debounced
  await page.reload();

  await expect(lessons.view).toHaveAttribute('data-lesson', 'user-credentials');
  await expect(lessons.progress).toHaveText('1 of 19 lessons done');
  await expect(lessons.items.nth(0)).toHaveAttribute('data-status', 'done');
  await expect(lessons.check('Maria has no access keys')).toHaveAttribute('data-pass', 'true');
  await expect(lessons.check(/MFA/)).toHaveAttribute('data-pass', 'false');

  // The rest of the fix: MFA on her console sign-in.
  await editor.tab('Scenario JSON').click();
  await editor.ready();
  await editor.pasteText(withMaria({ accessKeys: [], console: { password: true, mfa: true } }));
  await expect(lessons.failing()).toHaveCount(0);
  await expect(lessons.complete).toContainText('Lesson complete');
  await expect(lessons.progress).toHaveText('2 of 19 lessons done');
  await expect(lessons.items.nth(2)).toBeEnabled();

  // Both lessons stay done after another reload; lesson 1 reopens with Sam still in Admins.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(lessons.progress).toHaveText('2 of 19 lessons done');
  await lessons.items.nth(0).click();
  await expect(lessons.view).toHaveAttribute('data-lesson', 'root-user');
  await expect(lessons.failing()).toHaveCount(0);
  await expect(graph.edgesOf('member')).toHaveCount(1);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the lessons panel has no serious accessibility violations (${theme})`, async ({ page }) => {
    const lessons = new LessonsPage(page);
    await lessons.startCourse();
    if (theme === 'dark') await page.getByTestId('theme.toggle').click();
    await lessons.showHint.click();
    const results = await new AxeBuilder({ page }).include('[data-testid="lessons.panel"]').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}

test('the Lessons button opens the course from the welcome screen, at the first lesson not done', async ({ page }) => {
  const lessons = new LessonsPage(page);
  await page.goto('/');
  await page.getByTestId('lessons.open').click();
  await expect(lessons.view).toHaveAttribute('data-lesson', 'root-user');
  await expect(page.getByTestId('bottom.tab.lessons')).toHaveAttribute('aria-selected', 'true');
});

test("a lesson's share link opens the learner's work beside the lesson, and saving it makes it one's own", async ({ page, browser }) => {
  const lessons = new LessonsPage(page);
  const graph = new GraphPage(page);
  await lessons.startCourse();
  await graph.connect('sam', 'Admins');
  await expect(lessons.failing()).toHaveCount(0);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share.copy').click();
  const url = await page.evaluate(() => document.documentElement.dataset.lastShareUrl!);
  expect(url).toContain('#lesson/root-user/s1/');

  // Someone else, in a browser of their own.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  const their = new LessonsPage(theirs);
  await theirs.goto(url);
  await expect(their.view).toHaveAttribute('data-lesson', 'root-user');
  await expect(their.failing()).toHaveCount(0);
  await expect(their.complete).toContainText('Save a copy');
  await expect(their.progress).toHaveText('0 of 19 lessons done'); // looking at shared work completes nothing
  await theirs.getByTestId('share.saveCopy').click();
  await expect(their.complete).toContainText('Lesson complete');
  await expect(their.progress).toHaveText('1 of 19 lessons done');
  await other.close();
});
