import { compileScenario, evaluateQuery } from '../../engine';
import { UsageError, type CliCommand, type CliIo } from '../command';
import { reportFormat, type ReportFormat } from '../format';
import { loadScenarioFile } from '../loadScenarioFile';
import { packageVersion } from '../packageVersion';
import { checkedQuery, checkExitCode, checkJson, checkText, type CheckedFile } from '../report/checkReport';
import { checkJunit } from '../report/checkJunit';
import { checkSarif } from '../report/checkSarif';
import { watchFiles } from '../watch';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: `  iam-playground check FILE... [--format text|json|junit|sarif] [--json] [--explain] [--watch]
      Evaluate every query of each scenario file. Exit 0 when every expectation holds,
      1 when one does not, 2 when a file cannot be read or is not a valid scenario.
      --json is --format json; --watch checks again whenever a file is saved.`,
  flags: ['--json', '--explain', '--watch'],
  options: ['--format'],
  run(args, io) {
    if (args.positional.length === 0) throw new UsageError('check needs at least one FILE');
    const format = reportFormat(args);
    const explain = args.flags.has('--explain');
    const once = () => check(args.positional, format, explain, io);
    return args.flags.has('--watch') ? watchFiles(args.positional, once, io) : once();
  },
};

async function check(files: string[], format: ReportFormat, explain: boolean, io: CliIo): Promise<number> {
  const checked: CheckedFile[] = [];
  for (const file of files) checked.push(await checkFile(file, explain));
  io.out(
    format === 'json'
      ? checkJson(checked, explain)
      : format === 'junit'
        ? checkJunit(checked)
        : format === 'sarif'
          ? checkSarif(checked, await packageVersion())
          : checkText(checked, explain),
  );
  return checkExitCode(checked);
}

async function checkFile(file: string, explain: boolean): Promise<CheckedFile> {
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) return { file, title: undefined, errors: loaded.errors, warnings: [], queries: [], locate: () => null };
  const compiled = compileScenario(loaded.scenario, loaded.world);
  const queries = (loaded.scenario.queries ?? []).map((query, index) =>
    checkedQuery(index, query, evaluateQuery(compiled, query, { explain, queryPath: `/queries/${index}` }), explain),
  );
  return { file, title: loaded.scenario.title, errors: [], warnings: loaded.warnings, queries, locate: loaded.locate };
}
