import type { Scenario } from '../model';

/** The built-in examples, loaded lazily (each is a small JSON module). */
const modules = import.meta.glob<{ default: Scenario }>('./library/*.json');

export interface ExampleEntry {
  file: string;
  load: () => Promise<Scenario>;
}

export const EXAMPLES: ExampleEntry[] = Object.keys(modules)
  .sort()
  .map((file) => ({ file, load: () => modules[file]!().then((m) => m.default) }));

export { EXAMPLE_TITLES } from './titles';
