import { accessDiff, type DiffSide } from '../../analysis/access';
import { expandActionPattern } from '../../analysis/expandActions';
import { compileScenario } from '../../engine';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { UsageError, type CliCommand } from '../command';
import { loadScenarioFile } from '../loadScenarioFile';
import { paint, reportFileErrors, type FileError } from '../output';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: `  npm run --silent cli -- diff OLD.json NEW.json [--json]
      What changes between two versions of a scenario: every request over their principals, the
      actions their policies mention and their resources, allowed in one and not the other.
      Lines \`+ PRINCIPAL ACTION RESOURCE\` (gained) and \`- …\` (lost). Exit 1 when anything was gained.`,
  flags: ['--json'],
  options: [],
  async run(args, io) {
    if (args.positional.length !== 2) throw new UsageError('diff needs OLD.json and NEW.json');
    const json = args.flags.has('--json');
    const [before, after] = await Promise.all([
      loadScenarioFile(args.positional[0]!, { worldOnly: true }),
      loadScenarioFile(args.positional[1]!, { worldOnly: true }),
    ]);
    if (!before.ok || !after.ok) {
      const errors: FileError[] = [...(before.ok ? [] : before.errors), ...(after.ok ? [] : after.errors)];
      return reportFileErrors(errors, json, io);
    }
    const catalog = await loadServiceCatalog();
    const side = (l: { scenario: DiffSide['scenario']; world: DiffSide['world'] }): DiffSide => ({
      ...l,
      compiled: compileScenario(l.scenario, l.world),
    });
    const diff = accessDiff(side(before), side(after), (pattern) => expandActionPattern(pattern, catalog).actions.map((a) => a.id));
    if (json) {
      io.out(JSON.stringify({ gained: diff.gained, lost: diff.lost }, null, 2) + '\n');
    } else {
      for (const c of diff.gained) io.out(`${paint(32, '+')} ${c.principal} ${c.action} ${c.resource}\n`);
      for (const c of diff.lost) io.out(`${paint(31, '-')} ${c.principal} ${c.action} ${c.resource}\n`);
      io.err(
        `${diff.gained.length} gained, ${diff.lost.length} lost, over ${diff.principals} principals × ${diff.actions} actions × ${diff.resources} resources\n`,
      );
    }
    return diff.gained.length > 0 ? 1 : 0;
  },
};
