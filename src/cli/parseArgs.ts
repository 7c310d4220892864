import type { CliCommand, ParsedArgs } from './command';

export type Invocation =
  { kind: 'run'; command: CliCommand; args: ParsedArgs } | { kind: 'help' } | { kind: 'version' } | { kind: 'usageError'; message: string };

export function usageOf(commands: readonly CliCommand[]): string {
  return `IAM Playground — checks access questions against an IAM scenario.

Usage (in a checkout, \`npm run --silent cli --\` in place of \`iam-playground\`):
${commands.map((c) => c.usage).join('\n')}
  iam-playground --version`;
}

/** Splits the command line by what the named command accepts; anything else is a usage error. */
export function parseArgs(argv: readonly string[], commands: readonly CliCommand[]): Invocation {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) return { kind: 'usageError', message: `unknown command \`${name}\`` };
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // `--format=sarif` as well as `--format sarif`.
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0 && command.options.includes(arg.slice(0, eq))) {
      const name = arg.slice(0, eq);
      values.set(name, [...(values.get(name) ?? []), arg.slice(eq + 1)]);
    } else if (command.options.includes(arg)) {
      const value = rest[++i];
      if (value === undefined) return { kind: 'usageError', message: `${arg} needs a value` };
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else if (command.flags.includes(arg)) flags.add(arg);
    else if (arg.startsWith('--') || (arg.startsWith('-') && arg.length > 1))
      return { kind: 'usageError', message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  return { kind: 'run', command, args: { positional, flags, values } };
}
