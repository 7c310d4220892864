/**
 * What a CLI command is: its name, its usage lines, the options it takes, and what it does. Each
 * command lives in `commands/`, one file each; `main.ts` only dispatches, so adding a command is
 * one new file and one line in `commands/index.ts`.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface ParsedArgs {
  positional: string[];
  /** Boolean options given, e.g. `--json`. */
  flags: ReadonlySet<string>;
  /** Options with values, every value in order (`--context a=1 --context b=2`). */
  values: ReadonlyMap<string, readonly string[]>;
}

export interface CliCommand {
  name: string;
  /** Its lines in the usage text, indented as USAGE shows them. */
  usage: string;
  /** Options without a value. */
  flags: readonly string[];
  /** Options that take a value. */
  options: readonly string[];
  /** Exit code: 0 success, 1 the check failed, 2 bad input. Throws UsageError for bad arguments. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A mistake in the command line itself: printed with the usage text, exit 2. */
export class UsageError extends Error {}

/** The last value of an option, as most options take one. */
export function lastValue(args: ParsedArgs, name: string): string | undefined {
  const all = args.values.get(name);
  return all?.[all.length - 1];
}
