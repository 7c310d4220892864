import { EXPORT_TARGETS, exportAccount, type ExportTarget } from '../../interop';
import { lastValue, UsageError, type CliCommand } from '../command';
import { loadScenarioFile } from '../loadScenarioFile';
import { where } from '../output';
import { cannotWrite, writeWhole } from '../writeOutput';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `  npm run --silent cli -- export FILE --to cli|cloudformation|terraform [--account ID] [-o OUT]
      Write what would create one account's users, groups, memberships, customer managed
      policies, attachments and roles: an AWS CLI script (bash), a CloudFormation template (YAML)
      or Terraform (HCL). --account is needed when several accounts have IAM entities. What is
      not exported is said on stderr and in the output's comments. Exit 2 on bad input.`,
  flags: [],
  options: ['--to', '--account', '-o', '--output'],
  async run(args, io) {
    if (args.positional.length !== 1) throw new UsageError('export needs exactly one FILE');
    const to = lastValue(args, '--to');
    if (to === undefined) throw new UsageError(`export needs --to ${EXPORT_TARGETS.join('|')}`);
    if (!isTarget(to)) throw new UsageError(`--to must be one of ${EXPORT_TARGETS.join(', ')}, not \`${to}\``);
    const output = lastValue(args, '--output') ?? lastValue(args, '-o');
    const file = args.positional[0]!;

    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) {
      for (const e of loaded.errors) io.err(`error: ${where(e)}: ${e.message}\n`);
      return 2;
    }
    const account = lastValue(args, '--account');
    const result = exportAccount(loaded.scenario, to, account);
    if (!result.ok) {
      io.err(
        `error: ${file}: ${result.message}${account === undefined && result.message.endsWith('choose one') ? ' with --account ID' : ''}\n`,
      );
      return 2;
    }
    if (output) {
      try {
        await writeWhole(output, result.text, to === 'cli');
      } catch (e) {
        io.err(`error: ${cannotWrite(output, e)}\n`);
        return 2;
      }
    } else io.out(result.text);
    for (const n of result.notes) io.err(`note: ${n}\n`);
    if (output) io.err(`wrote ${output} (account ${result.account})\n`);
    return 0;
  },
};

function isTarget(text: string): text is ExportTarget {
  return (EXPORT_TARGETS as readonly string[]).includes(text);
}
