import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { AnalysisPage } from './pages/AnalysisPage';
import { AppPage } from './pages/AppPage';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';

/** Example 1: Priya's own user with one customer managed policy, DeveloperEc2S3. */
const DEVELOPER = 0;
const POLICY = 'DeveloperEc2S3';
/** Its queries, in order. */
const STARTS_INSTANCE = 0;
const OTHER_BUCKET = 2;
const CREATE_USERS = 3;

/** Example 1 with its policy open in the editor: where most of these stories start. */
async function openDeveloperPolicy(app: AppPage, editor: EditorPage): Promise<void> {
  await app.open();
  await app.openExample(DEVELOPER);
  await editor.openDocument(POLICY);
}

test('completion from the AWS catalog: accept an action typed in Monaco and watch the decision follow', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await openDeveloperPolicy(app, editor);
  await expect(app.decision(OTHER_BUCKET)).toHaveText('implicitDeny');

  await editor.replaceText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetO');
  await page.keyboard.press('Control+Space');
  const suggestions = editor.panel.locator('.suggest-widget.visible');
  await expect(suggestions).toBeVisible();
  // The catalog's actions, with their access level beside them.
  await expect(suggestions.locator('.monaco-list-row').first()).toContainText('s3:GetObject');
  await expect(suggestions.locator('.monaco-list-row').first()).toContainText('Read');
  await page.keyboard.press('Enter');
  await page.keyboard.type(', "Resource": "*');

  await expect(editor.panel.locator('.view-lines')).toContainText('"s3:GetObject"');
  await expect(editor.status).toHaveText('valid');
  // GetObject on every bucket: the other team's bucket is readable now, and EC2 no longer is.
  await expect(app.decision(OTHER_BUCKET)).toHaveText('allowed');
  await expect(app.decision(STARTS_INSTANCE)).toHaveText('implicitDeny');
});

test('a finding appears as a marker and in the findings panel while a typo stands, and goes when it is fixed', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  const analysis = new AnalysisPage(page);
  await openDeveloperPolicy(app, editor);
  await analysis.findingsTab.click();
  await expect(page.getByTestId('findings.none')).toBeVisible();

  await editor.replaceText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:StartInstance", "Resource": "*"}]}');
  await expect(analysis.finding('unknown-action')).toBeVisible();
  await expect(analysis.finding('unknown-action')).toContainText('ec2:StartInstances'); // did you mean …
  await expect(editor.errorSquiggles.first()).toBeVisible();
  await expect(analysis.findingsCount).toHaveText('1');
  await analysis.finding('unknown-action').getByRole('button', { name: 'Learn more' }).click();
  await expect(analysis.finding('unknown-action').getByTestId('findings.learnMore')).toContainText('unknown-action');

  // Fix the typo where it stands: the marker and the finding go.
  await editor.replaceText(
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:StartInstances", "Resource": "*"}]}',
  );
  await expect(analysis.findings).toHaveCount(0);
  await expect(editor.errorSquiggles).toHaveCount(0);
  await page.getByTestId('bottom.tab.queries').click();
  await expect(app.decision(STARTS_INSTANCE)).toHaveText('allowed');
});

test('attach an AWS managed policy from the picker: only its ARN is stored, and the decisions follow', async ({ page }) => {
  const app = new AppPage(page);
  const graph = new GraphPage(page);
  const analysis = new AnalysisPage(page);
  await graph.openExample(DEVELOPER);
  await expect(app.decision(CREATE_USERS)).toHaveText('implicitDeny');

  await graph.node('priya').click({ button: 'right' });
  await page.getByTestId('graph.menu.attachManaged').click();
  await expect(analysis.picker).toBeVisible();
  await expect(analysis.pickerTarget).toHaveValue('users:0');
  await analysis.pickerSearch.fill('IAMFullAccess');
  await expect(analysis.pickerOptions.first()).toContainText('IAMFullAccess');
  await analysis.pickerOptions.first().click();
  await page.getByTestId('picker.attach').click();
  await expect(analysis.picker).toBeHidden();

  await expect(graph.node('IAMFullAccess')).toBeInViewport();
  await expect(app.decision(CREATE_USERS)).toHaveText('allowed');
  await expect(app.summary).toHaveText('4 passing, 1 failing');
  // The exported file (the one the CLI checks) names the policy by ARN and holds no copy of it.
  const download = page.waitForEvent('download');
  await page.getByTestId('file.export').click();
  await page.getByTestId('file.export.json').click();
  const exported = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    users: { managedPolicies?: string[] }[];
    policies?: unknown[];
  };
  expect(exported.users[0]!.managedPolicies).toEqual(['DeveloperEc2S3', 'arn:aws:iam::aws:policy/IAMFullAccess']);
  expect(exported.policies).toHaveLength(1);

  // The same policy twice is refused with the reason, and nothing changes.
  await page.getByTestId('sidebar.attachManaged').click();
  await analysis.pickerSearch.fill('IAMFullAccess');
  await analysis.pickerOptions.first().click();
  await page.getByTestId('picker.attach').click();
  await expect(page.getByTestId('picker.message')).toHaveText('IAMFullAccess is already attached to priya');
  await page.keyboard.press('Escape');
  await expect(analysis.picker).toBeHidden();
});

test('effective permissions: what a principal can do, traced to the statement that grants it', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  const analysis = new AnalysisPage(page);
  await app.open();
  await app.openExample(DEVELOPER);
  await analysis.effectiveTab.click();
  await expect(analysis.effectivePrincipal).toHaveValue('user/priya');
  await expect(analysis.effectiveSummary).toContainText(/\d+ actions allowed in \d+ services/);
  await expect(analysis.service('ec2')).toBeVisible();
  await expect(analysis.service('s3')).toBeVisible();
  await expect(analysis.service('iam')).toHaveCount(0);

  await analysis.effectiveFilter.fill('RunInstances');
  await expect(analysis.effectiveServices).toHaveCount(1);
  await analysis.service('ec2').getByRole('button').first().click();
  const run = analysis.effectiveActions.filter({ hasText: 'ec2:RunInstances' });
  await expect(run).toBeVisible();
  await run.getByRole('button', { name: /DeveloperEc2S3 · statement 1 \(ManageDevInstances\)/ }).click();
  await expect(editor.activeTab).toHaveText(POLICY);
  await expect(editor.revealed.first()).toBeVisible();

  // On one object of another team's bucket: nothing.
  await analysis.effectiveFilter.fill('');
  await analysis.effectiveResource.fill('arn:aws:s3:::finance-reports/q3.csv');
  await expect(analysis.effectiveSummary).toContainText(/^0 actions allowed in 0 services/);
  await analysis.effectiveResource.fill('arn:aws:s3:::dev-team-bucket/build.zip');
  await expect(analysis.effectiveSummary).toContainText(/[1-9]\d* actions? allowed in 1 service on/);
});

test('the policy summary reads a document like the IAM console', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  const analysis = new AnalysisPage(page);
  await openDeveloperPolicy(app, editor);
  await expect(analysis.summaryToggle).toContainText('Amazon EC2: Limited: List, Write');
  await analysis.summaryToggle.click();
  await expect(analysis.summaryServices).toHaveCount(2);
  await expect(analysis.summaryServices.filter({ hasText: 'Amazon S3' })).toContainText('arn:aws:s3:::dev-team-bucket');
});

test('an action pattern expands to every action it matches', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await openDeveloperPolicy(app, editor);
  await editor.replaceText('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Resource": "*", "Action": "ec2:Describe*');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = page.getByTestId('expansion.dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('expansion.count')).toHaveText(/^matches \d{3} actions in 1 service of the AWS service catalog$/);
  await expect(dialog).toContainText('DescribeInstances');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
