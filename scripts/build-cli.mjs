// Builds the command-line tool the way Node tools ship: one ES module, dist/cli.mjs, with every
// dependency bundled in (the installed package has none), plus the AWS data it reads on demand in
// dist/data/. `npm run build:cli`; run by `prepare` on `npm install` in a checkout and before
// `npm pack`. No TypeScript compiler at run time: esbuild strips the types here.
import { copyFileSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dataDir = join(root, 'src', 'data');

/**
 * The data loaders `import()` JSON (a lazy chunk in the app, a JSON module under tsx). In the CLI
 * bundle each such import becomes a module that reads and parses the copied file when first
 * imported: JSON.parse is faster than the same data compiled as a JavaScript literal, and the
 * bundle stays small enough to start quickly. esbuild keeps a dynamic import lazy even in one file.
 */
function dataAsFiles(dataFiles) {
  return {
    name: 'cli-data-files',
    setup(b) {
      b.onResolve({ filter: /\.json$/ }, (args) => {
        const path = join(args.resolveDir, args.path);
        if (dirname(path) !== dataDir) return undefined;
        dataFiles.add(path);
        return { path, namespace: 'cli-data' };
      });
      b.onLoad({ filter: /.*/, namespace: 'cli-data' }, (args) => ({
        contents:
          `import { readFileSync } from 'node:fs';\n` +
          `export default JSON.parse(readFileSync(new URL('./data/${basename(args.path)}', import.meta.url), 'utf8'));\n`,
        loader: 'js',
      }));
    },
  };
}

/**
 * Each file is written beside its place and renamed over it, so a CLI running from `outDir` while
 * `npm pack` rebuilds it (tests run side by side) reads a whole old file or a whole new one.
 */
function replaceFile(path, write) {
  const temp = `${path}.${process.pid}.tmp`;
  write(temp);
  renameSync(temp, path);
}

/** Builds the CLI into `outDir` (dist/ by default); returns what it wrote. `minify: false` for reading profiles. */
export async function buildCli({ outDir = join(root, 'dist'), minify = true } = {}) {
  const dataFiles = new Set();
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile: join(outDir, 'cli.mjs'),
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES module builds of dependencies where they have one (jsonc-parser ships UMD as `main`).
    mainFields: ['module', 'main'],
    banner: { js: '#!/usr/bin/env node' },
    define: { IAM_PLAYGROUND_BUILD_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version) },
    // Whitespace and syntax only: an internal error's stack still names our functions. Renaming
    // identifiers as well was measured to start no faster.
    minifyWhitespace: minify,
    minifySyntax: minify,
    legalComments: 'eof',
    plugins: [dataAsFiles(dataFiles)],
    metafile: true,
    logLevel: 'warning',
  });
  // Only the data the bundle still imports once unused code is dropped (the app's policy picker
  // index is resolved, then shaken out).
  const bundled = new Set(Object.values(result.metafile.outputs).flatMap((o) => Object.keys(o.inputs)));
  for (const file of dataFiles) if (!bundled.has(`cli-data:${file}`)) dataFiles.delete(file);
  mkdirSync(join(outDir, 'data'), { recursive: true });
  for (const file of result.outputFiles) replaceFile(file.path, (temp) => writeFileSync(temp, file.contents, { mode: 0o755 }));
  for (const file of dataFiles) replaceFile(join(outDir, 'data', basename(file)), (temp) => copyFileSync(file, temp));
  return { cli: join(outDir, 'cli.mjs'), dataFiles: [...dataFiles].map((f) => basename(f)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  // `--out-dir DIR` builds elsewhere (the benchmark builds its own copy); `--no-minify` for profiling.
  const at = process.argv.indexOf('--out-dir');
  const { cli, dataFiles } = await buildCli({
    ...(at > 0 && process.argv[at + 1] ? { outDir: process.argv[at + 1] } : {}),
    minify: !process.argv.includes('--no-minify'),
  });
  console.log(
    `built ${relative(root, cli) || cli} (${Math.round(statSync(cli).size / 1024)} KB) and ${dataFiles.length} data files in ${Math.round(performance.now() - started)} ms`,
  );
}
