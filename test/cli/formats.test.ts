import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtCli } from './builtCli';

/** The reports CI reads: JUnit XML for test views, SARIF 2.1.0 for code scanning, from `check` and `lint`. */
const dir = mkdtempSync(join(tmpdir(), 'iam-formats-'));
// Run where the files are, as a CI job runs at the root of the repository that holds them.
const cli = await builtCli(dir);
const scenario = [
  '{',
  '  "format": "iam-playground/scenario",',
  '  "version": 1,',
  '  "users": [',
  '    {',
  '      "name": "alice",',
  '      "inlinePolicies": [',
  '        { "name": "p", "document": { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": ["s3:GetObjekt", "iam:PassRole"], "Resource": "*" }] } }',
  '      ]',
  '    }',
  '  ],',
  '  "queries": [',
  '    { "name": "reads", "principal": "user/alice", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "expect": "allowed" },',
  '    { "name": "passes & <roles>", "principal": "user/alice", "action": "iam:PassRole", "resource": "*", "expect": "allowed" },',
  '    { "principal": "user/alice", "action": "s3:PutObject", "resource": "*" }',
  '  ]',
  '}',
].join('\n');
const file = join(dir, 'mixed.json');
writeFileSync(file, scenario);
const broken = 'broken.json';
writeFileSync(join(dir, broken), '{\n  "format": "iam-playground/scenario",,\n}');
const rel = relative(dir, file);

/** Every tag closed in order: enough to know a report is well-formed XML without a parser. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|apos;)/.test(xml);
}

interface Sarif {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; properties?: Record<string, unknown> }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }[];
    }[];
  }[];
}

describe('check --format', () => {
  it('junit: a suite per file, a failing test per failed expectation, skipped without one, errors for unreadable files', () => {
    const r = cli('check', rel, broken, '--format', 'junit');
    expect(r.code).toBe(2);
    expect(wellFormed(r.stdout)).toBe(true);
    expect(r.stdout).toMatch(/<testsuites name="iam-playground check" tests="4" failures="1" errors="1" skipped="1">/);
    expect(r.stdout).toContain(
      `<testcase name="reads: user/alice s3:GetObject arn:aws:s3:::b/k" classname="${rel}" file="${rel}" line="13">`,
    );
    expect(r.stdout).toContain(
      '<failure message="expected allowed, got implicitDeny: Implicitly denied: no identity-based policy allows the request."',
    );
    expect(r.stdout).toContain('name="passes &amp; &lt;roles&gt;: user/alice iam:PassRole *"');
    expect(r.stdout).toContain('<skipped message="no expectation; the decision is implicitDeny"/>');
    expect(r.stdout).toMatch(/<error message="broken\.json:2:\d+: invalid JSON/);
  });

  it('sarif: SARIF 2.1.0 with a result on the line of each failed query and each unreadable file', () => {
    const r = cli('check', rel, broken, '--format=sarif');
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as Sarif;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('iam-playground');
    const failed = run.results.find((x) => x.ruleId === 'expectation-failed')!;
    expect(failed.message.text).toMatch(/^reads: .* is implicitDeny, expected allowed\. Implicitly denied/);
    expect(failed.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'mixed.json', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13, startColumn: 5 },
    });
    const unreadable = run.results.find((x) => x.ruleId === 'invalid-scenario')!;
    expect(unreadable.locations[0]!.physicalLocation.region.startLine).toBe(2);
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex]!.id).toBe(x.ruleId);
  });

  it('keeps --json, refuses a format it does not know or one --json contradicts', () => {
    expect(JSON.parse(cli('check', rel, '--json').stdout)).toEqual(JSON.parse(cli('check', rel, '--format', 'json').stdout));
    const unknown = cli('check', rel, '--format', 'xml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--format must be text, json, junit, sarif, not `xml`/);
    expect(cli('check', rel, '--json', '--format', 'sarif').code).toBe(2);
  });
});

describe('lint --format', () => {
  it('junit: a test per policy, failing on errors and security warnings', () => {
    const r = cli('lint', rel, '--format', 'junit');
    expect(r.code).toBe(1);
    expect(wellFormed(r.stdout)).toBe(true);
    expect(r.stdout).toContain('<testcase name="inline policy p of user alice"');
    expect(r.stdout).toMatch(/<failure message="unknown-action: `GetObjekt` is not an action of Amazon S3[^"]*; pass-role-star: /);
  });

  it('sarif: every finding at its line and column, its code a rule with the AWS page, security ones rated', () => {
    const r = cli('lint', rel, '--format', 'sarif');
    expect(r.code).toBe(1);
    const run = (JSON.parse(r.stdout) as Sarif).runs[0]!;
    const unknownAction = run.results.find((x) => x.ruleId === 'unknown-action')!;
    expect(unknownAction.level).toBe('error');
    expect(unknownAction.locations[0]!.physicalLocation.region).toEqual({ startLine: 8, startColumn: 109 });
    const passRole = run.tool.driver.rules.find((x) => x.id === 'pass-role-star')!;
    expect(passRole.helpUri).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(passRole.properties).toEqual({ tags: ['security'], 'security-severity': '7.5' });
  });
});
