import { readFile } from 'node:fs/promises';
import { managedPolicyCatalogFor } from '../../data/awsManagedPolicies';
import { formatImportReport, importAws, type ImportSource } from '../../interop';
import { lastValue, UsageError, type CliCommand } from '../command';
import { where, type FileError } from '../output';
import { cannotWrite, writeWhole } from '../writeOutput';

export const importCommand: CliCommand = {
  name: 'import',
  usage: `  npm run --silent cli -- import FILE... [-o scenario.json]
      Read what AWS prints into one scenario: \`aws iam get-account-authorization-details\` (one
      file per account) and iam-playground/aws-bundle files (organization, resource policies).
      The scenario goes to stdout, or to -o/--output; the report of what was read, skipped or not
      modelled goes to stderr. On any error nothing is written; exit 2.`,
  flags: [],
  options: ['-o', '--output'],
  async run(args, io) {
    if (args.positional.length === 0) throw new UsageError('import needs at least one FILE');
    const output = lastValue(args, '--output') ?? lastValue(args, '-o');
    if (args.values.has('--output') && args.values.has('-o')) throw new UsageError('give -o or --output, not both');

    const sources: ImportSource[] = [];
    const unreadable: FileError[] = [];
    for (const file of args.positional) {
      try {
        sources.push({ file, text: await readFile(file, 'utf8') });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        unreadable.push({ file, path: '', message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` });
      }
    }
    if (unreadable.length > 0) {
      for (const e of unreadable) io.err(`error: ${where(e)}: ${e.message}\n`);
      io.err('nothing imported\n');
      return 2;
    }

    // The 3 MB catalog only when an AWS managed policy is named; an account almost always names one.
    const catalog = await managedPolicyCatalogFor(sources.map((s) => s.text).join('\n'));
    const result = importAws(sources, catalog);
    if (!result.ok) {
      for (const e of result.errors) io.err(`error: ${where(e)}: ${e.message}\n`);
      io.err(`nothing imported: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}\n`);
      return 2;
    }
    const text = JSON.stringify(result.scenario, null, 2) + '\n';
    if (output) {
      try {
        await writeWhole(output, text);
      } catch (e) {
        io.err(`error: ${cannotWrite(output, e)}\n`);
        return 2;
      }
    } else io.out(text);
    io.err(formatImportReport(result.report) + '\n');
    if (output) io.err(`wrote ${output}\n`);
    return 0;
  },
};
