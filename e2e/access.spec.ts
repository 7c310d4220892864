import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AccessPage } from './pages/AccessPage';
import { AppPage } from './pages/AppPage';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';

/** Example 13: the deployer can pass an admin role to EC2; the intern only to Lambda; the developer can rewrite its policy. */
const ESCALATION = 12;
const OPS_ADMIN = 'arn:aws:iam::111122223333:role/OpsAdmin';

test('a person asks who can pass the admin role, filters and exports the answer, and sees it on the graph', async ({ page }) => {
  const app = new AppPage(page);
  const access = new AccessPage(page);
  const graph = new GraphPage(page);
  await app.open();
  await app.openExample(ESCALATION);
  await access.tab.click();
  await access.ask('iam:PassRole', OPS_ADMIN);

  await expect(access.row('user/deployer')).toContainText('allowed');
  await expect(access.row('user/deployer')).toContainText('PassOpsRole');
  // The intern may pass it only with iam:PassedToService set to Lambda: conditional, and says which key.
  await expect(access.row('user/intern')).toContainText('conditional');
  await expect(access.row('user/intern')).toContainText('iam:PassedToService');
  await expect(access.row('user/developer')).toHaveCount(0);

  await access.filter.fill('intern');
  await expect(access.rows).toHaveCount(1);
  await access.filter.fill('');

  const download = page.waitForEvent('download');
  await access.exportJson.click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    format: string;
    principals: { principal: string; decision: string; conditional: string[]; via: string[] }[];
  };
  expect(exported.format).toBe('iam-playground/who-can');
  expect(exported.principals.find((p) => p.principal.endsWith('user/intern'))).toMatchObject({
    decision: 'conditional',
    conditional: ['iam:PassedToService'],
    via: [],
  });

  await access.showAll.click();
  await expect(page.getByTestId('graph.highlight')).toContainText('Who can iam:PassRole');
  await expect(graph.node('deployer')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(graph.node('developer')).toHaveAttribute('data-dimmed', 'true');
});

test('a person follows an escalation path on the graph, then closes it by editing the policy, and the path is gone', async ({ page }) => {
  const app = new AppPage(page);
  const access = new AccessPage(page);
  const graph = new GraphPage(page);
  const editor = new EditorPage(page);
  await app.open();
  await app.openExample(ESCALATION);
  await access.tab.click();
  await access.escalationMode.click();

  await expect(access.escalationSummary).toContainText('2 paths to administrator');
  const deployer = access.paths.filter({ hasText: 'user/deployer' });
  await expect(deployer).toContainText('passes role OpsAdmin to ec2.amazonaws.com');
  await expect(access.paths.filter({ hasText: 'user/intern' })).toHaveCount(0);
  await deployer.getByTestId('escalation.show').click();
  await expect(page.getByTestId('graph.highlight')).toContainText('deployer reaches administrator');
  await expect(graph.node('OpsAdmin')).not.toHaveAttribute('data-dimmed', 'true');
  await expect(graph.node('intern')).toHaveAttribute('data-dimmed', 'true');

  // Take PassRole away from the deployer: the analysis follows the edit.
  await editor.openDocument('DeployerAccess');
  await editor.replaceText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"}]}');
  await expect(access.escalationSummary).toContainText('1 path to administrator');
  await expect(access.paths.filter({ hasText: 'user/deployer' })).toHaveCount(0);
});

test('a person types a bucket policy open to everyone and sees what it gains, then pins and sees nothing more', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await openChangesOfExample10(app);
  await expect(page.getByTestId('changes.summary')).toHaveText(/No access gained or lost/);

  await openBucketToEveryone(editor);
  await expect(page.getByTestId('changes.summary')).toContainText('1 new allow');
  await expect(
    page.getByTestId('changes.item').filter({ hasText: '+ anonymous s3:GetObject arn:aws:s3:::shared-data/example' }),
  ).toHaveCount(1);

  // The same edit is external access in the findings: the engine lets anyone in.
  await page.getByTestId('bottom.tab.findings').click();
  await expect(page.getByTestId('findings.item').filter({ hasText: 'anyone, anonymous callers included, can s3:GetObject' })).toHaveCount(
    1,
  );
  await page.getByTestId('bottom.tab.access').click();
  await page.getByTestId('access.mode.changes').click();
  await page.getByTestId('changes.pin').click();
  await expect(page.getByTestId('changes.summary')).toHaveText(/No access gained or lost/);
});

test('a person switches off one statement, then a whole policy, and sees what each does; the answer follows an edit', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await openChangesOfExample10(app);
  const summary = page.getByTestId('changes.summary');
  const lost = (who: string) =>
    page.getByTestId('changes.item').filter({ hasText: `− ${who} s3:GetObject arn:aws:s3:::shared-data/example` });

  await page.getByTestId('changes.switchOff').selectOption({ label: 'shared-data policy' });
  await page.getByTestId('changes.switchOffStatement').selectOption({ index: 1 });
  await expect(page.getByTestId('changes.against')).toContainText('if it were switched off');
  await expect(summary).toContainText('2 would be lost, 0 would be gained');
  await expect(lost('arn:aws:iam::222222222222:user/bruno')).toHaveCount(1);
  await expect(lost('arn:aws:iam::111111111111:user/anna')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('what-if-statement.png') });

  // The whole policy: Anna's grant goes too.
  await page.getByTestId('changes.switchOffStatement').selectOption({ label: 'the whole policy' });
  await expect(lost('arn:aws:iam::111111111111:user/anna')).toHaveCount(1);

  // An edit to the policy is what the what-if asks about next: open the bucket to everyone, and
  // switching the policy off now also takes the anonymous read away.
  await openBucketToEveryone(editor);
  await expect(lost('anonymous')).toHaveCount(1);

  // A picked statement the editor then changes is not the one picked any more: nothing is switched
  // off, and the tab says so.
  await page.getByTestId('changes.switchOffStatement').selectOption({ index: 1 });
  await editor.replaceText(
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::shared-data"}]}',
  );
  await expect(page.getByTestId('changes.dropped')).toContainText('is no longer there, so nothing is switched off');
  await expect(page.getByTestId('changes.switchOff')).toHaveValue('');

  // Nothing switched off: back to what the edit changed since the scenario opened.
  await page.getByTestId('changes.switchOff').selectOption({ label: 'nothing (compare with the baseline)' });
  await expect(page.getByTestId('changes.against')).toContainText('Compared with the scenario as it opened');
  await expect(page.getByTestId('changes.item').filter({ hasText: '+ anonymous s3:ListBucket arn:aws:s3:::shared-data' })).toHaveCount(1);
  await expect(summary).toContainText('3 removed');
});

test('a query asserts no new access: it holds, fails with what was gained when the bucket opens to everyone, and holds again once pinned', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await app.open();
  await app.openExample(9); // Example 10: a bucket policy granting another account
  const before = await app.queryRows.count();
  await page.getByTestId('queries.add').click();
  await app.field('name').fill('nothing new for anonymous callers');
  await app.field('principal').fill('anonymous');
  await app.field('action').fill('*');
  await app.field('resource').fill('*');
  await page.getByTestId('query.form.noNewAccess').check();
  const row = app.queryRows.nth(before);
  await expect(row.getByTestId('query.noNewAccess')).toHaveText('no new access');
  await expect(row).toContainText('✓');
  // A principal the scenario does not hold is an error: nothing is compared, nothing passes.
  await app.field('principal').fill('user/nobody');
  await expect(row.getByTestId('query.noNewAccess')).toHaveText('no new access: not compared');
  await expect(row).not.toContainText('✓');
  await app.field('principal').fill('anonymous');
  await expect(row.getByTestId('query.noNewAccess')).toHaveText('no new access');

  await openBucketToEveryone(editor);
  await expect(row.getByTestId('query.noNewAccess')).toHaveText('1 new');
  await expect(row.getByLabel('new access since the baseline')).toBeVisible();
  await expect(app.summary).toContainText('1 failing');
  await expect(page.getByTestId('query.newAccess')).toContainText('+ s3:GetObject arn:aws:s3:::shared-data/example');
  await page.screenshot({ path: testInfo.outputPath('no-new-access.png') });

  // Accepting the edit as the new baseline: nothing is new since then.
  await page.getByTestId('bottom.tab.access').click();
  await page.getByTestId('access.mode.changes').click();
  await page.getByTestId('changes.pin').click();
  await page.getByTestId('bottom.tab.queries').click();
  await expect(row.getByTestId('query.noNewAccess')).toHaveText('no new access');
  await expect(row).toContainText('✓');
});

test('a denied query says what request context would allow it, and one click tries it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(7); // Example 8: EC2 allowed only in one region
  await expect(app.decision(3)).toHaveText('implicitDeny');
  await app.queryRows.nth(3).click();
  const discovery = page.getByTestId('discovery');
  await expect(discovery).toContainText('aws:RequestedRegion = "eu-west-1"');
  await discovery.getByTestId('discovery.try').click();
  await expect(app.decision(3)).toHaveText('allowed');
  // Nothing more to discover once it is allowed.
  await expect(discovery).toHaveCount(0);
});

test('a person follows role chains from a user across three accounts, with the MFA the second hop needs', async ({ page }) => {
  const app = new AppPage(page);
  const graph = new GraphPage(page);
  await app.open();
  await app.openExample(13); // Example 14: a role chain across three accounts
  await page.getByTestId('bottom.tab.access').click();
  await page.getByTestId('access.mode.chains').click();
  await page.getByTestId('chains.principal').selectOption('user/dana');
  const items = page.getByTestId('chains.item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'AuditReader' })).toContainText('Jump');
  await expect(items.filter({ hasText: 'AuditReader' })).toContainText('given aws:MultiFactorAuthPresent');
  await items.filter({ hasText: 'AuditReader' }).getByRole('button', { name: 'Show on graph' }).click();
  await expect(page.getByTestId('graph.highlight')).toContainText('dana → Jump → AuditReader');
  await expect(graph.node('AuditReader')).not.toHaveAttribute('data-dimmed', 'true');
  // The graph renders only what is in view, and a three-account layout may leave eli outside it.
  await graph.fitView();
  await expect(graph.node('eli')).toHaveAttribute('data-dimmed', 'true');
});

/** Example 10 (a bucket policy granting another account), with the Changes view open. */
async function openChangesOfExample10(app: AppPage): Promise<void> {
  await app.open();
  await app.openExample(9);
  await app.page.getByTestId('bottom.tab.access').click();
  await app.page.getByTestId('access.mode.changes').click();
}

/** Example 10's bucket policy, typed anew in the editor to let anyone read the bucket. */
async function openBucketToEveryone(editor: EditorPage): Promise<void> {
  await editor.openDocument('shared-data policy');
  await editor.replaceText(
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::shared-data/*"}]}',
  );
}
