import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './builtCli';

/**
 * The package as npm ships it: `npm pack` (which builds dist/ through `prepare`), then the tarball
 * installed offline into an empty folder, as a user would install it, and its `iam-playground` run
 * there. Offline works because the installed package has no dependencies: the bundle holds them.
 */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...npmEnv, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', () => {
  it('packs, installs offline into an empty folder and answers with npx iam-playground', () => {
    const packed = mkdtempSync(join(tmpdir(), 'iam-pack-'));
    const pack = run('npm', ['pack', '--pack-destination', packed, '--json'], root);
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path).sort();
    expect(files).toEqual([
      'README.md',
      'dist/cli.mjs',
      'dist/data/aws-managed-policies.json',
      'dist/data/service-catalog.json',
      'package.json',
    ]);

    const home = mkdtempSync(join(tmpdir(), 'iam-install-'));
    writeFileSync(join(home, 'package.json'), JSON.stringify({ name: 'uses-iam-playground', private: true }));
    const tarball = join(
      packed,
      readdirSync(packed).find((f) => f.endsWith('.tgz'))!,
    );
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], home);
    expect(install.code, install.stderr).toBe(0);
    expect(readdirSync(join(home, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['iam-playground']);

    const example = join(root, 'src', 'examples', 'library', '05-cross-account-assume-role.json');
    const check = run('npx', ['--offline', 'iam-playground', 'check', example], home);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/\d+ passed, 0 failed/);
    const version = run(join(home, 'node_modules', '.bin', 'iam-playground'), ['--version'], home);
    expect(version.stdout).toMatch(/^iam-playground \d+\.\d+\.\d+\nAWS service catalog: 456 services/);
  });
});
