import { expect, test } from './fixtures';
import { GraphPage } from './pages/GraphPage';

test('build a membership on the canvas: create with the toolbar, connect by dragging, refuse what IAM refuses', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openEmpty();
  await graph.add('User', 'alice');
  await graph.add('Group', 'Developers');

  await graph.connect('alice', 'Developers');
  await expect(graph.edgesOf('member')).toHaveCount(1);
  await expect(graph.message).toHaveText(/Add alice to group Developers/);

  // A group in a group is not IAM: the drop is refused with the rule, and nothing is drawn.
  await graph.add('Group', 'Admins');
  await graph.connect('Developers', 'Admins');
  await expect(graph.message).toHaveText(/groups contain users only/);
  await expect(graph.message).toHaveAttribute('data-tone', 'error');
  await expect(graph.edgesOf('member')).toHaveCount(1);

  // Renaming the group keeps the membership: the user's `groups` entry follows.
  await graph.rename('Developers', 'Engineers');
  await expect(graph.edgesOf('member')).toHaveCount(1);

  // Selecting the edge and pressing Delete detaches it.
  await graph.selectEdge(graph.edgesOf('member'));
  await page.keyboard.press('Delete');
  await expect(graph.edgesOf('member')).toHaveCount(0);
  await expect(graph.message).toHaveText(/Remove alice from group Engineers/);
});

// Depends on the app persisting the open scenario across reloads (IndexedDB, the lead's persistence layer).
test('a dragged node keeps its place after a reload', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openEmpty();
  await graph.add('User', 'alice');
  await graph.add('Group', 'Developers');
  const offset = async () => {
    const [a, b] = [await graph.flowPosition('alice'), await graph.flowPosition('Developers')];
    return { x: a.x - b.x, y: a.y - b.y };
  };
  const before = await offset();
  await graph.drag('alice', 40, 160);
  await expect.poll(offset).not.toEqual(before);
  const moved = await offset();

  await page.waitForTimeout(600); // the app's autosave is debounced
  await page.reload();
  await expect(graph.node('alice')).toBeVisible();
  await expect.poll(offset).toEqual(moved);
});

test('selecting a query lights its decision path: the deny in red, the rest dimmed', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openExample(8); // 9. An explicit deny beats an allow from a group
  await page.getByTestId('query.row').nth(1).click(); // Jo cannot change a budget: explicitDeny
  await expect(graph.node('NoBillingChanges')).toHaveAttribute('data-emphasis', 'deny');
  await expect(graph.node('jo')).toHaveAttribute('data-emphasis', 'principal');
  await expect(graph.node('kim')).toHaveAttribute('data-dimmed', 'true');
  await expect(page.getByTestId('graph.highlight')).toContainText('explicitDeny');

  await page.getByTestId('query.row').nth(0).click(); // Jo administers EC2: allowed through the Admins group's inline policy
  await expect(graph.node('Admins')).toHaveAttribute('data-emphasis', 'allow');
  await expect(page.locator('[data-testid="graph.edge"][data-emphasis="allow"]')).toHaveCount(1);
});

test('an account folds into one node that counts what it holds, and stays folded after a reload', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openExample(4); // 5. Cross-account: ana and bo in account A, a role in account B
  const accountA = page.locator('[data-testid="graph.container"][data-name="identity (111111111111)"]');
  await expect(graph.node('ana')).toBeVisible();
  // The role's trust policy requires MFA: ana can assume it only with MFA, and the graph says so.
  await expect(graph.edgesOf('assume')).toHaveAttribute('data-requires', 'aws:MultiFactorAuthPresent');
  await expect(graph.edgesOf('assume')).toHaveAttribute('data-source', 'user:arn:aws:iam::111111111111:user/ana');

  await accountA.getByRole('button', { name: 'Collapse account identity (111111111111)' }).click();
  await expect(graph.node('ana')).toHaveCount(0);
  await expect(graph.node('bo')).toHaveCount(0);
  await expect(accountA.getByTestId('graph.container.contents')).toHaveText('2 users · 1 policy');
  await expect(graph.node('ProdReadOnly')).toBeVisible();
  await expect(graph.edgesOf('assume')).toHaveAttribute('data-source', 'account:111111111111');

  await page.waitForTimeout(600); // the app's autosave is debounced
  await page.reload();
  await expect(accountA.getByTestId('graph.container.contents')).toHaveText('2 users · 1 policy');
  await accountA.getByRole('button', { name: 'Expand account identity (111111111111)' }).click();
  await expect(graph.node('ana')).toBeVisible();
  await page.getByTestId('history.undo').click();
  await expect(graph.node('ana')).toHaveCount(0);
});

test('a scenario whose every node has a saved place opens with its nodes in view', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openEmpty();
  await graph.add('Policy', 'OnlyPolicy'); // created nodes keep their place: nothing is left to lay out
  await page.waitForTimeout(600); // the app's autosave is debounced
  await page.reload();
  await expect(graph.node('OnlyPolicy')).toBeInViewport();
});

test('the legend opens on demand and closes with a click elsewhere or Escape', async ({ page }) => {
  const graph = new GraphPage(page);
  await graph.openExample(0);
  const legend = page.getByTestId('graph.legend');
  await legend.locator('summary').click();
  await expect(legend).toHaveAttribute('open', '');
  await graph.node('priya').click();
  await expect(legend).not.toHaveAttribute('open');
  await legend.locator('summary').click();
  await page.keyboard.press('Escape');
  await expect(legend).not.toHaveAttribute('open');
});
