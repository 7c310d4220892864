import { describe, expect, it } from 'vitest';
import { permissiveCatalog, restoreScenario, type PolicyDocument, type Scenario } from '../../model';
import passRole from '../../examples/library/13-escalation-passrole.json';
import { accessInputOf } from '../access/accessInput';
import { escalationPaths, type EscalationInput } from './escalationPaths';

// AdministratorAccess as AWS ships it: the permissive test catalog knows the ARN, not the document.
const catalog = {
  get: (arn: string) =>
    arn === 'arn:aws:iam::aws:policy/AdministratorAccess'
      ? { name: 'AdministratorAccess', arn, path: '/', document: everything }
      : permissiveCatalog.get(arn),
};
const everything: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const allow = (Action: string | string[], Resource: string, Condition?: Record<string, Record<string, string>>): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) }],
});

function inputOf(s: unknown): EscalationInput {
  const restored = restoreScenario(s, catalog);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return { ...accessInputOf(restored.scenario, restored.world), catalog };
}

const ACCOUNT = '111122223333';
const user = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const scenario = (partial: Partial<Scenario>): Scenario => ({
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: ACCOUNT,
  ...partial,
});

describe('privilege escalation', () => {
  const { paths } = escalationPaths(inputOf(passRole));
  const of = (name: string) => paths.filter((p) => p.principal === user(name));

  it('passing an admin role to EC2 and launching an instance is a path to admin, step by step with the statements', () => {
    const [path] = of('deployer');
    expect(path).toMatchObject({ reaches: 'admin' });
    expect(path!.steps.map((s) => s.action)).toEqual(['iam:PassRole', 'ec2:RunInstances']);
    expect(path!.steps[0]!.statement).toMatchObject({ sid: 'PassOpsRole', path: '/policies/0/document/Statement/1' });
    expect(path!.moves[0]).toMatch(/passes role OpsAdmin to ec2\.amazonaws\.com/);
  });

  it('a PassRole limited by iam:PassedToService to a service the role does not trust is no path', () => {
    expect(of('intern')).toEqual([]);
  });

  it('rewriting its own managed policy with a new default version is a path to admin', () => {
    expect(of('developer')).toMatchObject([{ reaches: 'admin', steps: [{ action: 'iam:CreatePolicyVersion' }] }]);
  });

  it('an administrator is not reported as escalating', () => {
    expect(paths.some((p) => p.principal.endsWith('role/OpsAdmin'))).toBe(false);
  });

  it('takes over another user through its credentials, and chains on from there', () => {
    const s = scenario({
      users: [
        { name: 'helpdesk', inlinePolicies: [{ name: 'h', document: allow('iam:CreateLoginProfile', user('ops')) }] },
        { name: 'ops', inlinePolicies: [{ name: 'o', document: allow('sts:AssumeRole', `arn:aws:iam::${ACCOUNT}:role/Admin`) }] },
      ],
      roles: [
        {
          name: 'Admin',
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: user('ops') }, Action: 'sts:AssumeRole' }],
          },
          inlinePolicies: [{ name: 'all', document: everything }],
        },
      ],
    });
    const found = escalationPaths(inputOf(s), user('helpdesk')).paths;
    const admin = found.find((p) => p.reaches === 'admin');
    expect(admin?.steps.map((x) => x.action)).toEqual(['iam:CreateLoginProfile', 'sts:AssumeRole']);
    expect(found.find((p) => p.reaches === user('ops'))).toBeDefined();
  });

  it('a permissions boundary stops a self-written policy, until the boundary can be deleted', () => {
    const boundary = allow(['iam:PutUserPolicy', 's3:*'], '*');
    const base = scenario({
      policies: [{ name: 'Fence', document: boundary }],
      users: [
        {
          name: 'fenced',
          permissionsBoundary: 'Fence',
          inlinePolicies: [{ name: 'self', document: allow('iam:PutUserPolicy', user('fenced')) }],
        },
      ],
    });
    expect(escalationPaths(inputOf(base)).paths).toEqual([]);
    const leaky = JSON.parse(JSON.stringify(base)) as Scenario;
    leaky.users![0]!.inlinePolicies![0]!.document = allow(['iam:PutUserPolicy', 'iam:DeleteUserPermissionsBoundary'], user('fenced'));
    leaky.policies![0]!.document = allow(['iam:PutUserPolicy', 'iam:DeleteUserPermissionsBoundary', 's3:*'], '*');
    const paths = escalationPaths(inputOf(leaky)).paths;
    expect(paths).toMatchObject([
      { reaches: 'admin', steps: [{ action: 'iam:DeleteUserPermissionsBoundary' }, { action: 'iam:PutUserPolicy' }] },
    ]);
  });

  it('rewriting a role trust policy it may then assume is a path; joining a group with admin is one too', () => {
    const s = scenario({
      groups: [{ name: 'Admins', inlinePolicies: [{ name: 'all', document: everything }] }],
      users: [
        {
          name: 'mallory',
          inlinePolicies: [
            { name: 'm', document: allow(['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'], `arn:aws:iam::${ACCOUNT}:role/Vault`) },
          ],
        },
        { name: 'joiner', inlinePolicies: [{ name: 'j', document: allow('iam:AddUserToGroup', `arn:aws:iam::${ACCOUNT}:group/Admins`) }] },
      ],
      roles: [{ name: 'Vault', inlinePolicies: [{ name: 'v', document: allow('s3:*', '*') }] }],
    });
    const paths = escalationPaths(inputOf(s)).paths;
    expect(paths.find((p) => p.principal === user('mallory'))).toMatchObject({
      reaches: `arn:aws:iam::${ACCOUNT}:role/Vault`,
      steps: [{ action: 'iam:UpdateAssumeRolePolicy' }, { action: 'sts:AssumeRole' }],
    });
    expect(paths.find((p) => p.principal === user('joiner'))).toMatchObject({
      reaches: 'admin',
      steps: [{ action: 'iam:AddUserToGroup' }],
    });
  });
});
