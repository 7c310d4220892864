import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { GraphPage } from './pages/GraphPage';

const FILE = '16-github-actions-oidc.json';
const example = JSON.parse(readFileSync(join(import.meta.dirname, '../src/examples/library', FILE), 'utf8')) as {
  title: string;
  queries: { name: string; expect: string }[];
};

test('the GitHub Actions example: the right branch deploys, a fork does not, and the provider is on the graph', async ({ page }) => {
  const app = new AppPage(page);
  const graph = new GraphPage(page);
  await app.open();
  await expect(page.getByTestId('welcome.example')).toHaveCount(16);
  await expect(page.getByTestId('welcome.example').nth(15)).toContainText('GitHub Actions deploys through an OIDC role');
  await app.openExample(15);
  await expect(app.title).toHaveValue(example.title);
  await expect(app.queryRows).toHaveCount(example.queries.length);
  for (const [i, q] of example.queries.entries()) await expect(app.decision(i), q.name).toHaveText(q.expect);
  await expect(app.summary).toHaveText(`${example.queries.length} passing, 0 failing`);

  // The fork's denial says why: the trust policy is the only policy that could let it in.
  await app.selectQuery(1);
  await expect(page.getByTestId('explanation.summary')).toContainText('trust policy of role GitHubDeploy does not allow');

  // The provider is a node, and its edges to the two roles wait on the token's sub claim.
  const provider = graph.node('token.actions.githubusercontent.com');
  await expect(provider).toBeVisible();
  await expect(provider).toHaveAttribute('data-kind', 'provider');
  const fromProvider = page.locator(
    '[data-testid="graph.edge"][data-kind="assume"][data-source="provider:arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]',
  );
  await expect(fromProvider).toHaveCount(2);
  for (const edge of await fromProvider.all())
    await expect(edge).toHaveAttribute('data-requires', /token\.actions\.githubusercontent\.com:sub/);
});

test('a query about a federated user asks for the IAM user behind it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(15);
  await app.selectQuery(6);
  await expect(page.getByTestId('query.form.federatingUser')).toHaveCount(0);
  await app.field('principal').fill('federated-user/carol');
  await expect(page.getByTestId('query.form.federatingUser')).toBeVisible();
  await page.getByTestId('query.form.federatingUser').fill('user/broker');
  await expect(page.getByTestId('query.form.federatingUser')).toHaveValue('user/broker');
  // Back to a role session, and the field goes away.
  await app.field('principal').fill('role/GitHubDeploy');
  await expect(page.getByTestId('query.form.federatingUser')).toHaveCount(0);
});

test('passing session tags on a role chain needs sts:TagSession, and the explanation says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(13); // Example 14: a role chain across three accounts
  await app.selectQuery(2); // Jump assumes AuditReader, with MFA
  await expect(app.decision(2)).toHaveText('allowed');
  const passesTags = page.getByLabel('Passes tags');
  await passesTags.fill('team=web');
  // AuditReader's trust policy allows sts:AssumeRole only: tags passed with it are refused.
  await expect(app.decision(2)).toHaveText('implicitDeny');
  await expect(page.getByTestId('explanation')).toContainText('sts:TagSession');
  // Half-typed text is kept in the field and flagged, and changes nothing.
  await passesTags.fill('team');
  await expect(passesTags).toHaveAttribute('aria-invalid', 'true');
  await passesTags.fill('');
  await expect(app.decision(2)).toHaveText('allowed');
});
