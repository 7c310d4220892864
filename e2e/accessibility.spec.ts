import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

/** No serious or critical axe violations on the main screens, in both themes. */
async function seriousViolations(page: Page) {
  // The graph canvas is scanned through its own controls; axe on a large React Flow viewport takes minutes.
  const results = await new AxeBuilder({ page }).exclude('.react-flow__viewport').exclude('.monaco-editor').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`welcome and main screen have no serious accessibility violations (${theme})`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    if (theme === 'dark') await page.getByTestId('theme.toggle').click();
    expect(await seriousViolations(page)).toEqual([]);
    await app.openExample(9);
    await app.selectQuery(1);
    await expect(page.getByTestId('explanation')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`findings, effective permissions and the managed policy picker have no serious accessibility violations (${theme})`, async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open();
    if (theme === 'dark') await page.getByTestId('theme.toggle').click();
    await app.openExample(10); // 11. A permissions boundary: it has findings
    await page.getByTestId('bottom.tab.findings').click();
    await expect(page.getByTestId('findings.item').first()).toBeVisible();
    await page.getByTestId('findings.item').first().getByRole('button', { name: 'Learn more' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('bottom.tab.effective').click();
    await expect(page.getByTestId('effective.summary')).toBeVisible();
    await page.getByTestId('effective.service').first().getByRole('button').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('sidebar.attachManaged').click();
    await expect(page.getByTestId('picker.option').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('every control of the main screen is reachable by keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(0);
  const wanted = [
    'scenario.title',
    'share.copy',
    'file.import',
    'file.export',
    'examples.menu',
    'theme.toggle',
    'scenarios.new',
    'query.row',
    'queries.add',
  ];
  const reached = new Set<string>();
  // Tab through the page (graph nodes and editor controls included) until every control was reached.
  // In the code editor Tab indents, as in any code editor; Ctrl+M (Monaco's documented toggle)
  // makes Tab move focus on, which is how a keyboard user leaves it.
  let toggled = false;
  for (let i = 0; i < 400 && !wanted.every((w) => reached.has(w)); i++) {
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
    if (inEditor && !toggled) {
      await page.keyboard.press('Control+m');
      toggled = true;
    }
    await page.keyboard.press('Tab');
    const id = await page.evaluate(
      () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('aria-label') ?? '',
    );
    if (id) reached.add(id);
  }
  for (const id of wanted) expect(reached, `Tab reaches ${id}`).toContain(id);
});
