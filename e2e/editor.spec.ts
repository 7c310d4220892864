import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';

/** Example 9: the Admins group allows everything; Jo has an explicit deny for billing, Kim does not. */
const EXPLICIT_DENY = 8;
const ADMINS_POLICY = 'Admins · admin';

test('typing a policy flips a decision; broken JSON is flagged where it breaks and changes nothing; fixing it recovers', async ({
  page,
}) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await app.open();
  await app.openExample(EXPLICIT_DENY);
  await editor.ready();
  await expect(editor.activeTab).toHaveText('Scenario JSON');
  await expect(editor.status).toHaveText('valid');
  await expect(app.decision(0)).toHaveText('allowed'); // Jo administers EC2
  await expect(app.decision(2)).toHaveText('allowed'); // Kim changes a budget

  // Replace the Admins group's Allow with a Deny: nothing grants anything any more.
  await editor.openDocument(ADMINS_POLICY);
  // One edit (a paste), so that one undo below takes it back.
  await editor.pasteText('{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}');
  await expect(app.decision(0)).toHaveText('implicitDeny');
  await expect(app.decision(2)).toHaveText('implicitDeny');
  await expect(editor.status).toHaveText('valid');

  // Format lays the document out on several lines; then break it by deleting a comma on line 2.
  await editor.format();
  await expect.poll(() => editor.lineText(2)).toBe('  "Version": "2012-10-17",');
  await editor.goToEndOfLine(2);
  await page.keyboard.press('Backspace');
  await expect(editor.status).toHaveText('Line 3: invalid JSON: comma expected');
  await expect(editor.errorSquiggles.first()).toBeVisible();
  // The store still holds the last valid document: the decisions did not move.
  await expect(app.decision(0)).toHaveText('implicitDeny');
  await expect(app.decision(2)).toHaveText('implicitDeny');

  // Put the comma back: valid again, the markers go, and the edit is still one history entry.
  await page.keyboard.type(',');
  await expect(editor.status).toHaveText('valid');
  await expect(editor.errorSquiggles).toHaveCount(0);
  await app.undo();
  await expect(app.decision(2)).toHaveText('allowed');
  // The editor followed the store's undo.
  await expect.poll(() => editor.lineText(3)).toContain('"Statement"');
  await expect(editor.panel.locator('.view-lines')).toContainText('"Allow"');
});

test('a statement the engine rejects is marked with the engine message and its line', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await app.open();
  await app.openExample(EXPLICIT_DENY);
  await editor.openDocument(ADMINS_POLICY);
  // Schema-valid, but AWS refuses a statement without Action or NotAction.
  await editor.replaceText('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}');
  await expect(editor.status).toHaveText('Line 1: a statement needs `Action` or `NotAction`');
  await editor.format();
  await expect(editor.status).toHaveText('Line 4: a statement needs `Action` or `NotAction`');
  await expect(editor.errorSquiggles.first()).toBeVisible();
  // A value of the wrong shape breaks the JSON Schema (Monaco's JSON service) and the engine's rules alike.
  await editor.replaceText('{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"*","Resource":"*"}]}');
  await expect(editor.status).toHaveText('Line 1: `Effect` must be `Allow` or `Deny`');
  await editor.panel.locator('.view-lines').getByText('"Maybe"').hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Value is not accepted' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('`Effect` must be `Allow` or `Deny`');
});

test('explanations reveal their statement; tabs are keyboard reachable; the theme follows the app', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await app.open();
  await app.openExample(EXPLICIT_DENY);
  await editor.ready();
  await app.selectQuery(1); // Jo cannot change a budget: the explicit deny decides
  await page.getByTestId('explanation.statement').filter({ hasText: 'Deny statement DenyBilling' }).first().click();
  await expect(editor.activeTab).toHaveText('NoBillingChanges');
  await expect(editor.revealed.first()).toBeVisible();

  // Arrow keys move between tabs, Delete closes one.
  await editor.activeTab.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(editor.activeTab).toHaveText('Scenario JSON');
  await expect(editor.activeTab).toBeFocused();
  await page.keyboard.press('End');
  await expect(editor.activeTab).toHaveText('NoBillingChanges');
  await page.keyboard.press('Delete');
  await expect(editor.tabs).toHaveCount(1);
  await editor.closeButton('Scenario JSON').click();
  await expect(editor.tabs).toHaveCount(0);
  await editor.openDocument('Scenario JSON');

  await expect(editor.editor).toHaveClass(/\bvs\b/);
  await page.getByTestId('theme.toggle').click();
  await expect(editor.editor).toHaveClass(/vs-dark/);
});

test('an attached AWS managed policy opens read-only from the bundled catalog', async ({ page }) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await app.open();
  const scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'Auditor',
    defaultAccount: '111122223333',
    users: [{ name: 'audra', managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
    queries: [{ principal: 'user/audra', action: 's3:GetObject', resource: 'arn:aws:s3:::logs/a.txt', expect: 'allowed' }],
  };
  await page
    .getByTestId('file.input')
    .setInputFiles({ name: 'auditor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  // The engine loads the AWS managed policy catalog (a few MB) before its first answer.
  await expect(app.decision(0)).toHaveText('allowed', { timeout: 20_000 });
  await editor.openDocument('ReadOnlyAccess');
  await expect(editor.status).toHaveText('valid');
  await expect(editor.panel.getByText('read-only', { exact: true })).toBeVisible();
  await expect(editor.formatButton).toBeDisabled();
  await expect(editor.panel.locator('.view-lines')).toContainText('"Allow"');
  await editor.focus();
  await page.keyboard.type('x');
  await expect(page.locator('.monaco-editor-overlaymessage')).toContainText('read-only');
  await expect.poll(() => editor.lineText(1)).toBe('{');
});

test('a policy tab follows its document when deleting another user shifts the list', async ({ page }) => {
  const graph = new GraphPage(page);
  const editor = new EditorPage(page);
  await graph.openExample(9); // Example 10: anna in account A; bruno (with an inline policy) and carla in B
  await editor.openDocument('bruno · read-shared');
  await expect(editor.panel.getByText('/users/1/inlinePolicies/0/document')).toBeVisible();

  // Anna goes: bruno is now the first user, and his tab must still show (and write) his policy.
  await graph.node('anna').click();
  await page.keyboard.press('Delete');
  await expect(graph.node('anna')).toHaveCount(0);
  await expect(editor.activeTab).toHaveText('bruno · read-shared');
  await expect(editor.panel.getByText('/users/0/inlinePolicies/0/document')).toBeVisible();
  await expect(editor.panel.locator('.view-lines')).toContainText('arn:aws:s3:::shared-data/*');

  await editor.replaceText(
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::renamed-data/*"}]}',
  );
  await expect(editor.status).toHaveText('valid');
  // Closed and opened again from the list, it is bruno's policy with the edit; carla got none.
  await editor.closeButton('bruno · read-shared').click();
  await expect(editor.picker.locator('option')).not.toContainText(['carla · read-shared']);
  await editor.openDocument('bruno · read-shared');
  await expect(editor.panel.locator('.view-lines')).toContainText('renamed-data');
});

test('keys typed in the editor stay in the editor: spaces are typed, Backspace never deletes the selected node', async ({ page }) => {
  const graph = new GraphPage(page);
  const editor = new EditorPage(page);
  await graph.openExample(0);
  await graph.node('priya').click();
  await editor.openDocument('DeveloperEc2S3');
  await editor.replaceText('{"Version": "2012-10-17", "Statement": []}');
  await expect(editor.panel.locator('.view-lines')).toContainText('"Version": "2012-10-17", "Statement": []');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await expect(graph.node('priya')).toBeVisible();
});

test('a scenario of the wrong shape typed in the editor crashes no panel: the graph keeps the last readable state, and undo brings everything back', async ({
  page,
}) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  const graph = new GraphPage(page);
  await app.open();
  await app.openExample(0);
  await editor.ready();
  await expect(graph.node('priya')).toBeVisible();
  await editor.replaceText(
    '{"format": "iam-playground/scenario", "version": 1, "users": {"a": 1}, "organization": {}, "queries": [{"name": 3}]}',
  );
  await expect(editor.status).toContainText('`users` must be an array, not an object');
  // Every panel still works: the graph says it shows the last state that could be read, and waits.
  await expect(page.getByTestId('graph.stale')).toContainText('cannot be read');
  await expect(graph.node('priya')).toBeVisible();
  await expect(page.getByTestId('panel.error')).toHaveCount(0);
  await expect(editor.panel.locator('.view-lines')).toContainText('"users": {"a": 1}');
  await app.undo();
  await expect(page.getByTestId('graph.stale')).toHaveCount(0);
  await expect(app.decision(0)).toHaveText('allowed');
});
