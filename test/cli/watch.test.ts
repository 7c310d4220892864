import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';

/** `check --watch` as someone editing a scenario uses it: a report, a save, another report, Ctrl+C. */
const { cli } = await buildCli({ outDir: mkdtempSync(join(tmpdir(), 'iam-cli-build-')) });

const scenario = (expect: string) =>
  JSON.stringify({
    format: 'iam-playground/scenario',
    version: 1,
    users: [{ name: 'alice' }],
    queries: [{ name: 'reads', principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', expect }],
  });

describe('check --watch', () => {
  it('checks again on save, and exits with the last run’s code on Ctrl+C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iam-watch-'));
    const file = join(dir, 'w.json');
    writeFileSync(file, scenario('allowed'));
    const child = spawn(process.execPath, [cli, 'check', file, '--watch'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const until = async (test: () => boolean) => {
      for (let waited = 0; !test(); waited += 25) {
        if (waited > 10_000) throw new Error(`timed out; stdout: ${out}\nstderr: ${err}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    await until(() => err.includes('watching 1 file'));
    expect(out).toMatch(/0 passed, 1 failed/);
    writeFileSync(file, scenario('implicitDeny'));
    await until(() => err.includes('checked again'));
    expect(out).toMatch(/1 passed, 0 failed/);
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  });
});
