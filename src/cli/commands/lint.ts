import { UsageError, type CliCommand } from '../command';
import { lint } from './lintFiles';

export const lintCommand: CliCommand = {
  name: 'lint',
  usage: `  iam-playground lint FILE... [--json]
      Check every policy of each scenario file as the Findings panel does (Access Analyzer-style
      checks against the AWS service catalog). Exit 0 when there is no error or security warning,
      1 when there is, 2 when a file cannot be read or is not JSON.`,
  flags: ['--json'],
  options: [],
  run(args, io) {
    if (args.positional.length === 0) throw new UsageError('lint needs at least one FILE');
    return lint(args.positional, args.flags.has('--json'), io.out, io.err);
  },
};
