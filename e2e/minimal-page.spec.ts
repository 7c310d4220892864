import { fileURLToPath } from 'node:url';
import starter from '../src/examples/starter.json' with { type: 'json' };
import { expect, test } from './fixtures';
import { QueriesPage } from './pages/QueriesPage';

const starterFile = fileURLToPath(new URL('../src/examples/starter.json', import.meta.url));

/** What the scenario itself says each decision must be; `denied` admits either kind of deny. */
function expectedDecision(expectation: string): RegExp {
  return expectation === 'denied' ? /^(explicitDeny|implicitDeny)$/ : new RegExp(`^${expectation}$`);
}

test('an imported scenario file is evaluated in a Web Worker and every expectation holds', async ({ page }) => {
  const queries = new QueriesPage(page);
  await queries.open();
  await queries.importFile(starterFile);
  await expect(queries.rows).toHaveCount(starter.queries.length);
  for (const [i, q] of starter.queries.entries()) {
    await expect(queries.decisionOf(i)).toHaveText(expectedDecision(q.expect));
  }
  await expect(queries.summary).toHaveText(`${starter.queries.length} passing, 0 failing`);
  await expect(queries.engineMode).toHaveText(/Web Worker/);
  expect(page.workers().map((w) => w.url())).toEqual(expect.arrayContaining([expect.stringMatching(/engine\.worker/)]));
});
