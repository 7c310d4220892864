import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in `aws` on PATH for running an exported script for real: it logs every call, answers
 * `sts get-caller-identity` with a given account, and keeps which users, groups, roles and
 * policies exist in a state file, so `get-*` fails before `create-*` and succeeds after — what the
 * script's idempotence rests on. Service-linked roles get the name AWS would give them.
 */
const STUB = String.raw`#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
const env = process.env;
fs.appendFileSync(env.AWS_STUB_LOG, JSON.stringify(args) + '\n');
const state = fs.existsSync(env.AWS_STUB_STATE) ? JSON.parse(fs.readFileSync(env.AWS_STUB_STATE, 'utf8')) : {};
const arg = (name) => args[args.indexOf(name) + 1];
const save = (key) => { state[key] = true; fs.writeFileSync(env.AWS_STUB_STATE, JSON.stringify(state)); };
const [service, op] = args;
if (service === 'sts') { process.stdout.write(env.AWS_STUB_ACCOUNT + '\n'); process.exit(0); }
const missing = (key) => { if (!state[key]) { process.stderr.write('NoSuchEntity\n'); process.exit(254); } };
switch (op) {
  case 'get-policy': missing('policy:' + arg('--policy-arn')); break;
  case 'get-user': missing('user:' + arg('--user-name')); break;
  case 'get-group': missing('group:' + arg('--group-name')); break;
  case 'get-role': missing('role:' + arg('--role-name')); break;
  case 'create-policy': save('policy:arn:aws:iam::' + env.AWS_STUB_ACCOUNT + ':policy' + arg('--path') + arg('--policy-name')); break;
  case 'create-user': save('user:' + arg('--user-name')); break;
  case 'create-group': save('group:' + arg('--group-name')); break;
  case 'create-role': save('role:' + arg('--role-name')); break;
  case 'create-service-linked-role': save('role:' + JSON.parse(env.AWS_STUB_SERVICE_ROLES)[arg('--aws-service-name')]); break;
}
for (const v of ['--policy-document', '--assume-role-policy-document', '--tags']) if (args.includes(v)) JSON.parse(arg(v));
process.stdout.write('{}\n');
`;

export interface StubRun {
  code: number | null;
  stderr: string;
  calls: string[][];
}

export function awsCliStub(account: string, serviceRoles: Record<string, string>): { run(script: string): StubRun } {
  const dir = mkdtempSync(join(tmpdir(), 'aws-stub-'));
  writeFileSync(join(dir, 'aws'), STUB);
  chmodSync(join(dir, 'aws'), 0o755);
  const state = join(dir, 'state.json');
  let runs = 0;
  return {
    run(script) {
      const log = join(dir, `calls-${++runs}.jsonl`);
      const file = join(dir, `script-${runs}.sh`);
      writeFileSync(file, script);
      const r = spawnSync('bash', [file], {
        encoding: 'utf8',
        env: {
          PATH: `${dir}:${process.env.PATH ?? ''}`,
          AWS_STUB_LOG: log,
          AWS_STUB_STATE: state,
          AWS_STUB_ACCOUNT: account,
          AWS_STUB_SERVICE_ROLES: JSON.stringify(serviceRoles),
        },
      });
      const calls = existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as string[])
        : [];
      return { code: r.status, stderr: r.stderr, calls };
    },
  };
}
