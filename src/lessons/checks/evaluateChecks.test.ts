import { describe, expect, it } from 'vitest';
import { permissiveCatalog, restoreScenario } from '../../model';
import { applyEdits } from '../applyEdits';
import type { LessonCheck } from '../lessonSchema';
import { evaluateChecks, type LessonState } from './evaluateChecks';

const START = {
  format: 'iam-playground/scenario',
  version: 1,
  defaultAccount: '111122223333',
  policies: [
    {
      name: 'Read',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
    },
  ],
  groups: [{ name: 'Readers', managedPolicies: ['Read'] }],
  users: [{ name: 'ana', managedPolicies: ['Read'] }, { name: 'ben' }],
};

function restore(document: unknown): LessonState {
  const r = restoreScenario(document, permissiveCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return { scenario: r.scenario, world: r.world };
}

const checks: LessonCheck[] = [
  { kind: 'noNewAccess', label: 'nothing gained' },
  { kind: 'query', label: 'ana reads', principal: 'user/ana', action: 's3:GetObject', resource: 'arn:aws:s3:::b/x', expect: 'allowed' },
  { kind: 'structure', label: 'on the group', test: 'attachedTo', policy: 'Read', to: 'group', name: 'Readers' },
];

describe('evaluateChecks', () => {
  const start = restore(START);

  it('holds at the start for what the start already does', () => {
    expect(evaluateChecks(checks, start, start).map((c) => c.pass)).toEqual([true, true, true]);
  });

  it('sees access someone gained', () => {
    const gained = restore(applyEdits(START, [{ op: 'add', path: '/users/1/groups', value: ['Readers'] }]));
    expect(evaluateChecks(checks, gained, start)[0]!.pass).toBe(false);
  });

  it('fails a query about a principal the learner deleted, without throwing', () => {
    const gone = restore(applyEdits(START, [{ op: 'remove', path: '/users/0' }]));
    expect(evaluateChecks(checks, gone, start)[1]!.pass).toBe(false);
  });

  it('fails a structure check on a group that no longer exists', () => {
    const gone = restore(applyEdits(START, [{ op: 'replace', path: '/groups', value: [] }]));
    expect(evaluateChecks(checks, gone, start)[2]!.pass).toBe(false);
  });
});

describe('applyEdits', () => {
  it('copies, and refuses a path that is not there', () => {
    const edited = applyEdits(START, [{ op: 'add', path: '/users/-', value: { name: 'cy' } }]) as typeof START;
    expect(edited.users).toHaveLength(3);
    expect(START.users).toHaveLength(2);
    expect(() => applyEdits(START, [{ op: 'replace', path: '/nothing/here', value: 1 }])).toThrow();
  });
});
