import starter from '../src/examples/starter.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { QueriesPage } from './pages/QueriesPage';

test('the built-in scenario is evaluated in a Web Worker and every expectation holds', async ({ page }) => {
  const queries = new QueriesPage(page);
  await queries.open();
  await expect(queries.rows).toHaveCount(starter.queries.length);
  for (const [i, q] of starter.queries.entries()) {
    const decision = queries.decisionOf(i);
    if (q.expect === 'denied') await expect(decision).toHaveText(/Deny$/);
    else await expect(decision).toHaveText(q.expect);
  }
  await expect(queries.summary).toHaveText(`${starter.queries.length} passing, 0 failing`);
  await expect(queries.engineMode).toHaveText('evaluated in a Web Worker');
  expect(page.workers().map((w) => w.url())).toEqual(expect.arrayContaining([expect.stringMatching(/engine\.worker/)]));
});
