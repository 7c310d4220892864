import { accessDiff, whatIfSwitchedOff, type AccessDiff, type DiffSide } from '../../analysis/access';
import { expandActionPattern } from '../../analysis/expandActions';
import { compileScenario } from '../../engine';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { switchOffAt } from '../../model';
import { lastValue, UsageError, type CliCommand, type CliIo } from '../command';
import { loadScenarioFile } from '../loadScenarioFile';
import { paint, reportFileErrors, type FileError } from '../output';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: `  npm run --silent cli -- diff OLD.json NEW.json [--json]
  npm run --silent cli -- diff FILE --switch-off POINTER [--json]
      What changes between two versions of a scenario: every request over their principals, the
      actions their policies mention and their resources, allowed in one and not the other.
      With --switch-off, FILE against itself with the policy document at POINTER (or the one
      statement at POINTER/Statement/N) taken out: what that policy or statement does.
      Lines \`+ PRINCIPAL ACTION RESOURCE\` (gained) and \`- …\` (lost). Exit 1 when anything was gained.`,
  flags: ['--json'],
  options: ['--switch-off'],
  async run(args, io) {
    const json = args.flags.has('--json');
    const off = lastValue(args, '--switch-off');
    if (off !== undefined) {
      if (args.positional.length !== 1) throw new UsageError('diff --switch-off needs one FILE');
      return switchOff(args.positional[0]!, off, json, io);
    }
    if (args.positional.length !== 2) throw new UsageError('diff needs OLD.json and NEW.json');
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
    return printDiff(diff, json, io, '');
  },
};

/** FILE against itself with the document or statement at `pointer` switched off. */
async function switchOff(file: string, pointer: string, json: boolean, io: CliIo): Promise<number> {
  const loaded = await loadScenarioFile(file, { worldOnly: true });
  if (!loaded.ok) return reportFileErrors(loaded.errors, json, io);
  const catalog = await loadServiceCatalog();
  const now: DiffSide = { scenario: loaded.scenario, world: loaded.world, compiled: compileScenario(loaded.scenario, loaded.world) };
  const answer = whatIfSwitchedOff(now, switchOffAt(pointer), loaded.catalog, (pattern) =>
    expandActionPattern(pattern, catalog).actions.map((a) => a.id),
  );
  if (!answer.ok) return reportFileErrors([{ file, path: pointer, message: answer.message }], json, io);
  return printDiff(answer.diff, json, io, ` with ${pointer} switched off`);
}

function printDiff(diff: AccessDiff, json: boolean, io: CliIo, what: string): number {
  if (json) {
    io.out(JSON.stringify({ gained: diff.gained, lost: diff.lost }, null, 2) + '\n');
  } else {
    for (const c of diff.gained) io.out(`${paint(32, '+')} ${c.principal} ${c.action} ${c.resource}\n`);
    for (const c of diff.lost) io.out(`${paint(31, '-')} ${c.principal} ${c.action} ${c.resource}\n`);
    io.err(
      `${diff.gained.length} gained, ${diff.lost.length} lost${what}, over ${counted(diff.principals, 'principal')} × ${counted(diff.actions, 'action')} × ${counted(diff.resources, 'resource')}\n`,
    );
    if (diff.unexpanded.length > 0)
      io.err(
        `note: ${diff.unexpanded.join(', ')} cover too many actions to ask about one by one: only the actions the policies name stand for them\n`,
      );
  }
  return diff.gained.length > 0 ? 1 : 0;
}

const counted = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
