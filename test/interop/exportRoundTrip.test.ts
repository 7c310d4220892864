import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  exportAccount,
  importAws,
  policyAsCloudFormation,
  policyAsJson,
  policyAsTerraformDataSource,
  type ExportTarget,
} from '../../src/interop';
import { restoreScenario, statementsOf, type PolicyDocument, type Scenario, type ScenarioInput } from '../../src/model';
import { awsCliStub } from './awsCliStub';
import {
  deployedByCliCalls,
  deployedByCloudFormation,
  deployedByTerraform,
  expectedDeployment,
  parseTerraform,
  type Deployed,
} from './deployedEntities';
import { ACCOUNT_A, ACCOUNT_B, BUNDLE, sample, SMALL_CATALOG } from './samples';

const A = '111122223333';
const B = '444455556666';

function restored(input: ScenarioInput): Scenario {
  const r = restoreScenario(input, SMALL_CATALOG);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.scenario;
}

/** Text that every writer must carry through unchanged: quotes, template sequences, newlines, non-ASCII. */
const AWKWARD = `it's "quoted" \\ with \${aws:username} and %{x}, a tab\tand a\nnew line — é ✓`;

const awkwardDocument: PolicyDocument = {
  Version: '2012-10-17',
  Id: 'awkward',
  Statement: [
    {
      Sid: 'OwnPrefix',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::bucket/home/${aws:username}/*',
      Condition: {
        StringLike: { 's3:prefix': ['home/${aws:username}/', "it's"] },
        Bool: { 'aws:SecureTransport': true },
        NumericLessThan: { 's3:max-keys': 10 },
      },
    },
    { Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:iam::*:role/*'] },
  ],
};

/** A scenario with what trips writers up: odd names, paths, tags, both accounts, a suffixed service-linked role. */
const tricky = restored({
  format: 'iam-playground/scenario',
  version: 1,
  title: 'tricky "one"',
  accounts: [{ id: A }, { id: B }],
  policies: [
    { name: 'Awk.ward+Policy', account: A, path: '/team/a/', description: AWKWARD, document: awkwardDocument },
    { name: 'Boundary', account: A, document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } },
    { name: 'Other', account: B, document: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
  ],
  groups: [
    { name: 'dev.team', account: A, path: '/eng/', managedPolicies: ['Awk.ward+Policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] },
    { name: 'Dev-Team', account: A, inlinePolicies: [{ name: 'inline one', document: awkwardDocument }] },
  ],
  users: [
    {
      name: 'o.brien@example.com',
      account: A,
      groups: ['dev.team', 'Dev-Team'],
      permissionsBoundary: 'Boundary',
      tags: { 'key with space': "it's", 'aws-ish:key/1': '${not.a.template}', empty: '' },
      inlinePolicies: [{ name: 'own', document: awkwardDocument }],
      managedPolicies: ['arn:aws:iam::111122223333:policy/team/a/Awk.ward+Policy'],
    },
    { name: 'plain', account: B },
  ],
  roles: [
    {
      name: 'app=role,1',
      account: A,
      path: '/service/',
      description: AWKWARD,
      maxSessionDuration: 7200,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } },
        ],
      },
      permissionsBoundary: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      managedPolicies: ['Boundary'],
      inlinePolicies: [
        { name: 'x', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }] } },
      ],
      tags: { app: 'x' },
    },
    {
      name: 'AWSServiceRoleForAutoScaling_blue',
      account: A,
      path: '/aws-service-role/autoscaling.amazonaws.com/',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'autoscaling.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
    },
  ],
});

/** The three samples imported: a world as it comes from AWS. */
const fromAws = (() => {
  const r = importAws([sample(ACCOUNT_A), sample(ACCOUNT_B), sample(BUNDLE)], SMALL_CATALOG);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return restored(r.scenario);
})();

function exported(scenario: Scenario, to: ExportTarget, account: string): string {
  const r = exportAccount(scenario, to, account);
  if (!r.ok) throw new Error(r.message);
  expect(r.account).toBe(account);
  return r.text;
}

const SERVICE_ROLES = {
  'autoscaling.amazonaws.com': 'AWSServiceRoleForAutoScaling_blue',
  'support.amazonaws.com': 'AWSServiceRoleForSupport',
};

function deployedByScript(text: string, account: string): { deployed: Deployed; second: string[][] } {
  const stub = awsCliStub(account, SERVICE_ROLES);
  const first = stub.run(text);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  assertDependencyOrder(first.calls);
  // Run again against what the first run created: nothing is created twice, and it still succeeds.
  const again = stub.run(text);
  expect(again.code).toBe(0);
  return { deployed: deployedByCliCalls(first.calls), second: again.calls };
}

/** Everything a call refers to was created by an earlier call. */
function assertDependencyOrder(calls: readonly string[][]): void {
  const created = new Set<string>();
  const arg = (call: readonly string[], name: string) => call[call.indexOf(name) + 1];
  for (const call of calls) {
    const op = call[1] ?? '';
    if (op === 'create-policy') created.add(`policy:${arg(call, '--policy-name')}`);
    if (op === 'create-group') created.add(`group:${arg(call, '--group-name')}`);
    if (op === 'create-user') created.add(`user:${arg(call, '--user-name')}`);
    if (op === 'create-role') created.add(`role:${arg(call, '--role-name')}`);
    if (!op.startsWith('create-') && !op.startsWith('get-') && call[0] === 'iam') {
      for (const [flag, kind] of [
        ['--user-name', 'user'],
        ['--group-name', 'group'],
        ['--role-name', 'role'],
      ] as const) {
        if (call.includes(flag)) expect(created, `${op} before its ${kind} exists`).toContain(`${kind}:${arg(call, flag)}`);
      }
      for (const flag of ['--policy-arn', '--permissions-boundary']) {
        const arn = call.includes(flag) ? arg(call, flag)! : '';
        if (arn && !arn.includes(':aws:policy/'))
          expect(created, `${op} before its policy exists`).toContain(`policy:${arn.split('/').pop()}`);
      }
    }
  }
}

describe.each([
  ['the tricky scenario', () => tricky, A],
  ['the imported samples, account A', () => fromAws, A],
  ['the imported samples, account B', () => fromAws, B],
])('export round trip: %s', (_label, scenarioOf, account) => {
  const scenario = scenarioOf();
  const expected = expectedDeployment(scenario, account);

  it('CloudFormation (YAML) parses back to the same entities and documents', () => {
    expect(deployedByCloudFormation(exported(scenario, 'cloudformation', account), account)).toEqual(expected);
  });

  it('Terraform (HCL) parses back to the same entities and documents', () => {
    expect(deployedByTerraform(exported(scenario, 'terraform', account), account)).toEqual(expected);
  });

  it('the AWS CLI script makes the calls that create the same entities, in dependency order, and can run again', () => {
    const { deployed, second } = deployedByScript(exported(scenario, 'cli', account), account);
    expect(deployed).toEqual(expected);
    expect(second.filter((c) => c[1]?.startsWith('create-'))).toEqual([]);
  });
});

describe('export: one account at a time', () => {
  it('needs the account when several have entities, and says which', () => {
    expect(exportAccount(tricky, 'terraform')).toEqual({
      ok: false,
      message: expect.stringContaining(`2 accounts (${A}, ${B}): choose one`),
    });
    expect(exportAccount(tricky, 'cli', '999999999999')).toEqual({
      ok: false,
      message: expect.stringContaining('has no users, groups, roles'),
    });
    expect(exportAccount(tricky, 'cli', '12')).toEqual({ ok: false, message: expect.stringContaining('not an account id') });
  });

  it('takes the only account with entities when none is given, and notes what it leaves out', () => {
    const r = exportAccount(
      restored({ format: 'iam-playground/scenario', version: 1, users: [{ name: 'u', console: { password: true } }] }),
      'cli',
    );
    expect(r).toMatchObject({ ok: true, account: '123456789012' });
    if (!r.ok) return;
    expect(r.notes).toEqual([expect.stringContaining('access keys are not exported')]);
    expect(r.text).toContain('# Note: console passwords');
  });

  it('notes other accounts, resource policies and the organization', () => {
    const r = exportAccount(fromAws, 'cloudformation', A);
    if (!r.ok) throw new Error(r.message);
    expect(r.notes.join('\n')).toMatch(/other accounts[\s\S]*resource-based policies \(4[\s\S]*SCPs and RCPs/);
  });

  it('refuses in the script to run with another account’s credentials', () => {
    const stub = awsCliStub(B, SERVICE_ROLES);
    const run = stub.run(exported(tricky, 'cli', A));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`not for account ${A}`);
    expect(run.calls).toEqual([['sts', 'get-caller-identity', '--query', 'Account', '--output', 'text']]);
  });

  it('pins the Terraform provider to the account', () => {
    const config = parseTerraform(exported(tricky, 'terraform', A));
    expect(config['provider']).toEqual({ aws: [{ allowed_account_ids: [A] }] });
  });
});

/** A document as Terraform's data source renders it: lists everywhere, condition values as strings. */
function asTerraformRenders(document: PolicyDocument) {
  const listOf = (v: string | string[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
  return statementsOf(document).map((s) => ({
    sid: s.Sid,
    effect: s.Effect,
    actions: listOf(s.Action),
    not_actions: listOf(s.NotAction),
    resources: listOf(s.Resource),
    not_resources: listOf(s.NotResource),
    principals:
      s.Principal === undefined
        ? undefined
        : s.Principal === '*'
          ? [{ type: '*', identifiers: ['*'] }]
          : Object.entries(s.Principal).map(([type, ids]) => ({ type, identifiers: listOf(ids) })),
    condition: Object.entries(s.Condition ?? {}).flatMap(([test, keys]) =>
      Object.entries(keys).map(([variable, values]) => ({
        test,
        variable,
        values: (Array.isArray(values) ? values : [values]).map(String),
      })),
    ),
  }));
}

describe('single policy export', () => {
  const trust = tricky.roles![0]!.trustPolicy!;

  it('as JSON, unchanged', () => {
    expect(JSON.parse(policyAsJson(awkwardDocument))).toEqual(awkwardDocument);
  });

  it('as a Terraform aws_iam_policy_document data source, statement for statement', () => {
    for (const document of [awkwardDocument, trust]) {
      const parsed = parseTerraform(policyAsTerraformDataSource(document, 'my policy'));
      const data = (parsed['data'] as Record<string, Record<string, Record<string, unknown>[]>>)['aws_iam_policy_document']![
        'my_policy'
      ]![0]!;
      const statements = (data['statement'] as Record<string, unknown>[]).map((s) => ({
        ...s,
        condition: (s['condition'] as unknown[] | undefined) ?? [],
      }));
      const expectedStatements = asTerraformRenders(document).map((s) =>
        Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)),
      );
      expect(statements).toEqual(expectedStatements);
      expect(data['version']).toBe('2012-10-17');
    }
  });

  it('as a CloudFormation AWS::IAM::ManagedPolicy snippet', () => {
    expect(parseYaml(policyAsCloudFormation(awkwardDocument, 'Awk.ward'))).toEqual({
      ManagedPolicyAwkward: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: { ManagedPolicyName: 'Awk.ward', PolicyDocument: awkwardDocument },
      },
    });
  });
});
