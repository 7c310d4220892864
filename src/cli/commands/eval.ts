import { compileScenario, evaluateQuery } from '../../engine';
import { restoreScenario, type ContextValue, type Query } from '../../model';
import { lastValue, UsageError, type CliCommand, type ParsedArgs } from '../command';
import { formatExplanation } from '../formatExplanation';
import { loadScenarioFile } from '../loadScenarioFile';
import { optionOfPath, SESSION_OPTIONS, SESSION_USAGE, sessionFieldsOf } from '../sessionOptions';
import { DECISION_COLOR, paint, reportFileErrors } from '../output';

export const evalCommand: CliCommand = {
  name: 'eval',
  usage: `  iam-playground eval FILE --principal P --action A --resource R
                      [--context KEY=VALUE ...] [--session-name S] [--time ISO]
                      [--federating-user U] [--explain] [--json]
                      ${SESSION_USAGE}
      Ask one question. P: user/NAME, role/NAME, an IAM or assumed-role ARN,
      arn:aws:iam::ACCOUNT:root, a service principal, anonymous, an identity provider
      (oidc-provider/HOST, saml-provider/NAME, its ARN, accounts.google.com…), or a federated
      user (federated-user/NAME, with --federating-user user/NAME). VALUE is parsed as JSON
      when it can be (true, 42, ["a","b"]), else taken as a string; repeat a key for a list.
      --session-tag, --transitive-tag-key, --source-identity: the principal's own session;
      --pass-*: what an sts:AssumeRole*/GetFederationToken call passes for its new session.`,
  flags: ['--json', '--explain'],
  options: ['--principal', '--action', '--resource', '--context', '--session-name', '--time', '--federating-user', ...SESSION_OPTIONS],
  async run(args, io) {
    if (args.positional.length !== 1) throw new UsageError('eval needs exactly one FILE');
    const principal = lastValue(args, '--principal');
    const action = lastValue(args, '--action');
    const resource = lastValue(args, '--resource');
    if (!principal || !action || !resource) throw new UsageError('eval needs --principal, --action and --resource');
    const file = args.positional[0]!;
    const json = args.flags.has('--json');
    const sessionName = lastValue(args, '--session-name');
    const time = lastValue(args, '--time');
    const federatingUser = lastValue(args, '--federating-user');
    const query: Query = {
      principal,
      action,
      resource,
      context: contextOf(args),
      ...(sessionName ? { sessionName } : {}),
      ...(time ? { time } : {}),
      ...(federatingUser ? { federatingUser } : {}),
      ...sessionFieldsOf(args),
    };

    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) return reportFileErrors(loaded.errors, json, io);
    // The ad-hoc question goes through the same validation as a query in the file.
    const withQuery = restoreScenario({ ...loaded.scenario, queries: [query] }, loaded.catalog);
    if (!withQuery.ok) {
      const problems = withQuery.errors.filter((e) => e.path.startsWith('/queries/0'));
      const shown = problems.length > 0 ? problems : withQuery.errors;
      if (json)
        io.out(
          JSON.stringify({ errors: shown.map((e) => ({ file, path: e.path.replace('/queries/0', ''), message: e.message })) }, null, 2) +
            '\n',
        );
      else for (const e of shown) io.err(`error: ${optionOfPath(e.path)}: ${e.message}\n`);
      return 2;
    }
    const r = evaluateQuery(compileScenario(withQuery.scenario, withQuery.world), query, { explain: true });
    if (json) {
      io.out(
        JSON.stringify({ decision: r.decision, missingContextKeys: r.missingContextKeys, explanation: r.explanation }, null, 2) + '\n',
      );
    } else {
      io.out(`${paint(DECISION_COLOR[r.decision], r.decision)}\n${r.explanation.summary}\n`);
      if (args.flags.has('--explain')) io.out(formatExplanation(r) + '\n');
      else if (r.missingContextKeys.length > 0) io.out(`missing context values: ${r.missingContextKeys.join(', ')}\n`);
    }
    return 0;
  },
};

/** A context value from the command line: JSON where it parses (true, 42, ["a"]), else text. */
export function parseContextValue(text: string): ContextValue {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean'))
      return v as ContextValue;
  } catch {
    // not JSON: a plain string
  }
  return text;
}

/** `--context KEY=VALUE`, repeated; a key given twice becomes a list. */
function contextOf(args: ParsedArgs): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const pair of args.values.get('--context') ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--context expects KEY=VALUE, got \`${pair}\``);
    const key = pair.slice(0, eq);
    const value = parseContextValue(pair.slice(eq + 1));
    const prev = context[key];
    context[key] =
      prev === undefined
        ? value
        : ([...(Array.isArray(prev) ? prev : [prev]), ...(Array.isArray(value) ? value : [value])] as ContextValue);
  }
  return context;
}
