import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where a file is, as SARIF says it: relative to the folder the CLI runs in (the repository root in
 * CI, which code scanning resolves `%SRCROOT%` to) with forward slashes, or as a file URL when it
 * lies outside that folder.
 */
export function artifactLocation(file: string, cwd = process.cwd()): { uri: string; uriBaseId?: string } {
  const rel = isAbsolute(file) ? relative(cwd, file) : file;
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  const segments = rel.split(sep).filter((s) => s !== '.' && s !== '');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
