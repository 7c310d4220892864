import { lastValue, UsageError, type ParsedArgs } from './command';

/** How `check` and `lint` print their report: for people, for programs, for CI test and code-scanning views. */
export type ReportFormat = 'text' | 'json' | 'junit' | 'sarif';

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'junit', 'sarif'];

/** `--format F`, with `--json` as its older spelling of `--format json`. */
export function reportFormat(args: ParsedArgs): ReportFormat {
  const given = lastValue(args, '--format');
  const json = args.flags.has('--json');
  if (given === undefined) return json ? 'json' : 'text';
  if (!(FORMATS as readonly string[]).includes(given)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not \`${given}\``);
  if (json && given !== 'json') throw new UsageError(`--json asks for --format json, not --format ${given}`);
  return given as ReportFormat;
}
