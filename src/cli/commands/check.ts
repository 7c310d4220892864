import { newAccessWithin, type DiffSide } from '../../analysis/access';
import { expandActionPattern } from '../../analysis/expandActions';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { compileScenario, evaluateQuery } from '../../engine';
import { lastValue, UsageError, type CliCommand, type CliIo } from '../command';
import { reportFormat, type ReportFormat } from '../format';
import { loadScenarioFile } from '../loadScenarioFile';
import { packageVersion } from '../packageVersion';
import { checkedQuery, checkExitCode, checkJson, checkText, type CheckedFile, type CheckedQuery } from '../report/checkReport';
import { checkJunit } from '../report/checkJunit';
import { checkSarif } from '../report/checkSarif';
import { watchFiles } from '../watch';

export const checkCommand: CliCommand = {
  name: 'check',
  usage: `  iam-playground check FILE... [--format text|json|junit|sarif] [--json] [--explain] [--watch] [--baseline OLD.json]
      Evaluate every query of each scenario file. Exit 0 when every expectation holds,
      1 when one does not, 2 when a file cannot be read or is not a valid scenario.
      --json is --format json; --watch checks again whenever a file is saved;
      --baseline: the world a query's noNewAccess assertion compares with.`,
  flags: ['--json', '--explain', '--watch'],
  options: ['--format', '--baseline'],
  run(args, io) {
    if (args.positional.length === 0) throw new UsageError('check needs at least one FILE');
    const format = reportFormat(args);
    const explain = args.flags.has('--explain');
    const baseline = lastValue(args, '--baseline');
    const once = () => check(args.positional, format, explain, baseline, io);
    return args.flags.has('--watch') ? watchFiles(baseline ? [...args.positional, baseline] : args.positional, once, io) : once();
  },
};

async function check(
  files: string[],
  format: ReportFormat,
  explain: boolean,
  baselineFile: string | undefined,
  io: CliIo,
): Promise<number> {
  const checked: CheckedFile[] = [];
  let baseline: DiffSide | undefined;
  if (baselineFile !== undefined) {
    const loaded = await loadScenarioFile(baselineFile, { worldOnly: true });
    if (!loaded.ok)
      checked.push({ file: baselineFile, title: undefined, errors: loaded.errors, warnings: [], queries: [], locate: () => null });
    else baseline = { scenario: loaded.scenario, world: loaded.world, compiled: compileScenario(loaded.scenario, loaded.world) };
  }
  // A baseline that cannot be read is reported as the file it is, and nothing is compared with it.
  if (baselineFile === undefined || baseline !== undefined)
    for (const file of files) checked.push(await checkFile(file, explain, baseline));
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

async function checkFile(file: string, explain: boolean, baseline: DiffSide | undefined): Promise<CheckedFile> {
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) return { file, title: undefined, errors: loaded.errors, warnings: [], queries: [], locate: () => null };
  const compiled = compileScenario(loaded.scenario, loaded.world);
  let queries = (loaded.scenario.queries ?? []).map((query, index) =>
    checkedQuery(index, query, evaluateQuery(compiled, query, { explain, queryPath: `/queries/${index}` }), explain),
  );
  const warnings = [...loaded.warnings];
  if (queries.some((c) => c.query.noNewAccess === true)) {
    if (baseline) queries = await withNewAccess(queries, baseline, { scenario: loaded.scenario, world: loaded.world, compiled });
    else
      warnings.push({
        file,
        path: '/queries',
        message: 'queries assert noNewAccess, which needs a baseline to compare with: check them with --baseline OLD.json',
      });
  }
  return { file, title: loaded.scenario.title, errors: [], warnings, queries, locate: loaded.locate };
}

/** Each noNewAccess query's verdict: the access its principal gained since the baseline, within its action and resource. */
async function withNewAccess(queries: CheckedQuery[], baseline: DiffSide, now: DiffSide): Promise<CheckedQuery[]> {
  const catalog = await loadServiceCatalog();
  const expand = (pattern: string) => expandActionPattern(pattern, catalog).actions.map((a) => a.id);
  return queries.map((c) => {
    if (c.query.noNewAccess !== true) return c;
    const found = newAccessWithin(baseline, now, c.query, expand);
    const holds = found.length === 0;
    return { ...c, pass: c.pass !== false && holds, newAccess: found };
  });
}
