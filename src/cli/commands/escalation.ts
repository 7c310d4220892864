import { accessInputOf } from '../../analysis/access';
import { escalationPaths } from '../../analysis/escalation';
import { parsePrincipalRef } from '../../model';
import { lastValue, UsageError, type CliCommand } from '../command';
import { loadScenarioFile } from '../loadScenarioFile';
import { paint, reportFileErrors } from '../output';

export const escalationCommand: CliCommand = {
  name: 'escalation',
  usage: `  iam-playground escalation FILE [--principal P] [--json]
      Every way a user or role can make itself more than it is: write or rewrite its policies,
      join a group, drop its boundary, take over another user, rewrite a trust policy, pass a role
      to a service that runs code; chained. Exit 1 when a path to administrator exists.`,
  flags: ['--json'],
  options: ['--principal'],
  async run(args, io) {
    if (args.positional.length !== 1) throw new UsageError('escalation needs exactly one FILE');
    const json = args.flags.has('--json');
    const loaded = await loadScenarioFile(args.positional[0]!);
    if (!loaded.ok) return reportFileErrors(loaded.errors, json, io);
    const asked = lastValue(args, '--principal');
    let only: string | undefined;
    if (asked !== undefined) {
      const ref = parsePrincipalRef(asked, loaded.world.defaultAccount);
      only = ref.type === 'user' ? ref.arn : ref.type === 'role' ? ref.roleArn : undefined;
      if (!only || (!loaded.world.users.has(only) && !loaded.world.roles.has(only)))
        throw new UsageError(`--principal ${asked} is not a user or role of the scenario`);
    }
    const { paths } = escalationPaths({ ...accessInputOf(loaded.scenario, loaded.world), catalog: loaded.catalog }, only);
    if (json) {
      io.out(JSON.stringify({ paths: paths.map(({ principal, reaches, steps }) => ({ principal, reaches, steps })) }, null, 2) + '\n');
    } else {
      if (paths.length === 0) io.out('no escalation paths\n');
      for (const p of paths) {
        io.out(`${p.principal} ${p.reaches === 'admin' ? paint(31, 'reaches admin') : `reaches ${p.reaches}`}\n`);
        p.moves.forEach((m, i) => io.out(`  ${i + 1}. ${m}\n`));
        for (const s of p.steps) {
          const st = s.statement
            ? `${s.statement.policy}, statement ${s.statement.statement + 1}${s.statement.sid ? ` (${s.statement.sid})` : ''}`
            : 'no statement';
          io.out(`     ${s.action} on ${s.resource} — ${st}\n`);
        }
      }
    }
    return paths.some((p) => p.reaches === 'admin') ? 1 : 0;
  },
};
