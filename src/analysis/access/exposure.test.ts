import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine';
import { permissiveCatalog, restoreScenario, type PolicyDocument, type Scenario } from '../../model';
import bucketPolicy from '../../examples/library/10-bucket-policy-cross-account.json';
import { exposures } from './exposure';

const compiled = (s: Scenario) => {
  const r = restoreScenario(s, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return compileScenario(r.scenario, r.world);
};
const bucket = (policy: PolicyDocument): Scenario => ({
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: '111111111111',
  resources: [{ arn: 'arn:aws:s3:::site', policy }],
});
const statement = (Principal: unknown, Condition?: object): PolicyDocument =>
  ({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', ...(Condition ? { Condition } : {}) },
    ],
  }) as PolicyDocument;

describe('exposure to the outside', () => {
  it('a bucket open to everyone is public, with the action and the statement', () => {
    const [e, ...rest] = exposures(compiled(bucket(statement('*'))));
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ resource: 'arn:aws:s3:::site', principal: 'anonymous', kind: 'public', actions: ['s3:GetObject'] });
    expect(e!.statements[0]).toMatchObject({ path: '/resources/0/policy/Statement/0' });
  });

  it('aws:PrincipalOrgID or aws:SourceVpce narrows it: nothing is exposed', () => {
    expect(exposures(compiled(bucket(statement('*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }))))).toEqual([]);
    expect(exposures(compiled(bucket(statement('*', { StringEquals: { 'aws:SourceVpce': 'vpce-1' } }))))).toEqual([]);
  });

  it('a grant to an account the scenario does not hold is external access for that account', () => {
    const found = exposures(compiled(bucketPolicy as Scenario));
    // Account 222222222222 is one of the scenario's: not outside.
    expect(found).toEqual([]);
    const outside = exposures(compiled(bucket(statement({ AWS: 'arn:aws:iam::444455556666:root' }))));
    expect(outside).toMatchObject([{ principal: 'arn:aws:iam::444455556666:root', kind: 'namedAccount' }]);
  });

  it('a service principal without aws:SourceAccount is a confused deputy; with it, it is not', () => {
    const open = exposures(compiled(bucket(statement({ Service: 'cloudtrail.amazonaws.com' }))));
    expect(open).toMatchObject([{ principal: 'cloudtrail.amazonaws.com', kind: 'service' }]);
    const narrowed = exposures(
      compiled(bucket(statement({ Service: 'cloudtrail.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '111111111111' } }))),
    );
    expect(narrowed).toEqual([]);
  });

  it('a service role trusted by EC2 is not external access: only PassRole in its own account hands it over', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      roles: [
        {
          name: 'svc',
          trustPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
        },
      ],
    };
    expect(exposures(compiled(s))).toEqual([]);
  });

  it('a role any account can assume is exposed to any account', () => {
    const s: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      roles: [
        {
          name: 'open',
          trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] },
        },
      ],
    };
    expect(exposures(compiled(s))).toMatchObject([
      { resource: 'arn:aws:iam::123456789012:role/open', kind: 'anyAccount', actions: ['sts:AssumeRole'] },
    ]);
  });
});
