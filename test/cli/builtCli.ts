import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';

export const root = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI as it ships: built (as `npm run build:cli` builds dist/) into a folder of this test
 * file's own, so that tests running side by side never read a half-written build, and run as a real
 * process with plain Node, no TypeScript at run time.
 */
export async function builtCli(cwd = root): Promise<((...args: string[]) => CliRun) & { path: string }> {
  const { cli } = await buildCli({ outDir: mkdtempSync(join(tmpdir(), 'iam-cli-build-')) });
  const run = (...args: string[]): CliRun => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return Object.assign(run, { path: cli });
}
