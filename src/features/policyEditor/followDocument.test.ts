import { describe, expect, it } from 'vitest';
import { followDocument, planTabs } from './followDocument';

const doc = { Version: '2012-10-17', Statement: [] };
const scenario = {
  users: [
    { name: 'ana', inlinePolicies: [{ name: 'a1', document: doc }] },
    {
      name: 'bo',
      inlinePolicies: [
        { name: 'b1', document: doc },
        { name: 'b2', document: doc },
      ],
    },
    { name: 'cy', inlinePolicies: [{ name: 'c1', document: doc }] },
  ],
  resources: [
    { arn: 'arn:aws:s3:::one', policy: doc },
    { arn: 'arn:aws:s3:::two', policy: doc },
  ],
};

describe('followDocument', () => {
  it('keeps the pointer when nothing before the document moved', () => {
    const next = structuredClone(scenario);
    next.users.pop();
    expect(followDocument(scenario, next, '/users/1/inlinePolicies/0/document')).toBe('/users/1/inlinePolicies/0/document');
  });

  it('follows a user whose index shifted when an earlier user was deleted', () => {
    const next = structuredClone(scenario);
    next.users.splice(0, 1);
    expect(followDocument(scenario, next, '/users/2/inlinePolicies/0/document')).toBe('/users/1/inlinePolicies/0/document');
  });

  it('follows an inline policy whose index shifted inside its owner', () => {
    const next = structuredClone(scenario);
    next.users[1]!.inlinePolicies.splice(0, 1);
    expect(followDocument(scenario, next, '/users/1/inlinePolicies/1/document')).toBe('/users/1/inlinePolicies/0/document');
  });

  it('says the document is gone when its owner was deleted', () => {
    const next = structuredClone(scenario);
    next.users.splice(1, 1);
    expect(followDocument(scenario, next, '/users/1/inlinePolicies/0/document')).toBeNull();
  });

  it('keeps the pointer of an owner renamed in place', () => {
    const next = structuredClone(scenario);
    next.users[1]!.name = 'bob';
    expect(followDocument(scenario, next, '/users/1/inlinePolicies/1/document')).toBe('/users/1/inlinePolicies/1/document');
  });

  it('recognises resources by ARN', () => {
    const next = structuredClone(scenario);
    next.resources.reverse();
    expect(followDocument(scenario, next, '/resources/0/policy')).toBe('/resources/1/policy');
  });
});

describe('planTabs', () => {
  const tab = (id: string) => ({ id, title: id });

  it('moves a chain of tabs without two of them sharing an index, and closes the deleted owner’s tab', () => {
    const three = {
      users: [{ name: 'x', inlinePolicies: [{ name: 'p', document: doc }] }, ...structuredClone(scenario.users.slice(0, 2))],
    };
    const next = structuredClone(three);
    next.users.splice(0, 1); // x goes: ana and bo move up by one
    const plan = planTabs(three, next, [
      tab('/users/2/inlinePolicies/0/document'),
      tab('/users/1/inlinePolicies/0/document'),
      tab('/users/0/inlinePolicies/0/document'),
      { id: 'scenario', title: 'Scenario JSON' },
    ]);
    expect([...plan.moves].map(([from, t]) => [from, t.id])).toEqual([
      ['/users/2/inlinePolicies/0/document', '/users/1/inlinePolicies/0/document'],
      ['/users/1/inlinePolicies/0/document', '/users/0/inlinePolicies/0/document'],
    ]);
    expect(plan.gone).toEqual(['/users/0/inlinePolicies/0/document']);
  });

  it('leaves tabs alone when nothing before them moved', () => {
    const next = structuredClone(scenario);
    next.users[2]!.name = 'cyd';
    expect(planTabs(scenario, next, [tab('/users/1/inlinePolicies/0/document')])).toEqual({ moves: new Map(), gone: [] });
  });
});
