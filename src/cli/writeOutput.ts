import { chmod, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a command's result file whole or not at all: into a temporary file beside it, then
 * renamed over it, so an interrupted run never leaves half a scenario where the user asked for one.
 */
export async function writeWhole(path: string, text: string, executable = false): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    if (executable) await chmod(temporary, 0o755);
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw e;
  }
}

export function cannotWrite(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return `${path}: cannot write the file (${code ?? String(e)})`;
}
