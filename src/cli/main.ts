import { loadAwsManagedPolicyData } from '../data/awsManagedPolicies';
import { loadServiceCatalog } from '../data/serviceCatalog';
import { UsageError, type CliIo } from './command';
import { COMMANDS } from './commands';
import { packageVersion } from './packageVersion';
import { parseArgs, usageOf } from './parseArgs';
import { tuneV8ForAShortRun } from './v8Tuning';

/**
 * The command-line checker. Exit codes (scenario-format.md): 0 all is well, 1 a check failed,
 * 2 a file cannot be read, is not a valid scenario, or the command line is wrong.
 */
const io: CliIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

// A reader that stops early (`iam-playground check … | head`) closes the pipe: that ends the run
// quietly, as it does for any Unix tool, rather than with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.stderr.write(`error: cannot write the report (${e.code ?? e.message})\n`);
  process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
});
const USAGE = usageOf(COMMANDS);

async function version(): Promise<number> {
  const [data, catalog, version] = await Promise.all([loadAwsManagedPolicyData(), loadServiceCatalog(), packageVersion()]);
  io.out(
    `iam-playground ${version}\n` +
      `AWS service catalog: ${catalog.services.length} services, ${catalog.actionCount} actions from ${catalog.source}, data as of ${catalog.updatedAt}\n` +
      `AWS managed policies: ${data.count} from ${data.source}, data as of ${data.generated}\n`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const invocation = parseArgs(argv, COMMANDS);
  switch (invocation.kind) {
    case 'help':
      io.out(USAGE + '\n');
      return 0;
    case 'version':
      return version();
    case 'usageError':
      io.err(`error: ${invocation.message}\n\n${USAGE}\n`);
      return 2;
    case 'run':
      try {
        return await invocation.command.run(invocation.args, io);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        io.err(`error: ${e.message}\n\n${USAGE}\n`);
        return 2;
      }
  }
}

// As late as it can be and still come before the engine first runs (see v8Tuning.ts).
tuneV8ForAShortRun();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
