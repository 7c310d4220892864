import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAwsManagedPolicyData } from '../../src/data/awsManagedPolicies';
import { evaluateAll } from '../../src/engine';
import { restoreScenario } from '../../src/model';
import { caseFilesIn } from '../engine/caseFiles';
import { builtCli, root } from './builtCli';

/** The CLI as users run it: the built tool in a real process, real files, exit codes and output. */
const casesDir = join(root, 'test', 'engine', 'cases');
const cli = await builtCli();

const tmp = mkdtempSync(join(tmpdir(), 'iam-cli-'));
const write = (name: string, content: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};
const scenario = (queries: object[]) => ({
  format: 'iam-playground/scenario',
  version: 1,
  users: [
    {
      name: 'alice',
      inlinePolicies: [
        { name: 'p', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
      ],
    },
  ],
  queries,
});

describe('cli check', () => {
  const files = caseFilesIn(casesDir);

  it('runs every engine case file and agrees with the library, query by query', async () => {
    const r = cli('check', '--json', ...files.map((f) => join('test/engine/cases', f)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      results: { file: string; query: number; decision: string; pass: boolean | null }[];
      errors: unknown[];
    };
    expect(out.errors).toEqual([]);
    const { catalog } = await loadAwsManagedPolicyData();
    const expected = files.flatMap((f) => {
      const restored = restoreScenario(JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as unknown, catalog);
      if (!restored.ok) throw new Error(f);
      return evaluateAll(restored.scenario, restored.world).map((res, i) => ({
        file: join('test/engine/cases', f),
        query: i,
        decision: res.decision,
        pass: res.pass,
      }));
    });
    expect(out.results.map(({ file, query, decision, pass }) => ({ file, query, decision, pass }))).toEqual(expected);
  });

  it('exits 1 and says which expectation failed', () => {
    const f = write(
      'fail.json',
      scenario([{ name: 'writes', principal: 'user/alice', action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', expect: 'allowed' }]),
    );
    const r = cli('check', f);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ writes: user\/alice s3:PutObject arn:aws:s3:::b\/k → implicitDeny \(expected allowed\)/);
    expect(r.stdout).toMatch(/0 passed, 1 failed/);
  });

  it('exits 2 for an invalid file, naming file, line and JSON path, and still checks the others', () => {
    const bad = write(
      'bad.json',
      '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "users": [\n    { "name": "u", "groups": ["Admins"] }\n  ]\n}\n',
    );
    const good = write(
      'good.json',
      scenario([{ principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', expect: 'allowed' }]),
    );
    const r = cli('check', '--json', bad, good);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as {
      results: { file: string; pass: boolean }[];
      errors: { file: string; path: string; message: string; line: number }[];
    };
    expect(out.errors).toEqual([
      expect.objectContaining({
        file: bad,
        path: '/users/0/groups/0',
        line: 5,
        message: expect.stringContaining('group `Admins` does not exist'),
      }),
    ]);
    expect(out.results).toEqual([expect.objectContaining({ file: good, query: 0, decision: 'allowed', expect: 'allowed', pass: true })]);
  });

  it('exits 2 for broken JSON and for a missing file, with positions', () => {
    const broken = write('broken.json', '{\n  "format": "iam-playground/scenario",\n  "version": 1,,\n}');
    const r = cli('check', broken, join(tmp, 'nope.json'));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/broken\.json:3:\d+.*invalid JSON/);
    expect(r.stdout).toMatch(/nope\.json.*file not found/);
  });

  it('reads a file that starts with a byte-order mark, silently', () => {
    const f = write(
      'bom.json',
      '\ufeff' +
        JSON.stringify(scenario([{ principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', expect: 'allowed' }])),
    );
    const r = cli('check', f);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/1 passed, 0 failed/);
    expect(cli('lint', f)).toMatchObject({ code: 0, stderr: '' });
  });

  it('refuses a file of 10,000 nested arrays with file, line and the limit, never a stack trace', () => {
    const f = write(
      'deep.json',
      '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "title": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n}',
    );
    const r = cli('check', f);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${f}:4:75: nested deeper than 64 levels`);
    const lint = cli('lint', f);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toBe(`error: ${f}:4:75: nested deeper than 64 levels\n`);
    for (const out of [r.stdout + r.stderr, lint.stdout + lint.stderr]) expect(out).not.toMatch(/internal error|RangeError|\n\s+at /);
  });

  it('ends quietly when its reader stops early, as `| head` does', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      name: `q${i}`,
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
    }));
    const f = write('many.json', scenario(many));
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${cli.path}" check "${f}" | head -1; echo "cli exited \${PIPESTATUS[0]}" >&2`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(r.stderr).toBe('cli exited 0\n');
  });

  it('reports pass null for queries without expect and exits 0', () => {
    const f = write('noexpect.json', scenario([{ principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }]));
    const r = cli('check', '--json', f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ pass: null, expect: null, decision: 'allowed' });
  });
});

describe('cli eval', () => {
  let file: string;
  beforeAll(() => {
    file = write('eval.json', scenario([]));
  });

  it('answers one question with a readable explanation', () => {
    const r = cli('eval', file, '--principal', 'user/alice', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', '--explain');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('allowed');
    expect(r.stdout).toMatch(/inline policy p of user alice/);
    expect(r.stdout).toMatch(/decided by:/);
  });

  it('takes typed context values', () => {
    const f = write('ctx.json', {
      ...scenario([]),
      users: [
        {
          name: 'alice',
          inlinePolicies: [
            {
              name: 'p',
              document: {
                Version: '2012-10-17',
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: 'ec2:*',
                    Resource: '*',
                    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } },
                  },
                ],
              },
            },
          ],
        },
      ],
    });
    const ask = (...ctx: string[]) =>
      cli(
        'eval',
        f,
        '--principal',
        'user/alice',
        '--action',
        'ec2:StartInstances',
        '--resource',
        '*',
        ...ctx.flatMap((c) => ['--context', c]),
        '--json',
      );
    expect(JSON.parse(ask('aws:MultiFactorAuthPresent=true', 'aws:MultiFactorAuthAge=60').stdout).decision).toBe('allowed');
    expect(JSON.parse(ask('aws:MultiFactorAuthPresent=true', 'aws:MultiFactorAuthAge=7200').stdout).decision).toBe('implicitDeny');
    const missing = JSON.parse(ask().stdout) as { decision: string; missingContextKeys: string[] };
    expect(missing.decision).toBe('implicitDeny');
    expect(missing.missingContextKeys).toEqual(['aws:MultiFactorAuthAge', 'aws:MultiFactorAuthPresent']);
  });

  it('takes the session fields: the principal’s session and what an STS call passes', () => {
    const cases = join(casesDir, 'session-tags.json');
    const role = (name: string) => `arn:aws:iam::111111111111:role/${name}`;
    const ask = (principal: string, action: string, resource: string, ...more: string[]) =>
      JSON.parse(cli('eval', cases, '--principal', principal, '--action', action, '--resource', resource, ...more, '--json').stdout) as {
        decision: string;
        explanation: { request: { issuedSession?: unknown } };
      };
    expect(ask('user/alice', 'sts:AssumeRole', role('NeedsTeamTag')).decision).toBe('implicitDeny');
    const passed = ask(
      'user/alice',
      'sts:AssumeRole',
      role('NeedsTeamTag'),
      '--pass-tag',
      'team=web',
      '--pass-tag',
      'project=blue',
      '--pass-transitive-tag-key',
      'project',
    );
    expect(passed.decision).toBe('allowed');
    expect(passed.explanation.request.issuedSession).toEqual({
      sessionTags: { team: 'web', project: 'blue' },
      transitiveTagKeys: ['project'],
    });
    expect(ask('role/Abac', 's3:GetObject', 'arn:aws:s3:::team-bucket/k', '--session-tag', 'team=web').decision).toBe('allowed');
    expect(ask('role/Audited', 's3:GetObject', 'arn:aws:s3:::team-bucket/k', '--source-identity', 'alice').decision).toBe('allowed');
    const r = cli(
      'eval',
      cases,
      '--principal',
      'role/Hop',
      '--action',
      'sts:AssumeRole',
      '--resource',
      role('NeedsSourceIdentity'),
      '--source-identity',
      'alice',
      '--pass-source-identity',
      'mallory',
    );
    expect(r.stdout).toMatch(/^implicitDeny\n.*cannot be changed to `mallory`/);
    expect(
      cli('eval', cases, '--principal', 'role/Abac', '--action', 's3:GetObject', '--resource', '*', '--session-tag', 'oops').code,
    ).toBe(2);
  });

  it('refuses a principal the scenario lacks, with exit 2', () => {
    const r = cli('eval', file, '--principal', 'user/ghost', '--action', 's3:GetObject', '--resource', '*');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ghost/);
  });

  it('runs from the sources too, as `npm run cli` does for the README examples', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', 'src/examples/starter.json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/6 passed, 0 failed/);
  });

  it('prints usage errors and the version', () => {
    expect(cli('eval', file).code).toBe(2);
    const v = cli('--version');
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^iam-playground \d+\.\d+\.\d+/);
    expect(v.stdout).toMatch(/AWS managed policies: \d{3,}/);
    expect(v.stdout).toMatch(
      /AWS service catalog: \d{3} services, \d{5} actions from @cloud-copilot\/iam-data@[\d.]+, data as of \d{4}-\d\d-\d\d/,
    );
  });
});

describe('lint', () => {
  const typo = {
    format: 'iam-playground/scenario',
    version: 1,
    policies: [
      {
        name: 'Wide',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObjekt', 'iam:PassRole'], Resource: '*' }] },
      },
    ],
  };

  it('prints each finding at its line with its severity and code, and fails on errors and security warnings', () => {
    const file = write('typo.json', typo);
    const r = cli('lint', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+\\s+error\\s+unknown-action\\s+.*GetObjekt`),
    );
    expect(r.stdout).toMatch(/security\s+pass-role-star/);
    expect(r.stdout).toMatch(/1 file: 1 errors?, 1 security warnings?/);
  });

  it('gives JSON with JSON pointers and positions, passes a clean file and refuses an unreadable one', () => {
    const r = cli('lint', write('typo2.json', typo), '--json');
    const out = JSON.parse(r.stdout) as { findings: { code: string; path: string; line: number }[]; errors: unknown[] };
    expect(out.findings.find((f) => f.code === 'unknown-action')).toMatchObject({ path: '/policies/0/document/Statement/0/Action/0' });
    expect(out.findings.every((f) => f.line > 1)).toBe(true);
    expect(cli('lint', join(root, 'src', 'examples', 'starter.json')).code).toBe(0);
    expect(cli('lint', join(tmp, 'nope.json')).code).toBe(2);
    const broken = cli('lint', write('broken-lint.json', '{\n  "format": "iam-playground/scenario",\n  "version": 1,,\n}'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken-lint\.json:3:\d+: invalid JSON/);
  });
});

describe('cli who-can', () => {
  const crossAccount = join(root, 'src', 'examples', 'library', '05-cross-account-assume-role.json');
  const bucket = join(root, 'src', 'examples', 'library', '10-bucket-policy-cross-account.json');

  it('prints one line per principal, PRINCIPAL_ARN DECISION [via CHAIN], with the keys a conditional one needs', () => {
    const r = cli('who-can', crossAccount, '--action', 'ec2:DescribeInstances', '--resource', '*');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines.filter((l) => !l.startsWith(' '))) expect(line).toMatch(/^\S+ (allowed|conditional)( via \S+( -> \S+)*)?$/);
    expect(lines).toContain('arn:aws:iam::111111111111:user/ana conditional via arn:aws:iam::222222222222:role/ProdReadOnly');
    expect(lines).toContain('  given aws:MultiFactorAuthPresent');
    expect(lines.some((l) => l.includes('user/bo'))).toBe(false);
  });

  it('gives the contract JSON: principal, decision, conditional, via, statements', () => {
    const r = cli('who-can', bucket, '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::shared-data/2026.parquet', '--json');
    const out = JSON.parse(r.stdout) as {
      principals: { principal: string; decision: string; conditional: string[]; via: string[]; statements: { sid?: string }[] }[];
    };
    const anna = out.principals.find((p) => p.principal === 'arn:aws:iam::111111111111:user/anna');
    expect(anna).toMatchObject({ decision: 'allowed', conditional: [], via: [] });
    expect(anna!.statements.map((s) => s.sid)).toContain('AnnaReads');
    expect(out.principals.some((p) => p.principal.endsWith('user/carla'))).toBe(false);
  });

  it('expands an action pattern and refuses bad arguments', () => {
    const r = cli('who-can', crossAccount, '--action', 'ec2:Describe*', '--resource', '*', '--json');
    const out = JSON.parse(r.stdout) as { principals: { actions?: string[] }[] };
    expect(out.principals[0]!.actions!.length).toBeGreaterThan(10);
    expect(cli('who-can', crossAccount, '--action', 'ec2:Nope*', '--resource', '*').code).toBe(2);
    expect(cli('who-can', crossAccount, '--resource', '*').code).toBe(2);
  });
});

describe('cli escalation', () => {
  const passRole = join(root, 'src', 'examples', 'library', '13-escalation-passrole.json');

  it('lists each path with its steps and statements, and exits 1 when one reaches admin', () => {
    const r = cli('escalation', passRole);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/user\/deployer reaches admin\n {2}1\. passes role OpsAdmin to ec2\.amazonaws\.com/);
    expect(r.stdout).toMatch(
      /iam:PassRole on arn:aws:iam::111122223333:role\/OpsAdmin — customer managed policy DeployerAccess, statement 2 \(PassOpsRole\)/,
    );
    expect(r.stdout).not.toMatch(/user\/intern/);
  });

  it('gives the contract JSON for one principal, and exits 0 where there is no path to admin', () => {
    const r = cli('escalation', passRole, '--principal', 'user/deployer', '--json');
    const out = JSON.parse(r.stdout) as {
      paths: { principal: string; reaches: string; steps: { action: string; resource: string; statement: unknown }[] }[];
    };
    expect(out.paths).toHaveLength(1);
    expect(out.paths[0]).toMatchObject({ principal: 'arn:aws:iam::111122223333:user/deployer', reaches: 'admin' });
    expect(out.paths[0]!.steps.map((s) => s.action)).toEqual(['iam:PassRole', 'ec2:RunInstances']);
    expect(cli('escalation', passRole, '--principal', 'user/intern').code).toBe(0);
    expect(cli('escalation', passRole, '--principal', 'user/nobody').code).toBe(2);
  });
});

describe('cli diff', () => {
  const bucket = join(root, 'src', 'examples', 'library', '10-bucket-policy-cross-account.json');
  const original = JSON.parse(readFileSync(bucket, 'utf8')) as { resources: { policy: { Statement: { Principal: unknown }[] } }[] };

  it('lists gained access with + and exits 1; the reverse edit is a loss and exits 0', () => {
    const opened = structuredClone(original);
    opened.resources[0]!.policy.Statement[0]!.Principal = '*';
    const file = write('opened.json', opened);
    const r = cli('diff', bucket, file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('+ anonymous s3:GetObject arn:aws:s3:::shared-data/example\n');
    expect(r.stderr).toMatch(/1 gained, 0 lost/);
    const back = cli('diff', file, bucket, '--json');
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual({
      gained: [],
      lost: [{ principal: 'anonymous', action: 's3:GetObject', resource: 'arn:aws:s3:::shared-data/example' }],
    });
  });

  it('names the patterns too wide to ask about action by action, and only those', () => {
    const boundary = join(root, 'src', 'examples', 'library', '11-permissions-boundary.json');
    expect(cli('diff', boundary, boundary).stderr).toContain(
      'note: s3:*, cloudwatch:*, * cover too many actions to ask about one by one: only the actions the policies name stand for them',
    );
    // Switching off AlmostAdmin (Action "*") asks about every action of the services the policies name.
    const off = cli('diff', boundary, '--switch-off', '/policies/1/document');
    expect(off.stdout).toContain('- arn:aws:iam::111122223333:user/dana s3:DeleteObject *');
    expect(off.stdout).toContain('- arn:aws:iam::111122223333:user/dana cloudwatch:PutMetricData *');
    expect(off.stderr).not.toContain('note:');
  });

  it('compares worlds: the same file is no change, and a broken file is exit 2', () => {
    expect(cli('diff', bucket, bucket).code).toBe(0);
    expect(cli('diff', bucket, join(tmp, 'missing.json')).code).toBe(2);
  });
  it('--switch-off says what one statement or one policy does: the access that goes without it', () => {
    const statement = cli('diff', bucket, '--switch-off', '/resources/0/policy/Statement/0');
    expect(statement.code).toBe(0);
    expect(statement.stdout.split('\n').filter(Boolean)).toEqual([
      '- arn:aws:iam::222222222222:user/bruno s3:GetObject arn:aws:s3:::shared-data/example',
      '- arn:aws:iam::222222222222:root s3:GetObject arn:aws:s3:::shared-data/example',
    ]);
    expect(statement.stderr).toMatch(/0 gained, 2 lost with \/resources\/0\/policy\/Statement\/0 switched off/);
    const policy = cli('diff', bucket, '--switch-off', '/resources/0/policy', '--json');
    expect((JSON.parse(policy.stdout) as { lost: { principal: string }[] }).lost.map((c) => c.principal)).toContain(
      'arn:aws:iam::111111111111:user/anna',
    );
  });

  it('--switch-off of a Deny gains what it denied and exits 1; a pointer to no policy is exit 2, saying so', () => {
    const deny = join(root, 'src', 'examples', 'library', '09-explicit-deny.json');
    const denies =
      (JSON.parse(readFileSync(deny, 'utf8')) as { policies?: { document: { Statement: { Effect: string }[] } }[] }).policies ?? [];
    const at = denies.findIndex((p) => [p.document.Statement].flat().some((st) => st.Effect === 'Deny'));
    expect(at).toBeGreaterThanOrEqual(0);
    const r = cli('diff', deny, '--switch-off', `/policies/${at}/document`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\+ /m);
    const wrong = cli('diff', bucket, '--switch-off', '/users/0');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('/users/0: there is no policy document at /users/0');
    expect(cli('diff', bucket, bucket, '--switch-off', '/resources/0/policy').code).toBe(2);
  });
});

describe('cli check --baseline: queries that assert no new access', () => {
  const bucket = join(root, 'src', 'examples', 'library', '10-bucket-policy-cross-account.json');
  const asserting = (edit: (s: { resources: { policy: { Statement: { Principal: unknown }[] } }[] }) => void) => {
    const s = JSON.parse(readFileSync(bucket, 'utf8')) as {
      resources: { policy: { Statement: { Principal: unknown }[] } }[];
      queries: object[];
    };
    edit(s);
    s.queries = [
      { name: 'nobody anonymous', principal: 'anonymous', action: '*', resource: '*', noNewAccess: true },
      { name: 'anna as before', principal: 'arn:aws:iam::111111111111:user/anna', action: 's3:*', resource: '*', noNewAccess: true },
    ];
    return s;
  };
  const old = write(
    'nna-old.json',
    asserting(() => undefined),
  );
  const opened = write(
    'nna-new.json',
    asserting((s) => {
      s.resources[0]!.policy.Statement[0]!.Principal = '*';
    }),
  );

  it('fail where the principal gained access within their action and resource, and say what it gained', () => {
    const r = cli('check', opened, '--baseline', old);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ nobody anonymous: anonymous * * → implicitDeny, 1 new since the baseline');
    expect(r.stdout).toContain('+ anonymous s3:GetObject arn:aws:s3:::shared-data/example');
    expect(r.stdout).toContain('✓ anna as before: arn:aws:iam::111111111111:user/anna s3:* * → implicitDeny, no new access');
    const json = JSON.parse(cli('check', opened, '--baseline', old, '--json').stdout) as {
      results: { name: string; pass: boolean; noNewAccess: { pass: boolean; gained: unknown[] } }[];
    };
    expect(json.results.map((q) => [q.name, q.pass, q.noNewAccess.pass, q.noNewAccess.gained.length])).toEqual([
      ['nobody anonymous', false, false, 1],
      ['anna as before', true, true, 0],
    ]);
    const sarif = JSON.parse(cli('check', opened, '--baseline', old, '--format', 'sarif').stdout) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['new-access']);
    expect(sarif.runs[0]!.results[0]!.message.text).toContain('+ anonymous s3:GetObject arn:aws:s3:::shared-data/example');
    expect(cli('check', opened, '--baseline', old, '--format', 'junit').stdout).toContain(
      '<failure message="1 new since the baseline (noNewAccess): + anonymous s3:GetObject arn:aws:s3:::shared-data/example"',
    );
  });

  it('hold against the same world, are unchecked with a warning without a baseline, and a broken baseline is exit 2', () => {
    expect(cli('check', old, '--baseline', old).code).toBe(0);
    const without = cli('check', opened);
    expect(without.code).toBe(0);
    expect(without.stdout).toContain('needs a baseline to compare with: check them with --baseline OLD.json');
    expect(without.stdout).toContain('2 without expectation');
    const broken = cli('check', opened, '--baseline', join(tmp, 'missing.json'));
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('file not found');
  });
});
