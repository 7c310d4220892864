import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { CliIo } from './command';

/** Saves come as bursts of events (write, rename, attributes): one check per burst. */
const SETTLE_MS = 100;

/**
 * `--watch`: runs the check, then again each time one of the files is saved, until Ctrl+C; the exit
 * code is the last run's. Each file's folder is watched rather than the file, so editors that save
 * by writing a new file and renaming it over the old one are seen too, and a file that does not
 * exist yet is checked once it does.
 */
export async function watchFiles(files: readonly string[], run: () => Promise<number>, io: CliIo): Promise<number> {
  let last = await run();
  const names = new Map<string, Set<string>>();
  for (const file of files) {
    const dir = dirname(resolve(file));
    names.set(dir, (names.get(dir) ?? new Set()).add(basename(file)));
  }
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  const again = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    do {
      pending = false;
      // A terminal shows the new report alone; a pipe or a log keeps every report.
      if (process.stdout.isTTY) io.out('\u001b[2J\u001b[H');
      last = await run();
      io.err(`checked again at ${new Date().toLocaleTimeString()}: exit ${last}\n`);
    } while (pending);
    running = false;
  };
  const watchers: FSWatcher[] = [];
  for (const [dir, wanted] of names) {
    try {
      watchers.push(
        watch(dir, (_event, name) => {
          if (name === null || !wanted.has(name)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void again(), SETTLE_MS);
        }),
      );
    } catch (e) {
      io.err(`cannot watch ${dir} (${(e as NodeJS.ErrnoException).code ?? String(e)}): its files are not checked again\n`);
    }
  }
  io.err(`watching ${files.length} file${files.length === 1 ? '' : 's'} for changes; Ctrl+C to stop\n`);
  return new Promise((done) => {
    const stop = () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      done(last);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
