import { UsageError, type CliCommand, type CliIo } from '../command';
import { reportFormat, type ReportFormat } from '../format';
import { packageVersion } from '../packageVersion';
import { lintJunit } from '../report/lintJunit';
import { lintExitCode, lintJson, lintText } from '../report/lintReport';
import { lintSarif } from '../report/lintSarif';
import { watchFiles } from '../watch';
import { lintFiles } from './lintFiles';

export const lintCommand: CliCommand = {
  name: 'lint',
  usage: `  iam-playground lint FILE... [--format text|json|junit|sarif] [--json] [--watch]
      Check every policy of each scenario file as the Findings panel does (Access Analyzer-style
      checks against the AWS service catalog). Exit 0 when there is no error or security warning,
      1 when there is, 2 when a file cannot be read or is not JSON.`,
  flags: ['--json', '--watch'],
  options: ['--format'],
  run(args, io) {
    if (args.positional.length === 0) throw new UsageError('lint needs at least one FILE');
    const format = reportFormat(args);
    const once = () => lint(args.positional, format, io);
    return args.flags.has('--watch') ? watchFiles(args.positional, once, io) : once();
  },
};

async function lint(files: readonly string[], format: ReportFormat, io: CliIo): Promise<number> {
  const linted = await lintFiles(files);
  if (format === 'text') {
    const { out, err } = lintText(linted);
    io.err(err);
    io.out(out);
  } else io.out(format === 'json' ? lintJson(linted) : format === 'junit' ? lintJunit(linted) : lintSarif(linted, await packageVersion()));
  return lintExitCode(linted);
}
