import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written into the bundle by scripts/build-cli.mjs; absent when run from the sources. */
declare const IAM_PLAYGROUND_BUILD_VERSION: string | undefined;

/**
 * This package's version: the one the build wrote into the bundle, else (from the sources) the one
 * in the package.json found walking up from this module.
 */
export async function packageVersion(): Promise<string> {
  if (typeof IAM_PLAYGROUND_BUILD_VERSION === 'string') return IAM_PLAYGROUND_BUILD_VERSION;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'iam-playground' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json here: keep looking
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
