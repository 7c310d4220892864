import { describe, expect, it } from 'vitest';
import { getAtPointer } from './jsonPointer';
import { switchedOff, switchOffAt } from './switchOff';

const scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  users: [
    {
      name: 'alice',
      inlinePolicies: [
        {
          name: 'two',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
              { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
            ],
          },
        },
      ],
    },
  ],
  policies: [{ name: 'single', document: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'sqs:*', Resource: '*' } } }],
};
const inline = '/users/0/inlinePolicies/0/document';

describe('switching a policy or a statement off', () => {
  it('takes out every statement of a policy, and leaves the input and the rest of the scenario as they were', () => {
    const before = JSON.stringify(scenario);
    const r = switchedOff(scenario, { document: inline });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(getAtPointer(r.scenario, inline)).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(JSON.stringify(scenario)).toBe(before);
    // Only the path to the document is copied: the rest is shared.
    expect((r.scenario as typeof scenario).policies).toBe(scenario.policies);
  });

  it('takes out one statement by its index, of a list or of a single statement object', () => {
    const one = switchedOff(scenario, { document: inline, statement: 1 });
    expect(one.ok && getAtPointer(one.scenario, `${inline}/Statement`)).toEqual([
      scenario.users[0]!.inlinePolicies[0]!.document.Statement[0],
    ]);
    const single = switchedOff(scenario, { document: '/policies/0/document', statement: 0 });
    expect(single.ok && getAtPointer(single.scenario, '/policies/0/document/Statement')).toEqual([]);
  });

  it('says what is wrong with a pointer that names no policy document, or a statement it does not have', () => {
    expect(switchedOff(scenario, { document: '/users/0' })).toEqual({ ok: false, message: 'there is no policy document at /users/0' });
    expect(switchedOff(scenario, { document: inline, statement: 2 })).toEqual({
      ok: false,
      message: `the policy at ${inline} has no statement 2`,
    });
    expect(switchedOff(scenario, { document: inline, statement: -1 }).ok).toBe(false);
    expect(switchedOff({ users: {} }, { document: inline }).ok).toBe(false);
  });
});

describe('a pointer as what to switch off', () => {
  it('names a policy document, or one statement of it', () => {
    expect(switchOffAt(inline)).toEqual({ document: inline });
    expect(switchOffAt(`${inline}/Statement/1`)).toEqual({ document: inline, statement: 1 });
    expect(switchOffAt(`${inline}/Statement/01`)).toEqual({ document: `${inline}/Statement/01` });
  });
});
