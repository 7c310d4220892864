import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAwsManagedPolicyCatalog } from '../../src/data/awsManagedPolicies';
import { restoreScenario } from '../../src/model';

/** `import` and `export` as users run them: a real process, the hand-written AWS samples, exit codes. */
const root = join(import.meta.dirname, '..', '..');
const samples = 'test/interop/samples';
const A = `${samples}/account-111122223333.json`;
const B = `${samples}/account-444455556666-sdk.json`;
const BUNDLE = `${samples}/org-bundle.json`;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'iam-cli-interop-'));

describe('cli import', () => {
  it('writes the scenario with -o, the report on stderr, and the result restores and checks', async () => {
    const out = join(tmp, 'world.json');
    const r = cli('import', A, B, BUNDLE, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`account 111122223333 (${A}): 2 users, 1 group, 3 roles (1 service-linked)`);
    expect(r.stderr).toContain('organization: 3 units (root and OUs), 3 accounts, 2 SCPs, 1 RCP');
    expect(r.stderr).toContain('identity providers: 2 OpenID Connect, 1 SAML');
    expect(r.stderr).toMatch(/^not modelled: .*instance profile `EC2S3ReadProfile`/m);
    expect(r.stderr).toMatch(/^skipped: .*TAG_POLICY/m);
    expect(r.stderr).toContain(`wrote ${out}`);
    const restored = restoreScenario(JSON.parse(readFileSync(out, 'utf8')) as unknown, await loadAwsManagedPolicyCatalog());
    expect(restored.ok ? [] : restored.errors).toEqual([]);
    expect(cli('check', out).code).toBe(0);
  });

  it('prints the scenario on stdout without -o (and takes --output as -o)', () => {
    const r = cli('import', A);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'iam-playground/scenario', defaultAccount: '111122223333' });
    expect(r.stderr).toContain('account 111122223333');
    const out = join(tmp, 'long.json');
    expect(cli('import', B, '--output', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('writes nothing and exits 2 on a malformed file, naming the file, line and JSON path', () => {
    const json = JSON.parse(readFileSync(join(root, B), 'utf8')) as { RoleDetailList: Record<string, unknown>[] };
    json.RoleDetailList[0]!['AssumeRolePolicyDocument'] = '%7B%22Version%22%3A';
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify(json, null, 2));
    const out = join(tmp, 'never.json');
    const r = cli('import', A, bad, '-o', out);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^error: ${bad}:\\d+:\\d+ /RoleDetailList/0/AssumeRolePolicyDocument: not valid JSON after URL-decoding`, 'm'),
    );
    expect(r.stderr).toContain('nothing imported: 1 error');
  });

  it('exits 2 on a missing file, and on no file at all', () => {
    const r = cli('import', join(tmp, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.json: file not found');
    expect(cli('import').stderr).toContain('import needs at least one FILE');
    expect(cli('import', A, '-x').stderr).toContain('unknown option -x');
  });
});

describe('cli export', () => {
  const world = join(tmp, 'export-world.json');
  const imported = cli('import', A, B, BUNDLE, '-o', world);

  it.each([
    ['terraform', 'resource "aws_iam_role" "EC2S3ReadRole"'],
    ['cloudformation', 'Type: AWS::IAM::Role'],
    ['cli', "aws iam create-role --role-name 'EC2S3ReadRole'"],
  ])('--to %s prints the account, notes on stderr', (to, expected) => {
    expect(imported.code).toBe(0);
    const r = cli('export', world, '--to', to, '--account', '111122223333');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(expected);
    expect(r.stdout).not.toContain('deploy-bot');
    expect(r.stderr).toMatch(/^note: .*resource-based policies/m);
  });

  it('writes an executable script with -o', () => {
    const script = join(tmp, 'create.sh');
    const r = cli('export', world, '--to', 'cli', '--account', '444455556666', '-o', script);
    expect(r.code).toBe(0);
    expect(readFileSync(script, 'utf8')).toContain("aws iam create-user --user-name 'deploy-bot'");
    expect(statSync(script).mode & 0o111).not.toBe(0);
  });

  it('exits 2 without --to, with an unknown target, or without --account when several accounts have entities', () => {
    expect(cli('export', world).stderr).toContain('export needs --to cli|cloudformation|terraform');
    const unknown = cli('export', world, '--to', 'pulumi');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--to must be one of cli, cloudformation, terraform');
    const ambiguous = cli('export', world, '--to', 'cli');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('(111122223333, 444455556666): choose one with --account ID');
  });

  it('exits 2 on a file that is not a valid scenario', () => {
    const bad = join(tmp, 'not-a-scenario.json');
    writeFileSync(bad, '{"format": "iam-playground/scenario", "version": 1, "users": {}}');
    const r = cli('export', bad, '--to', 'terraform');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*not-a-scenario\.json:1:\d+ \/users/m);
  });
});
