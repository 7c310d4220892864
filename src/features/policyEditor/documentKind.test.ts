import { describe, expect, it } from 'vitest';
import { documentKindOf } from './documentKind';
import { SCENARIO_TAB } from '../../store/uiStore';

const tab = (id: string) => ({ id, title: id });
const scenario = {
  organization: {
    policies: [
      { name: 'A', type: 'scp' },
      { name: 'B', type: 'rcp' },
    ],
  },
};

describe('documentKindOf', () => {
  it.each([
    ['/policies/0/document', 'identity'],
    ['/users/1/inlinePolicies/0/document', 'identity'],
    ['/roles/0/trustPolicy', 'trust'],
    ['/roles/0/inlinePolicies/2/document', 'identity'],
    ['/resources/3/policy', 'resource'],
    ['/queries/0/sessionPolicy', 'session'],
    ['/organization/policies/0/document', 'scp'],
    ['/organization/policies/1/document', 'rcp'],
  ])('%s holds a %s policy', (pointer, kind) => {
    expect(documentKindOf(tab(pointer), scenario)).toBe(kind);
  });

  it('treats the scenario tab as a whole scenario and AWS managed policies as identity policies', () => {
    expect(documentKindOf(SCENARIO_TAB, scenario)).toBe('scenario');
    expect(documentKindOf({ id: 'x', title: 'x', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', readOnly: true }, scenario)).toBe(
      'identity',
    );
  });
});
