import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deployedByCloudFormation, deployedByTerraform } from '../test/interop/deployedEntities';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { EditorPage } from './pages/EditorPage';
import { GraphPage } from './pages/GraphPage';
import { ImportPage, type DroppedFile } from './pages/ImportPage';

const samples = join(import.meta.dirname, '../test/interop/samples');
const ACCOUNT = '111122223333';

/** The authorization-details sample, with a field AWS may add one day (the report says it was skipped). */
function authorizationDetails(bom = false): DroppedFile {
  const json = JSON.parse(readFileSync(join(samples, `account-${ACCOUNT}.json`), 'utf8')) as { UserDetailList: Record<string, unknown>[] };
  json.UserDetailList[0]!.SignInPreference = 'passkey';
  return { name: `account-${ACCOUNT}.json`, text: `${bom ? '\uFEFF' : ''}${JSON.stringify(json, null, 4)}\n` };
}

test('a person drops an authorization-details file, reads what was imported, and asks a question of it', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const files = new ImportPage(page);
  await app.open();
  // Windows tools write a byte-order mark first: it must not matter.
  const dropped = authorizationDetails(true);
  await files.dragOver([dropped]);
  await expect(files.overlay).toContainText('Drop to import');
  await expect(files.overlay).toContainText('get-account-authorization-details');
  await page.screenshot({ path: testInfo.outputPath('drop-overlay.png') });
  await files.drop([dropped]);

  await files.reportShown();
  await expect(files.overlay).toBeHidden();
  await expect(files.reportTitle).toHaveText(`Imported account-${ACCOUNT}.json`);
  await expect(files.report).toContainText(`The new scenario “Imported from AWS: account ${ACCOUNT}” is open`);
  await expect(files.accounts).toHaveText(
    new RegExp(`Account ${ACCOUNT}.*2 users · 1 group · 3 roles \\(1 service-linked\\) · 2 customer managed policies · 3 inline policies`),
  );
  await expect(files.section('skipped')).toContainText('unknown field SignInPreference: not read');
  await expect(files.section('skipped')).toContainText('/UserDetailList/0/SignInPreference');
  await expect(files.section('note')).toContainText('AWSServiceRoleForSupport');
  await expect(files.section('note')).toContainText('service-linked');
  await expect(files.section('not-modelled')).toContainText('Not modelled');
  await expect(files.closeReport).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('import-report.png') });
  await page.keyboard.press('Escape');
  await expect(files.report).toBeHidden();

  await expect(app.title).toHaveValue(`Imported from AWS: account ${ACCOUNT}`);
  await expect(app.scenarioItems).toHaveCount(1);
  await page.getByTestId('queries.add').click();
  await app.field('principal').fill('user/alice');
  await app.field('action').fill('s3:DeleteObject');
  await app.field('resource').fill('arn:aws:s3:::prod-data/report.csv');
  await expect(app.decision(0)).toHaveText('explicitDeny');
  await expect(page.getByTestId('explanation.summary')).toContainText('deny-prod-delete');
  await app.field('action').fill('s3:GetObject');
  await app.field('resource').fill('arn:aws:s3:::my-app-assets-2026/logo.png');
  await expect(app.decision(0)).toHaveText('allowed');
});

test('a file with an error imports nothing, and the report says which file, line and path', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const files = new ImportPage(page);
  await app.open();
  await app.openExample(0);
  const broken = { name: 'tooling.json', text: '{\n  "UserDetailList": [],\n  "RoleDetailList": {}\n}\n' };
  await files.drop([authorizationDetails(), broken]);
  await files.reportShown();
  await expect(files.reportTitle).toHaveText('Nothing was imported');
  await expect(files.errors).toHaveCount(1);
  await expect(files.errors.first()).toContainText('tooling.json:3:3');
  await expect(files.errors.first()).toContainText('/RoleDetailList');
  await expect(files.errors.first()).toContainText('RoleDetailList must be a list, not an object');
  await page.screenshot({ path: testInfo.outputPath('import-errors.png') });
  await files.closeReport.click();
  // The good file of the two was not kept either.
  await expect(app.scenarioItems).toHaveCount(1);
  await expect(app.title).not.toHaveValue(/Imported from AWS/);
});

test('a large account shows how far reading is, then that it is importing, then the report', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const files = new ImportPage(page);
  await app.open();
  // ~3 MB, 1,500 users and 500 roles: enough for the import to take a moment (and the graph of it a moment more).
  const json = JSON.parse(authorizationDetails().text) as { UserDetailList: { UserName: string; Arn: string }[]; RoleDetailList: object[] };
  const [user] = json.UserDetailList;
  const [role] = json.RoleDetailList as { RoleName: string; Arn: string; InstanceProfileList: unknown[] }[];
  json.UserDetailList = Array.from({ length: 1500 }, (_, i) => ({
    ...user!,
    UserName: `u${i}`,
    Arn: `arn:aws:iam::${ACCOUNT}:user/u${i}`,
  }));
  json.RoleDetailList.push(
    ...Array.from({ length: 500 }, (_, i) => ({
      ...role!,
      RoleName: `r${i}`,
      Arn: `arn:aws:iam::${ACCOUNT}:role/r${i}`,
      InstanceProfileList: [],
    })),
  );
  await files.drop([{ name: 'large-account.json', text: JSON.stringify(json, null, 4) }]);
  await expect(files.progress).toContainText('Importing 1 file…');
  await expect(files.progress.getByRole('progressbar')).toBeVisible();
  // The card fades in after a moment (a small import never flashes it); on a fast machine the import
  // can end before the fade does, so the picture takes the card as it is rather than waiting for it.
  await page.screenshot({ path: testInfo.outputPath('import-progress.png') });
  await expect(files.report).toBeVisible({ timeout: 40_000 });
  await expect(files.progress).toBeHidden();
  await expect(files.accounts).toContainText('1500 users');

  // A real account opens as its IAM paths, each box folded into one node that counts what it holds.
  const graph = new GraphPage(page);
  await files.closeReport.click();
  await graph.fitView();
  const pathBox = (path: string) => page.locator(`[data-testid="graph.container"][data-kind="path"][data-name="${path}"]`);
  await expect(pathBox('/').getByTestId('graph.container.contents')).toHaveText('1500 users · 1 group · 501 roles · 1 policy');
  await expect(graph.node('u0')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('large-account-paths.png') });
  // Opening a box shows what it holds; the layout keeps it open across a reload.
  await pathBox('/audit/').getByRole('button', { name: 'Expand path /audit/' }).click();
  await graph.fitView();
  await expect(graph.node('CrossAccountAuditor')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('large-account-open-path.png') });
  // Once autosave has written the open box (a 3 MB document takes a moment to save).
  await expect
    .poll(async () => JSON.stringify((await app.savedScenario()) ?? null), { timeout: 15_000 })
    .toMatch(/"expanded":\[[^\]]*\/audit\//);
  await page.reload();
  await graph.fitView();
  await expect(graph.node('CrossAccountAuditor')).toBeVisible();
  await expect(pathBox('/').getByTestId('graph.container.contents')).toContainText('1500 users');

  // The sidebar lists the first fifty of each kind, all on request, and finds any by name.
  const users = page.getByTestId('entities.item').filter({ hasText: /^u\d+$/ });
  await expect(users).toHaveCount(50);
  await page.getByRole('button', { name: 'Show all 1,500 users' }).click();
  await expect(users).toHaveCount(1500);
  await page.getByTestId('entities.filter').fill('u149');
  await expect(page.getByTestId('entities.item')).toHaveCount(11);

  // Its megabytes of JSON open on demand: no tab and no editor started. The picker lists the
  // account's documents once a person reaches it (here by keyboard focus; pointing or pressing does
  // the same), and opens one.
  const editor = new EditorPage(page);
  await expect(editor.tabs).toHaveCount(0);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expect(editor.panel).toContainText('No document open');
  await expect(editor.picker.locator('option')).toHaveCount(2);
  await editor.picker.focus();
  await expect(editor.picker.locator('option').filter({ hasText: 'S3ReadAssets' })).toHaveCount(1);
  await editor.openDocument('S3ReadAssets');
  await expect(editor.editor).toContainText('s3:GetObject');
});

test('a policy copies as JSON, Terraform or CloudFormation from the editor', async ({ page }, testInfo) => {
  const app = new AppPage(page);
  const editor = new EditorPage(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  await app.openExample(4); // 5. Cross-account: AssumeProdReadOnly, and ProdReadOnly's trust policy
  await editor.openDocument('AssumeProdReadOnly');
  await editor.panel.getByTestId('editor.copy').click();
  const menu = editor.panel.getByTestId('editor.copy.menu');
  await expect(menu.getByRole('menuitem')).toHaveCount(3);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('copy-menu.png') });
  await menu.getByTestId('editor.copy.terraform').click();
  await expect(editor.panel.getByTestId('editor.copy.status')).toHaveText('Copied');
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  expect(await clipboard()).toContain('data "aws_iam_policy_document" "AssumeProdReadOnly" {');

  await editor.panel.getByTestId('editor.copy').click();
  await menu.getByTestId('editor.copy.cloudformation').click();
  expect(parseYaml(await clipboard())).toMatchObject({
    ManagedPolicyAssumeProdReadOnly: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'AssumeProdReadOnly' } },
  });

  // A trust policy is no managed policy: JSON and Terraform only.
  await editor.openDocument('ProdReadOnly trust policy');
  await editor.panel.getByTestId('editor.copy').click();
  await expect(menu.getByTestId('editor.copy.cloudformation')).toBeDisabled();
  await menu.getByTestId('editor.copy.json').click();
  expect(JSON.parse(await clipboard())).toMatchObject({ Statement: [{ Principal: { AWS: 'arn:aws:iam::111111111111:root' } }] });
});

test('an example exports for AWS, one account at a time, and the downloads parse back to its users and roles', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.open();
  await app.openExample(4); // users ana and bo in 111111111111, the role ProdReadOnly in 222222222222
  const exportAs = async (target: 'cloudformation' | 'terraform', account: string) => {
    await page.getByTestId('file.export').click();
    await expect(page.getByTestId('file.export.menu')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('export-menu.png') });
    await page.getByTestId(`file.export.${target}`).click();
    // Two accounts have IAM entities: the app asks which.
    const dialog = page.getByTestId('export.account.dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('export.account.option')).toHaveCount(2);
    await dialog.getByRole('radio', { name: new RegExp(account) }).check();
    await page.screenshot({ path: testInfo.outputPath(`export-account-${target}.png`) });
    const download = page.waitForEvent('download');
    await dialog.getByTestId('export.account.download').click();
    const file = await download;
    await expect(dialog).toBeHidden();
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };

  // Read back with the parsers the export round-trip tests use: YAML and HCL from npm, references resolved.
  const cfn = await exportAs('cloudformation', '111111111111');
  expect(cfn.name).toMatch(/-111111111111\.yaml$/);
  const fromCfn = deployedByCloudFormation(cfn.text, '111111111111');
  expect(Object.keys(fromCfn.users).sort()).toEqual(['ana', 'bo']);
  expect(fromCfn.users['ana']!.managed).toEqual(['arn:aws:iam::111111111111:policy/AssumeProdReadOnly']);
  expect(Object.keys(fromCfn.roles)).toEqual([]);
  await expect(app.notice).toContainText('Exported account 111111111111 as CloudFormation');

  const tf = await exportAs('terraform', '222222222222');
  expect(tf.name).toMatch(/-222222222222\.tf$/);
  const fromTf = deployedByTerraform(tf.text, '222222222222');
  expect(Object.keys(fromTf.roles)).toEqual(['ProdReadOnly']);
  expect(Object.keys(fromTf.roles['ProdReadOnly']!.inline)).toEqual(['read']);
  expect(Object.keys(fromTf.users)).toEqual([]);

  // The scenario's own JSON is still one click further.
  await page.getByTestId('file.export').click();
  const json = page.waitForEvent('download');
  await page.getByTestId('file.export.json').click();
  expect((await json).suggestedFilename()).toMatch(/\.json$/);
});

test('a person drops an account and a bundle with its identity providers, and asks whether GitHub Actions may deploy', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const files = new ImportPage(page);
  const provider = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  const account = JSON.parse(readFileSync(join(samples, `account-${ACCOUNT}.json`), 'utf8')) as { RoleDetailList: unknown[] };
  account.RoleDetailList.push({
    Path: '/',
    RoleName: 'GitHubDeploy',
    RoleId: 'AROA1111EXAMPLEGHDEP',
    Arn: `arn:aws:iam::${ACCOUNT}:role/GitHubDeploy`,
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: provider },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:example/app:ref:refs/heads/main' } },
        },
      ],
    },
    RolePolicyList: [],
    AttachedManagedPolicies: [],
  });
  await app.open();
  await files.drop([
    { name: `account-${ACCOUNT}.json`, text: JSON.stringify(account) },
    { name: 'org-bundle.json', text: readFileSync(join(samples, 'org-bundle.json'), 'utf8') },
  ]);
  await files.reportShown();
  await expect(files.report.getByTestId('import.report.identityProviders')).toHaveText('Identity providers 2 OpenID Connect · 1 SAML');
  await page.screenshot({ path: testInfo.outputPath('import-identity-providers.png') });
  await files.closeReport.click();

  // The providers are in the scenario, each in its account (the graph opens folded into path boxes).
  for (const name of ['token.actions.githubusercontent.com', 'Okta'])
    await expect(page.getByTestId('entities.item').filter({ hasText: name })).toHaveCount(1);

  await page.getByTestId('queries.add').click();
  await app.field('principal').fill('oidc-provider/token.actions.githubusercontent.com');
  await app.field('action').fill('sts:AssumeRoleWithWebIdentity');
  await app.field('resource').fill(`arn:aws:iam::${ACCOUNT}:role/GitHubDeploy`);
  await expect(app.decision(0)).toHaveText('implicitDeny');
  const claim = async (key: string, value: string) => {
    await page.getByTestId('query.context.newKey').fill(key);
    await page.getByTestId('query.context.newKey').press('Enter');
    await page.getByTestId('query.context.row').filter({ hasText: key }).getByLabel(`value of ${key}`).fill(value);
  };
  await claim('token.actions.githubusercontent.com:sub', 'repo:example/app:ref:refs/heads/main');
  await claim('token.actions.githubusercontent.com:aud', 'sts.amazonaws.com');
  await expect(app.decision(0)).toHaveText('allowed');
  // The provider accepts only the audience get-open-id-connect-provider listed.
  await page.getByLabel('value of token.actions.githubusercontent.com:aud').fill('some-other-audience');
  await expect(app.decision(0)).toHaveText('implicitDeny');
  await expect(page.getByTestId('explanation.summary')).toContainText('accepts sts.amazonaws.com, not the token');
  await page.screenshot({ path: testInfo.outputPath('imported-provider-audience.png') });
});
