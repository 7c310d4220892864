import { accessInputOf, whoCan } from '../../analysis/access';
import { expandActionPattern } from '../../analysis/expandActions';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { lastValue, UsageError, type CliCommand } from '../command';
import { loadScenarioFile } from '../loadScenarioFile';
import { DECISION_COLOR, paint, reportFileErrors } from '../output';

export const whoCanCommand: CliCommand = {
  name: 'who-can',
  usage: `  iam-playground who-can FILE --action A --resource R [--json]
      Every principal the engine allows to do A (an action or a pattern such as s3:Get*) on R:
      one line per principal, PRINCIPAL_ARN DECISION [via ROLE -> ROLE], where DECISION is
      allowed, or conditional (allowed given the request keys on the next line).`,
  flags: ['--json'],
  options: ['--action', '--resource'],
  async run(args, io) {
    if (args.positional.length !== 1) throw new UsageError('who-can needs exactly one FILE');
    const action = lastValue(args, '--action');
    const resource = lastValue(args, '--resource');
    if (!action || !resource) throw new UsageError('who-can needs --action and --resource');
    const json = args.flags.has('--json');
    const loaded = await loadScenarioFile(args.positional[0]!);
    if (!loaded.ok) return reportFileErrors(loaded.errors, json, io);
    let actions = [action];
    if (/[*?]/.test(action)) {
      // A pattern stands for the catalog actions it matches; each is asked about.
      actions = expandActionPattern(action, await loadServiceCatalog()).actions.map((a) => a.id);
      if (actions.length === 0) {
        io.err(`error: --action ${action} matches no action of the AWS service catalog\n`);
        return 2;
      }
    }
    const answer = whoCan(accessInputOf(loaded.scenario, loaded.world), action, resource, actions);
    if (json) {
      const principals = answer.principals.map(({ principal, decision, conditional, via, statements, actions: allowed }) => ({
        principal,
        decision,
        conditional,
        via,
        statements,
        ...(allowed.length > 0 ? { actions: allowed } : {}),
      }));
      io.out(JSON.stringify({ principals }, null, 2) + '\n');
      return 0;
    }
    if (answer.principals.length === 0) io.err(`nobody can ${action} on ${resource}\n`);
    for (const p of answer.principals) {
      const decision = p.decision === 'allowed' ? paint(DECISION_COLOR.allowed, 'allowed') : paint(33, 'conditional');
      io.out(`${p.principal} ${decision}${p.via.length > 0 ? ` via ${p.via.join(' -> ')}` : ''}\n`);
      if (p.conditional.length > 0) io.out(`  given ${p.conditional.join(', ')}\n`);
    }
    return 0;
  },
};
