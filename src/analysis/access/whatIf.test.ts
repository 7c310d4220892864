import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine';
import { permissiveCatalog, restoreScenario } from '../../model';
import type { DiffSide } from './accessDiff';
import { whatIfSwitchedOff } from './whatIf';

const ACCOUNT = '111111111111';
const scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  accounts: [{ id: ACCOUNT, name: 'dev' }],
  users: [
    {
      name: 'alice',
      inlinePolicies: [
        {
          name: 'reports',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 's3:DeleteObject'], Resource: 'arn:aws:s3:::reports/*' },
              { Sid: 'KeepReports', Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::reports/*' },
            ],
          },
        },
      ],
    },
  ],
  resources: [{ arn: 'arn:aws:s3:::reports/q1.csv' }],
};
const document = '/users/0/inlinePolicies/0/document';
const alice = `arn:aws:iam::${ACCOUNT}:user/alice`;
const q1 = 'arn:aws:s3:::reports/q1.csv';
/** Who may do what, without the resources (the diff also asks about an example of each pattern). */
const requests = (changes: readonly { principal: string; action: string }[]) => [
  ...new Set(changes.map((c) => `${c.principal} ${c.action}`)),
];

function now(s: unknown = scenario): DiffSide {
  const r = restoreScenario(s, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, world: r.world, compiled: compileScenario(r.scenario, r.world) };
}

describe('what if a policy or a statement were switched off', () => {
  it('an Allow switched off loses what it granted, and nothing else', () => {
    const r = whatIfSwitchedOff(now(), { document, statement: 0 }, permissiveCatalog);
    if (!r.ok) throw new Error(r.message);
    expect(r.diff.lost).toContainEqual({ principal: alice, action: 's3:GetObject', resource: q1 });
    expect(requests(r.diff.lost)).toEqual([`${alice} s3:GetObject`]);
    expect(r.diff.gained).toEqual([]);
  });

  it('a Deny switched off gains what it was denying', () => {
    const r = whatIfSwitchedOff(now(), { document, statement: 1 }, permissiveCatalog);
    if (!r.ok) throw new Error(r.message);
    expect(r.diff.gained).toContainEqual({ principal: alice, action: 's3:DeleteObject', resource: q1 });
    expect(requests(r.diff.gained)).toEqual([`${alice} s3:DeleteObject`]);
    expect(r.diff.lost).toEqual([]);
  });

  it('the whole policy switched off loses its grants (the Deny went with them)', () => {
    const r = whatIfSwitchedOff(now(), { document }, permissiveCatalog);
    if (!r.ok) throw new Error(r.message);
    expect(requests(r.diff.lost)).toEqual([`${alice} s3:GetObject`]);
    expect(r.diff.gained).toEqual([]);
  });

  it('a pointer that names no policy is an answer with a message, not an exception', () => {
    expect(whatIfSwitchedOff(now(), { document: '/users/0/name' }, permissiveCatalog)).toEqual({
      ok: false,
      message: 'there is no policy document at /users/0/name',
    });
  });
});

describe('what a wildcard statement does', () => {
  it('is asked about every catalog action its pattern covers, even ones no other policy names', () => {
    const wide = JSON.parse(JSON.stringify(scenario)) as typeof scenario;
    wide.users[0]!.inlinePolicies[0]!.document.Statement = [
      { Sid: 'All', Effect: 'Allow', Action: ['s3:*'], Resource: 'arn:aws:s3:::reports/*' },
    ];
    const r = now(wide);
    const expand = (pattern: string) => (pattern === 's3:*' ? ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] : []);
    const answer = whatIfSwitchedOff(r, { document, statement: 0 }, permissiveCatalog, expand);
    if (!answer.ok) throw new Error(answer.message);
    expect(new Set(answer.diff.lost.map((c) => c.action))).toEqual(new Set(['s3:GetObject', 's3:PutObject', 's3:DeleteObject']));
  });
});
