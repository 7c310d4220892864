import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

const example = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../src/examples/library', file), 'utf8')) as {
    title: string;
    queries: { expect: string }[];
  };

test('a first visit lands on the examples; opening one shows live decisions that match its expectations', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByTestId('welcome.example')).toHaveCount(16);
  await app.openExample(8);
  const ex = example('09-explicit-deny.json');
  await expect(app.title).toHaveValue(ex.title);
  await expect(app.queryRows).toHaveCount(ex.queries.length);
  for (const [i, q] of ex.queries.entries()) await expect(app.decision(i)).toHaveText(q.expect);
  await expect(app.summary).toHaveText(`${ex.queries.length} passing, 0 failing`);
  // The answers came from the engine's Web Worker, not the page's main thread.
  expect(page.workers().map((w) => w.url())).toEqual(expect.arrayContaining([expect.stringMatching(/engine\.worker/)]));
});

test('editing a query in the builder re-evaluates it, and undo/redo walk the edit back and forth', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(8);
  await app.selectQuery(2); // Kim changes a budget: allowed
  await expect(app.decision(2)).toHaveText('allowed');
  await app.field('principal').fill('user/jo');
  await expect(app.decision(2)).toHaveText('explicitDeny');
  await expect(app.summary).toHaveText('2 passing, 1 failing');
  await expect(page.getByTestId('explanation.summary')).toContainText('Explicitly denied');
  // Typing is several edits; undo until the principal is back.
  while ((await app.field('principal').inputValue()) !== 'user/kim') await app.undo();
  await expect(app.decision(2)).toHaveText('allowed');
  await app.redo();
  await expect(app.field('principal')).not.toHaveValue('user/kim');
});

test('a request context value flips an MFA decision', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(6);
  await app.selectQuery(2); // access keys, no MFA key: denied
  await expect(app.decision(2)).toHaveText('explicitDeny');
  await expect(page.getByTestId('explanation.missing')).toContainText('aws:MultiFactorAuthPresent');
  await page.getByTestId('query.context.newKey').fill('aws:MultiFactorAuthPresent');
  await page.getByTestId('query.context.newKey').press('Enter');
  const row = page.getByTestId('query.context.row');
  await row.getByLabel('type of aws:MultiFactorAuthPresent').selectOption('boolean');
  await row.getByLabel('value of aws:MultiFactorAuthPresent').fill('true');
  await expect(app.decision(2)).toHaveText('allowed');
});

test('everything survives a reload: open scenario, edits, selection', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(0);
  await app.title.fill('My developer account');
  await app.selectQuery(1);
  await app.field('name').fill('renamed question');
  await page.waitForTimeout(600); // autosave is debounced
  await page.reload();
  await expect(app.title).toHaveValue('My developer account');
  await expect(app.queryRows.nth(1)).toContainText('renamed question');
  await expect(app.scenarioItems).toHaveCount(1);
});

test('scenarios can be created, renamed, duplicated, deleted and the deletion undone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(1);
  await page.getByTestId('scenarios.new').click();
  await expect(app.scenarioItems).toHaveCount(2);
  const first = app.scenarioItems.filter({ hasText: 'Developers group' });
  await first.hover();
  await first.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(app.scenarioItems).toHaveCount(3);
  await expect(app.title).toHaveValue(/\(copy\)$/);
  const copy = app.scenarioItems.filter({ hasText: '(copy)' });
  await copy.hover();
  await copy.getByRole('button', { name: /^Delete/ }).click();
  await expect(app.scenarioItems).toHaveCount(2);
  await app.notice.getByRole('button', { name: 'Undo' }).click();
  await expect(app.scenarioItems).toHaveCount(3);
  await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('copy');
  await expect(app.scenarioItems).toHaveCount(1);
});

test('a share link opens in a fresh browser as the exact scenario and offers to save a copy', async ({ page, browser, baseURL }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(4);
  await app.title.fill('Shared cross-account');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share.copy').click();
  await expect(app.notice).toContainText('Share link copied');
  const url = await page.evaluate(() => document.documentElement.dataset.lastShareUrl!);
  expect(url).toMatch(/#s1\/[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext({ baseURL });
  const other = new AppPage(await fresh.newPage());
  await other.page.goto(url);
  await expect(other.title).toHaveValue('Shared cross-account');
  await expect(other.page.getByTestId('notice.shared')).toBeVisible();
  await expect(other.scenarioItems).toHaveCount(0);
  for (const [i, q] of example('05-cross-account-assume-role.json').queries.entries()) await expect(other.decision(i)).toHaveText(q.expect);
  // An edit to the unsaved copy is called out: a reload would lose it.
  await expect(other.page.getByTestId('notice.shared')).toContainText('not saved in your scenarios');
  await other.title.fill('Shared cross-account, edited');
  await expect(other.page.getByTestId('notice.shared')).toContainText('a reload would lose them');
  await other.page.getByTestId('share.saveCopy').click();
  await expect(other.scenarioItems).toHaveCount(1);
  await fresh.close();
});

test('a corrupted, truncated or hostile link shows a clear message and loads nothing', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('#s1/AAAAthis-is-not-a-scenario');
  await expect(app.notice).toContainText('cannot be opened');
  await expect(page.getByTestId('welcome')).toBeVisible();

  await app.open('#s7/whatever');
  await expect(app.notice).toContainText('newer IAM Playground');

  // A valid link whose scenario carries HTML in its title: shown as text, never rendered.
  const hostile = await page.evaluate(async () => {
    const json = JSON.stringify({ format: 'iam-playground/scenario', version: 1, title: '<img src=x onerror="window.pwned=1">' });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  });
  await app.open(`#s1/${hostile}`);
  await expect(app.title).toHaveValue('<img src=x onerror="window.pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('export then import round-trips a scenario; a broken file says where it is broken', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(5);
  const download = page.waitForEvent('download');
  await page.getByTestId('file.export').click();
  await page.getByTestId('file.export.json').click();
  const file = testInfo.outputPath('exported.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { title: string };
  expect(exported.title).toBe(example('06-read-only-bucket.json').title);

  await page.getByTestId('file.input').setInputFiles(file);
  await expect(app.notice).toContainText('Imported');
  await expect(app.scenarioItems).toHaveCount(2);

  await page.getByTestId('file.input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "users": [{ "name": "a", "groups": ["Nope"] }]\n}\n',
    ),
  });
  await expect(app.notice).toContainText('broken.json:4 /users/0/groups/0');
  await expect(app.notice).toContainText('Nothing was imported');
  await expect(app.scenarioItems).toHaveCount(2);
});

test('two tabs on the same scenario stay in step', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(2);
  const second = new AppPage(await page.context().newPage());
  await second.open();
  await expect(second.title).toHaveValue(await app.title.inputValue());
  await app.title.fill('Edited in tab one');
  await expect(second.title).toHaveValue('Edited in tab one', { timeout: 5000 });
  await expect(second.notice).toContainText('changed in another tab');
  // The other tab's list of scenarios follows the save, from the announcement itself.
  await expect(second.scenarioItems.first()).toContainText('Edited in tab one');
});

test('the theme switch applies and is remembered', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(0);
  await page.getByTestId('theme.toggle').click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.waitForTimeout(300);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('the examples menu closes with Escape or a click elsewhere', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(0);
  const button = page.getByTestId('examples.menu');
  await button.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await page.getByTestId('queries.summary').click();
  await expect(page.getByRole('menu')).toBeHidden();
});
