import { describe, expect, it } from 'vitest';
import { compileScenario, evaluateQuery } from '../../src/engine';
import { importAws, type ImportResult, type ImportSource, type ReportEntry } from '../../src/interop';
import { restoreScenario, type Scenario } from '../../src/model';
import { ACCOUNT_A, ACCOUNT_B, BUNDLE, sample, sampleJson, SMALL_CATALOG, source } from './samples';

function imported(...sources: ImportSource[]): { scenario: Scenario; entries: ReportEntry[]; result: ImportResult & { ok: true } } {
  const result = importAws(sources, SMALL_CATALOG);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file} ${e.path}: ${e.message}`).join('\n'));
  // Every import result is a scenario the model restores without an error.
  const restored = restoreScenario(result.scenario, SMALL_CATALOG);
  expect(restored.ok ? [] : restored.errors).toEqual([]);
  if (!restored.ok) throw new Error('not restored');
  return { scenario: restored.scenario, entries: result.report.entries, result };
}

function failure(...sources: ImportSource[]) {
  const result = importAws(sources, SMALL_CATALOG);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('imported');
  // Nothing half-imported: a failed import carries no scenario at all.
  expect('scenario' in result).toBe(false);
  return result.errors;
}

const withEntry = (entries: ReportEntry[], kind: ReportEntry['kind'], text: string) =>
  entries.filter((e) => e.kind === kind && e.message.includes(text));

const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole', Sid: 'with space' }],
};

describe('get-account-authorization-details (AWS CLI output, documents as JSON)', () => {
  const { scenario, entries, result } = imported(sample(ACCOUNT_A));

  it('reads users with path, groups, attachments, inline policies, boundary and tags', () => {
    expect(scenario.defaultAccount).toBe('111122223333');
    expect(scenario.accounts).toEqual([{ id: '111122223333' }]);
    const alice = scenario.users!.find((u) => u.name === 'alice')!;
    expect(alice).toMatchObject({
      account: '111122223333',
      groups: ['Developers'],
      managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      permissionsBoundary: 'DevBoundary',
      tags: { team: 'web', 'cost-center': '4711' },
    });
    expect(alice.inlinePolicies![0]!.name).toBe('ec2-start-stop');
    expect(scenario.users!.find((u) => u.name === 'bob')).toEqual({ name: 'bob', account: '111122223333', path: '/engineering/' });
  });

  it('evaluates the default version of a customer managed policy, and keeps its path', () => {
    const policy = scenario.policies!.find((p) => p.name === 'S3ReadAssets')!;
    expect(policy.document.Statement).toHaveLength(2);
    expect(JSON.stringify(policy.document)).not.toContain('"s3:*"');
    expect(scenario.policies!.find((p) => p.name === 'DevBoundary')!.path).toBe('/boundaries/');
    expect(withEntry(entries, 'not-modelled', '1 non-default version left out')).toHaveLength(1);
  });

  it('keeps roles with trust policy, boundary and tags; service-linked roles marked by their path', () => {
    const auditor = scenario.roles!.find((r) => r.name === 'CrossAccountAuditor')!;
    expect(auditor).toMatchObject({ path: '/audit/', permissionsBoundary: 'DevBoundary' });
    expect(auditor.trustPolicy).toMatchObject({ Statement: [{ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }] });
    const support = scenario.roles!.find((r) => r.name === 'AWSServiceRoleForSupport')!;
    expect(support.path).toBe('/aws-service-role/support.amazonaws.com/');
    expect(support.managedPolicies).toEqual(['arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy']);
    expect(withEntry(entries, 'note', 'service-linked')[0]).toMatchObject({ file: ACCOUNT_A, path: '/RoleDetailList/1' });
    expect(result.report.accounts[0]).toMatchObject({ users: 2, groups: 1, roles: 3, serviceLinkedRoles: 1, managedPolicies: 2 });
  });

  it('reports instance profiles as read but not modelled, and AWS fields with no place as not modelled', () => {
    expect(withEntry(entries, 'not-modelled', 'instance profile `EC2S3ReadProfile`')[0]!.path).toBe(
      '/RoleDetailList/0/InstanceProfileList',
    );
    expect(withEntry(entries, 'not-modelled', '`RoleLastUsed` (2 times)')).toHaveLength(1);
    expect(withEntry(entries, 'skipped', 'unknown field')).toEqual([]);
  });

  it('counts a note every role or policy of a real account shares, once, at its first place', () => {
    const json = sampleJson(ACCOUNT_A) as { RoleDetailList: Record<string, unknown>[]; Policies: Record<string, unknown>[] };
    const [role] = json.RoleDetailList;
    const [policy] = json.Policies;
    json.RoleDetailList.push(
      ...Array.from({ length: 40 }, (_, i) => ({ ...role!, RoleName: `r${i}`, Arn: `arn:aws:iam::111122223333:role/r${i}` })),
    );
    json.Policies.push(
      ...Array.from({ length: 30 }, (_, i) => ({ ...policy!, PolicyName: `p${i}`, Arn: `arn:aws:iam::111122223333:policy/p${i}` })),
    );
    const many = imported(source(ACCOUNT_A, json)).entries;
    const profiles = withEntry(many, 'not-modelled', 'instance profile');
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ path: '/RoleDetailList/0/InstanceProfileList' });
    expect(profiles[0]!.message).toContain(
      '41 roles are in instance profiles (the first: `EC2S3ReadRole` in instance profile `EC2S3ReadProfile`)',
    );
    const versions = withEntry(many, 'not-modelled', 'non-default version');
    expect(versions).toHaveLength(1);
    expect(versions[0]!.message).toMatch(
      /^31 policies have non-default versions, left out \(the first: `S3ReadAssets`, 1 non-default version\)/,
    );
  });

  it('matches AWS managed policies to the catalog by ARN and reports a version difference', () => {
    const note = withEntry(entries, 'note', 'AWS managed policy `ReadOnlyAccess`')[0]!;
    expect(note.message).toContain('the account shows v1, the playground ships v188');
    expect(note.path).toBe('/Policies/2/PolicyVersionList/0/Document');
    expect(scenario.policies!.map((p) => p.name)).toEqual(['S3ReadAssets', 'DevBoundary']);
  });

  it('gives the engine a world it answers from', () => {
    const restored = restoreScenario(scenario, SMALL_CATALOG);
    if (!restored.ok) throw new Error('not restored');
    const compiled = compileScenario(restored.scenario, restored.world);
    const ask = (action: string, resource: string) =>
      evaluateQuery(compiled, { principal: 'role/EC2S3ReadRole', action, resource }, { explain: false }).decision;
    expect(ask('s3:GetObject', 'arn:aws:s3:::my-app-assets-2026/logo.png')).toBe('allowed');
    expect(ask('s3:PutObject', 'arn:aws:s3:::my-app-assets-2026/logo.png')).toBe('implicitDeny');
  });
});

describe('SDK output: documents URL-encoded', () => {
  const { scenario } = imported(sample(ACCOUNT_B));

  it('decodes trust, inline and managed policy documents', () => {
    expect(scenario.roles!.find((r) => r.name === 'Auditor')!.trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/audit/CrossAccountAuditor' }, Action: 'sts:AssumeRole' },
      ],
    });
    expect(JSON.stringify(scenario.users![0]!.inlinePolicies![0]!.document)).toContain('user/${aws:username}');
    expect(scenario.policies![0]!.document.Statement).toMatchObject([{ Sid: 'DeployFunctions' }, { Sid: 'PassOnlyTheRuntimeRole' }]);
  });

  it('decodes `+` as a space when a form encoder wrote it', () => {
    const json = sampleJson(ACCOUNT_B);
    const role = (json['RoleDetailList'] as Record<string, unknown>[])[0]!;
    role['AssumeRolePolicyDocument'] = encodeURIComponent(JSON.stringify(TRUST, null, 1)).replace(/%20/g, '+');
    const { scenario: s } = imported(source('plus.json', json));
    expect(s.roles![0]!.trustPolicy).toEqual(TRUST);
  });

  it('leaves out an attachment of an AWS managed policy the catalog does not have, and says so', () => {
    const { entries } = imported(sample(ACCOUNT_B));
    expect(scenario.roles!.find((r) => r.name === 'Auditor')!.managedPolicies).toBeUndefined();
    expect(
      withEntry(entries, 'skipped', '`arn:aws:iam::aws:policy/SecurityAudit` is not an AWS managed policy the playground knows')[0]!.path,
    ).toBe('/RoleDetailList/0/AttachedManagedPolicies/0/PolicyArn');
  });
});

describe('several accounts and the organization bundle', () => {
  const { scenario, entries, result } = imported(sample(ACCOUNT_A), sample(ACCOUNT_B), sample(BUNDLE));

  it('lists every account with its unit, and entities with their account', () => {
    expect(scenario.accounts).toEqual([
      { id: '111122223333', unit: 'ou-a1b2-workload', alias: 'prod' },
      { id: '444455556666', unit: 'ou-a1b2-security', alias: 'tooling' },
      { id: '999999999999', unit: 'r-a1b2', alias: 'management' },
    ]);
    expect(new Set(scenario.roles!.map((r) => r.account))).toEqual(new Set(['111122223333', '444455556666']));
    expect(result.report.accounts.map((a) => a.id)).toEqual(['111122223333', '444455556666']);
  });

  it('reads the root and OUs as units, SCPs and RCPs with their targets and content', () => {
    const org = scenario.organization!;
    expect(org).toMatchObject({ id: 'o-exampleorg1', managementAccount: '999999999999' });
    expect(org.units).toEqual([
      { id: 'r-a1b2', name: 'Root' },
      { id: 'ou-a1b2-workload', name: 'Workloads', parent: 'r-a1b2' },
      { id: 'ou-a1b2-security', name: 'Security', parent: 'r-a1b2' },
    ]);
    const byName = new Map(org.policies.map((p) => [p.name, p]));
    expect(byName.get('FullAWSAccess')).toMatchObject({
      type: 'scp',
      targets: ['r-a1b2', 'ou-a1b2-workload', 'ou-a1b2-security', '111122223333', '444455556666'],
    });
    // AWS's own FullAWSAccess is named without a document, as the format's built-in.
    expect(byName.get('FullAWSAccess')!.document).toBeUndefined();
    expect(byName.get('DenyLeaveOrganization')).toMatchObject({
      type: 'scp',
      targets: ['r-a1b2'],
      document: { Statement: [{ Effect: 'Deny' }] },
    });
    expect(byName.get('EnforceTLS')).toMatchObject({ type: 'rcp', targets: ['ou-a1b2-workload'] });
    expect(withEntry(entries, 'skipped', 'TAG_POLICY `CostCenterTags`')[0]!.path).toBe('/organization/listPolicies/1/output/Policies/0');
  });

  it('reads resource policies from each command output, the ARN beside it', () => {
    expect(scenario.resources!.map((r) => r.arn)).toEqual([
      'arn:aws:s3:::my-app-assets-2026',
      'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      'arn:aws:sqs:eu-west-1:444455556666:orders',
      'arn:aws:lambda:eu-west-1:444455556666:function:orders-handler',
    ]);
    expect(scenario.resources![0]).toMatchObject({ account: '111122223333', policy: { Statement: [{ Sid: 'AuditorReads' }] } });
    expect(scenario.resources![2]!.policy).toMatchObject({ Id: 'orders-policy' });
    expect(withEntry(entries, 'not-modelled', '`RevisionId`')).toHaveLength(1);
  });

  it('evaluates across accounts and through the organization', () => {
    const restored = restoreScenario(scenario, SMALL_CATALOG);
    if (!restored.ok) throw new Error('not restored');
    const compiled = compileScenario(restored.scenario, restored.world);
    const decision = (principal: string, action: string, resource: string, context: Record<string, boolean> = {}) =>
      evaluateQuery(compiled, { principal, action, resource, context }, { explain: false }).decision;
    const auditor = 'arn:aws:iam::444455556666:role/Auditor';
    const object = 'arn:aws:s3:::my-app-assets-2026/x';
    // The RCP on the bucket's OU denies every request that is not over TLS.
    expect(decision(auditor, 's3:GetObject', object)).toBe('explicitDeny');
    // Over TLS the bucket policy grants the other account's role, but nothing on its own side does.
    expect(decision(auditor, 's3:GetObject', object, { 'aws:SecureTransport': true })).toBe('implicitDeny');
    // The SCP on the root denies leaving the organization to everyone in a member account.
    expect(decision('user/alice', 'organizations:LeaveOrganization', '*')).toBe('explicitDeny');
  });
});

describe('an account outside the organization', () => {
  it('is imported without a unit, and the report says so', () => {
    const bundle = sampleJson(BUNDLE);
    const org = bundle['organization'] as Record<string, Record<string, unknown>[]>;
    org['listAccountsForParent'] = org['listAccountsForParent']!.filter((e) => e['parentId'] !== 'ou-a1b2-security');
    const { scenario, entries } = imported(sample(ACCOUNT_A), sample(ACCOUNT_B), source('bundle.json', bundle));
    expect(scenario.accounts!.find((a) => a.id === '444455556666')).toEqual({ id: '444455556666' });
    expect(withEntry(entries, 'note', 'account 444455556666 is in no `listAccountsForParent`')[0]).toMatchObject({
      file: ACCOUNT_B,
      path: '',
    });
  });
});

describe('the text of a file', () => {
  it('a byte-order mark before the JSON is no fault', () => {
    const { scenario } = imported({ file: 'bom.json', text: '\uFEFF' + sample(ACCOUNT_A).text });
    expect(scenario.users).toHaveLength(2);
  });
});

describe('pages of one account', () => {
  it('reads the pages of a paginated answer together', () => {
    const json = sampleJson(ACCOUNT_A);
    const first = { UserDetailList: json['UserDetailList'], GroupDetailList: json['GroupDetailList'], IsTruncated: true, Marker: 'next' };
    const last = { RoleDetailList: json['RoleDetailList'], Policies: json['Policies'], IsTruncated: false };
    const { scenario, entries } = imported(source('page1.json', first), source('page2.json', last));
    expect(scenario.users).toHaveLength(2);
    expect(scenario.roles).toHaveLength(3);
    expect(withEntry(entries, 'note', 'more of account 111122223333, read together with page1.json')).toHaveLength(1);
  });

  it('refuses a first page without the last', () => {
    const json = sampleJson(ACCOUNT_A);
    const errors = failure(source('page1.json', { ...json, IsTruncated: true, Marker: 'next' }));
    expect(errors).toEqual([
      expect.objectContaining({ file: 'page1.json', path: '/IsTruncated', message: expect.stringContaining('give the last page too') }),
    ]);
  });
});

describe('malformed input: clear errors naming the file and the JSON path, nothing imported', () => {
  const broken = (mutate: (json: Record<string, unknown>) => void, name = ACCOUNT_A) => {
    const json = sampleJson(name);
    mutate(json);
    return source(`broken-${name}`, json);
  };
  const list = (json: Record<string, unknown>, key: string) => json[key] as Record<string, unknown>[];

  it('a file that is not JSON: line and column', () => {
    const errors = failure({ file: 'cut.json', text: '{\n  "UserDetailList": [\n    { "UserName": "alice", }\n' });
    expect(errors[0]).toMatchObject({ file: 'cut.json', line: 3 });
    expect(errors[0]!.message).toMatch(/^invalid JSON/);
  });

  it('a URL-encoded document that is not JSON once decoded', () => {
    const errors = failure(
      broken((j) => (list(j, 'RoleDetailList')[0]!['AssumeRolePolicyDocument'] = '%7B%22Version%22%3A%222012-10-17%22%2C'), ACCOUNT_B),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        file: `broken-${ACCOUNT_B}`,
        path: '/RoleDetailList/0/AssumeRolePolicyDocument',
        message: expect.stringContaining('not valid JSON after URL-decoding'),
      }),
    ]);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('a broken percent escape', () => {
    const errors = failure(
      broken((j) => (list(j, 'UserDetailList')[0]!['UserPolicyList'] = [{ PolicyName: 'p', PolicyDocument: '%7B%ZZ' }]), ACCOUNT_B),
    );
    expect(errors[0]).toMatchObject({
      path: '/UserDetailList/0/UserPolicyList/0/PolicyDocument',
      message: expect.stringContaining('not valid URL encoding'),
    });
  });

  it('a fault inside a decoded document is told inside it', () => {
    const doc = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }] }));
    const errors = failure(
      broken((j) => (list(j, 'UserDetailList')[0]!['UserPolicyList'] = [{ PolicyName: 'p', PolicyDocument: doc }]), ACCOUNT_B),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: '/UserDetailList/0/UserPolicyList/0/PolicyDocument',
        message: expect.stringMatching(/^in the decoded document at \/Statement\/0\/Effect: /),
      }),
    ]);
  });

  it('a fault inside a JSON document is told at its own path', () => {
    const errors = failure(
      broken((j) => {
        const version = (list(j, 'Policies')[0]!['PolicyVersionList'] as Record<string, unknown>[])[0]!;
        version['Document'] = {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Principal: '*' }],
        };
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: '/Policies/0/PolicyVersionList/0/Document/Statement/0',
        message: expect.stringContaining('`Principal`'),
      }),
    ]);
  });

  it('a list that is not a list', () => {
    const errors = failure(broken((j) => (j['UserDetailList'] = { alice: {} })));
    expect(errors).toEqual([
      expect.objectContaining({ path: '/UserDetailList', message: '`UserDetailList` must be a list, not an object' }),
    ]);
  });

  it('a role without its name, an inline policy without its document', () => {
    const errors = failure(
      broken((j) => {
        delete list(j, 'RoleDetailList')[2]!['RoleName'];
        delete (list(j, 'RoleDetailList')[2]!['RolePolicyList'] as Record<string, unknown>[])[0]!['PolicyDocument'];
      }),
    );
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['/RoleDetailList/2', '`RoleName` is missing'],
      ['/RoleDetailList/2/RolePolicyList/0', '`PolicyDocument` is missing'],
    ]);
  });

  it('a customer managed policy without a default version', () => {
    const errors = failure(
      broken((j) => {
        for (const v of list(j, 'Policies')[0]!['PolicyVersionList'] as Record<string, unknown>[]) v['IsDefaultVersion'] = false;
        list(j, 'Policies')[0]!['DefaultVersionId'] = 'v9';
      }),
    );
    expect(errors).toEqual([
      expect.objectContaining({ path: '/Policies/0/PolicyVersionList', message: expect.stringContaining('has no default version') }),
    ]);
  });

  it('two default versions', () => {
    const errors = failure(
      broken((j) => {
        for (const v of list(j, 'Policies')[0]!['PolicyVersionList'] as Record<string, unknown>[]) v['IsDefaultVersion'] = true;
      }),
    );
    expect(errors[0]!.message).toContain('2 versions marked `IsDefaultVersion`');
  });

  it('an attachment of a customer managed policy the file does not list (filtered output)', () => {
    const errors = failure(broken((j) => (j['Policies'] = list(j, 'Policies').slice(1))));
    expect(errors.map((e) => e.path)).toEqual([
      '/GroupDetailList/0/AttachedManagedPolicies/0/PolicyArn',
      '/RoleDetailList/0/AttachedManagedPolicies/0/PolicyArn',
    ]);
    expect(errors[0]!.message).toContain('no `--filter`');
  });

  it('a membership of a group that does not exist, told at the membership', () => {
    const errors = failure(broken((j) => (list(j, 'UserDetailList')[0]!['GroupList'] = ['Developers', 'Admins'])));
    expect(errors).toEqual([
      expect.objectContaining({ path: '/UserDetailList/0/GroupList/1', message: 'group `Admins` does not exist in account 111122223333' }),
    ]);
  });

  it('a boundary the catalog does not know (leaving it out would grant more than AWS does)', () => {
    const errors = failure(
      broken((j) => {
        list(j, 'UserDetailList')[1]!['PermissionsBoundary'] = {
          PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
          PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/NoSuchPolicy',
        };
      }),
    );
    expect(errors[0]).toMatchObject({ path: '/UserDetailList/1/PermissionsBoundary/PermissionsBoundaryArn' });
  });

  it('two accounts in one file', () => {
    const errors = failure(broken((j) => (list(j, 'UserDetailList')[1]!['Arn'] = 'arn:aws:iam::444455556666:user/engineering/bob')));
    expect(errors[0]).toMatchObject({ path: '/UserDetailList/1/Arn', message: expect.stringContaining('give one file per account') });
  });

  it('a duplicate user across the pages of one account', () => {
    const json = sampleJson(ACCOUNT_A);
    const errors = failure(source('a.json', json), source('b.json', { UserDetailList: json['UserDetailList'] }));
    expect(errors[0]).toMatchObject({ file: 'b.json', path: '/UserDetailList/0', message: expect.stringContaining('already exists') });
  });

  it('a file that is neither kind', () => {
    const errors = failure(source('other.json', { Users: [] }));
    expect(errors[0]).toMatchObject({ file: 'other.json', path: '', message: expect.stringContaining('neither the output of') });
  });

  it('a bundle of another version, without list-roots, or naming a policy it does not describe', () => {
    expect(failure(source('b.json', { format: 'iam-playground/aws-bundle', version: 2 }))[0]).toMatchObject({ path: '/version' });
    expect(failure(source('b.json', { format: 'iam-playground/aws-bundle', version: 1, organization: {} }))[0]).toMatchObject({
      path: '/organization',
      message: expect.stringContaining('`listRoots` is missing'),
    });
    const bundle = sampleJson(BUNDLE);
    const org = bundle['organization'] as Record<string, unknown>;
    org['describePolicy'] = [];
    org['listPolicies'] = [];
    const errors = failure(source('b.json', bundle));
    expect(errors.map((e) => e.path)).toEqual([
      '/organization/listTargetsForPolicy/0/policyId',
      '/organization/listTargetsForPolicy/1/policyId',
      '/organization/listTargetsForPolicy/2/policyId',
    ]);
  });

  it('an OU whose parent is not listed, told at the OU', () => {
    const bundle = sampleJson(BUNDLE);
    const ous = (bundle['organization'] as Record<string, Record<string, unknown>[]>)['listOrganizationalUnitsForParent']!;
    ous[0]!['parentId'] = 'r-zzzz';
    const errors = failure(source('b.json', bundle));
    expect(errors.slice(0, 2)).toEqual([
      expect.objectContaining({
        path: '/organization/listOrganizationalUnitsForParent/0/output/OrganizationalUnits/0',
        message: 'parent unit `r-zzzz` does not exist',
      }),
      expect.objectContaining({ path: '/organization/listOrganizationalUnitsForParent/0/output/OrganizationalUnits/1' }),
    ]);
  });

  it('a resource output without a policy, and a role ARN given as a resource', () => {
    const base = { format: 'iam-playground/aws-bundle', version: 1 };
    expect(
      failure(source('r.json', { ...base, resourcePolicies: [{ arn: 'arn:aws:s3:::b', output: { RevisionId: 'x' } }] }))[0],
    ).toMatchObject({
      path: '/resourcePolicies/0/output',
      message: expect.stringContaining('no policy in this output'),
    });
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] });
    expect(
      failure(source('r.json', { ...base, resourcePolicies: [{ arn: 'arn:aws:iam::111122223333:role/x', output: { Policy: trust } }] }))[0],
    ).toMatchObject({
      path: '/resourcePolicies/0',
      message: expect.stringContaining('trust policy lives on the role'),
    });
  });

  it('every file is read before failing: errors of several files at once', () => {
    const errors = failure(source('one.json', { UserDetailList: 1 }), source('two.json', { RoleDetailList: [{ RoleName: 'r' }] }));
    expect(errors.map((e) => [e.file, e.path])).toEqual([
      ['one.json', '/UserDetailList'],
      ['two.json', '/RoleDetailList/0'],
    ]);
  });

  it('reports unknown fields where they are, and imports the rest', () => {
    const { entries } = imported(broken((j) => (list(j, 'UserDetailList')[0]!['LoginProfile'] = { CreateDate: 'x' })));
    expect(withEntry(entries, 'skipped', 'unknown field `LoginProfile`')[0]!.path).toBe('/UserDetailList/0/LoginProfile');
  });
});

describe('identity providers from the bundle', () => {
  const GITHUB = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
  /** Account A with a role that GitHub Actions of one repository may assume, as a deploy pipeline's would be. */
  function accountWithDeployRole(): ImportSource {
    const account = sampleJson(ACCOUNT_A);
    (account['RoleDetailList'] as unknown[]).push({
      Path: '/',
      RoleName: 'GitHubDeploy',
      RoleId: 'AROA1111EXAMPLEGHDEP',
      Arn: 'arn:aws:iam::111122223333:role/GitHubDeploy',
      CreateDate: '2025-06-02T09:05:00Z',
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: GITHUB },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: {
              // No audience condition: the provider's client IDs decide the audience.
              StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:example/app:ref:refs/heads/main' },
            },
          },
        ],
      },
      InstanceProfileList: [],
      RolePolicyList: [],
      AttachedManagedPolicies: [],
      Tags: [],
    });
    return source('account-with-deploy-role.json', account);
  }
  const ask = (scenario: Scenario, context: Record<string, string>) => {
    const restored = restoreScenario(scenario, SMALL_CATALOG);
    if (!restored.ok) throw new Error('not restored');
    return evaluateQuery(compileScenario(restored.scenario, restored.world), {
      principal: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: 'arn:aws:iam::111122223333:role/GitHubDeploy',
      context,
    }).decision;
  };
  const MAIN = { 'token.actions.githubusercontent.com:sub': 'repo:example/app:ref:refs/heads/main' };

  it('reads OpenID Connect and SAML providers from the list outputs, with the audiences get-open-id-connect-provider gives', () => {
    const { scenario, result, entries } = imported(sample(ACCOUNT_A), sample(ACCOUNT_B), sample(BUNDLE));
    expect(scenario.identityProviders).toEqual([
      { type: 'oidc', url: 'https://token.actions.githubusercontent.com', account: '111122223333', clientIds: ['sts.amazonaws.com'] },
      { type: 'oidc', url: 'https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE', account: '111122223333' },
      { type: 'saml', name: 'Okta', account: '444455556666' },
    ]);
    expect(result.report.identityProviders).toEqual({ oidc: 2, saml: 1 });
    expect(withEntry(entries, 'not-modelled', '`ThumbprintList`')[0]).toMatchObject({
      file: BUNDLE,
      path: '/identityProviders/getOpenIDConnectProvider/0/output/ThumbprintList',
    });
    expect(withEntry(entries, 'not-modelled', '`ValidUntil`')).toHaveLength(1);
  });

  it('lets the role be assumed through the imported provider, and checks the token’s audience against it', () => {
    const { scenario, entries } = imported(accountWithDeployRole(), sample(BUNDLE));
    expect(withEntry(entries, 'note', 'identity provider')).toEqual([]);
    expect(ask(scenario, { ...MAIN, 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' })).toBe('allowed');
    expect(
      ask(scenario, {
        'token.actions.githubusercontent.com:sub': 'repo:fork/app:ref:refs/heads/main',
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
      }),
    ).toBe('implicitDeny');
    // The provider accepts only sts.amazonaws.com: STS rejects any other audience before the trust policy is read.
    expect(ask(scenario, { ...MAIN, 'token.actions.githubusercontent.com:aud': 'other' })).toBe('implicitDeny');
    // Listed but not described, the provider's audiences are unknown, and the trust policy alone decides.
    const listedOnly = sampleJson(BUNDLE);
    delete (listedOnly['identityProviders'] as Record<string, unknown>)['getOpenIDConnectProvider'];
    const { scenario: without } = imported(accountWithDeployRole(), source('bundle.json', listedOnly));
    expect(ask(without, { ...MAIN, 'token.actions.githubusercontent.com:aud': 'other' })).toBe('allowed');
  });

  it('without them, says once where they are to be found', () => {
    const { scenario, entries } = imported(accountWithDeployRole());
    expect(scenario.identityProviders).toBeUndefined();
    const hint = withEntry(entries, 'note', 'get-account-authorization-details` lists none');
    expect(hint).toHaveLength(1);
    expect(hint[0]!.message).toContain('aws iam list-open-id-connect-providers');
    expect(hint[0]!.file).toBe('account-with-deploy-role.json');
    expect(ask(scenario, { ...MAIN, 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' })).toBe('implicitDeny');
  });

  it('imports a provider only described, once however often it is listed', () => {
    const bundle = sampleJson(BUNDLE);
    const providers = bundle['identityProviders'] as Record<string, unknown[]>;
    providers['listOpenIDConnectProviders'] = [
      { OpenIDConnectProviderList: [{ Arn: GITHUB }] },
      { OpenIDConnectProviderList: [{ Arn: GITHUB }] },
    ];
    delete providers['listSAMLProviders'];
    const { scenario } = imported(sample(ACCOUNT_A), source('bundle.json', bundle));
    expect(scenario.identityProviders).toEqual([
      { type: 'oidc', url: 'https://token.actions.githubusercontent.com', account: '111122223333', clientIds: ['sts.amazonaws.com'] },
    ]);
    providers['listOpenIDConnectProviders'] = [];
    expect(imported(sample(ACCOUNT_A), source('bundle.json', bundle)).scenario.identityProviders).toHaveLength(1);
  });

  it('refuses an ARN of the wrong kind, and a description of another issuer, each at its place', () => {
    const bundle = sampleJson(BUNDLE);
    const providers = bundle['identityProviders'] as Record<string, Record<string, unknown>[]>;
    providers['listSAMLProviders'] = [{ SAMLProviderList: [{ Arn: GITHUB }] }];
    (providers['getOpenIDConnectProvider']![0]!['output'] as Record<string, unknown>)['Url'] = 'accounts.example.com';
    const errors = failure(sample(ACCOUNT_A), source('bundle.json', bundle));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        '/identityProviders/listSAMLProviders/0/SAMLProviderList/0/Arn',
        `\`${GITHUB}\` is not a SAML provider's ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME)`,
      ],
      [
        '/identityProviders/getOpenIDConnectProvider/0/output/Url',
        '`Url` is `accounts.example.com`, but the ARN asked about names the issuer `token.actions.githubusercontent.com`',
      ],
    ]);
    expect(errors.every((e) => e.file === 'bundle.json' && e.line !== undefined)).toBe(true);
  });
});
