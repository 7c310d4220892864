import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/**
 * Runs every benchmark on the code as the app ships it: bundled by esbuild, as Vite's production
 * build bundles the engine into the worker. Running the sources through tsx instead measures tsx's
 * transform too: it keeps function names by wrapping every function in a `__name(…)` call, which
 * costs on each closure the engine creates per evaluation (about a third of the time here).
 * Bundles go under node_modules/.cache so that their package imports resolve.
 */
const BENCHES = [
  'engine.bench.ts',
  'cli.bench.ts',
  'largeAccountCli.bench.ts',
  'analysis.bench.ts',
  'effectivePermissions.bench.ts',
  'access.bench.ts',
  'browser.bench.ts',
];

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'node_modules', '.cache', 'iam-playground-bench');
mkdirSync(outDir, { recursive: true });

let failed = false;
for (const file of BENCHES) {
  const outfile = join(outDir, `${basename(file, '.ts')}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    keepNames: false,
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
