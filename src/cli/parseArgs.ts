import type { ContextValue } from '../model';

export type Command =
  | { kind: 'check'; files: string[]; json: boolean; explain: boolean }
  | { kind: 'lint'; files: string[]; json: boolean }
  | {
      kind: 'eval';
      file: string;
      principal: string;
      action: string;
      resource: string;
      context: Record<string, ContextValue>;
      explain: boolean;
      json: boolean;
      sessionName?: string;
      time?: string;
    }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usageError'; message: string };

export const USAGE = `IAM Playground — checks access questions against an IAM scenario.

Usage:
  npm run --silent cli -- check FILE... [--json] [--explain]
      Evaluate every query of each scenario file. Exit 0 when every expectation holds,
      1 when one does not, 2 when a file cannot be read or is not a valid scenario.
  npm run --silent cli -- lint FILE... [--json]
      Check every policy of each scenario file as the Findings panel does (Access Analyzer-style
      checks against the AWS service catalog). Exit 0 when there is no error or security warning,
      1 when there is, 2 when a file cannot be read or is not JSON.
  npm run --silent cli -- eval FILE --principal P --action A --resource R
                                 [--context KEY=VALUE ...] [--session-name S] [--time ISO] [--explain] [--json]
      Ask one question. P: user/NAME, role/NAME, an IAM or assumed-role ARN,
      arn:aws:iam::ACCOUNT:root, a service principal, or anonymous. VALUE is parsed as JSON
      when it can be (true, 42, ["a","b"]), else taken as a string; repeat a key for a list.
  npm run --silent cli -- --version`;

/** A context value from the command line: JSON where it parses (true, 42, ["a"]), else text. */
export function parseContextValue(text: string): ContextValue {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'))
      return v as ContextValue;
  } catch {
    // not JSON: a plain string
  }
  return text;
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  const takesValue = new Set(['--principal', '--action', '--resource', '--context', '--session-name', '--time']);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (takesValue.has(arg)) {
      const value = rest[++i];
      if (value === undefined) return { kind: 'usageError', message: `${arg} needs a value` };
      values.set(arg, [...(values.get(arg) ?? []), value]);
    } else if (arg === '--json' || arg === '--explain') flags.add(arg);
    else if (arg.startsWith('--')) return { kind: 'usageError', message: `unknown option ${arg}` };
    else positional.push(arg);
  }
  if (command === 'check') {
    if (positional.length === 0) return { kind: 'usageError', message: 'check needs at least one FILE' };
    return { kind: 'check', files: positional, json: flags.has('--json'), explain: flags.has('--explain') };
  }
  if (command === 'lint') {
    if (positional.length === 0) return { kind: 'usageError', message: 'lint needs at least one FILE' };
    return { kind: 'lint', files: positional, json: flags.has('--json') };
  }
  if (command === 'eval') {
    if (positional.length !== 1) return { kind: 'usageError', message: 'eval needs exactly one FILE' };
    const one = (name: string) => values.get(name)?.[values.get(name)!.length - 1];
    const principal = one('--principal');
    const action = one('--action');
    const resource = one('--resource');
    if (!principal || !action || !resource) return { kind: 'usageError', message: 'eval needs --principal, --action and --resource' };
    const context: Record<string, ContextValue> = {};
    for (const pair of values.get('--context') ?? []) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return { kind: 'usageError', message: `--context expects KEY=VALUE, got \`${pair}\`` };
      const key = pair.slice(0, eq);
      const value = parseContextValue(pair.slice(eq + 1));
      const prev = context[key];
      context[key] =
        prev === undefined
          ? value
          : ([...(Array.isArray(prev) ? prev : [prev]), ...(Array.isArray(value) ? value : [value])] as ContextValue);
    }
    return {
      kind: 'eval',
      file: positional[0]!,
      principal,
      action,
      resource,
      context,
      explain: flags.has('--explain'),
      json: flags.has('--json'),
      sessionName: one('--session-name'),
      time: one('--time'),
    };
  }
  return { kind: 'usageError', message: `unknown command \`${command}\`` };
}
