import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../model';
import type { Scenario } from '../../model';
import { SCENARIO_TAB } from '../../store/uiStore';
import { issuesInDocument } from './documentIssues';
import {
  attachedAwsManagedPolicies,
  awsManagedTab,
  documentOfTab,
  documentPresence,
  documentTitle,
  listPolicyDocuments,
  pathInDocument,
} from '../../store/editorTabs';

const policy: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  policies: [{ name: 'S3Read', document: structuredClone(policy) }],
  users: [
    {
      name: 'ana',
      managedPolicies: ['S3Read', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
      inlinePolicies: [{ name: 'own', document: structuredClone(policy) }],
    },
  ],
  roles: [{ name: 'App', trustPolicy: structuredClone(policy), permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess' }],
  resources: [{ arn: 'arn:aws:s3:::reports', policy: structuredClone(policy) }, { arn: 'arn:aws:s3:::plain' }],
  organization: {
    managementAccount: '1',
    units: [],
    policies: [{ name: 'Guardrail', type: 'scp', targets: [], document: structuredClone(policy) }],
  },
  queries: [{ name: 'q', principal: 'user/ana', action: 's3:GetObject', resource: '*', sessionPolicy: structuredClone(policy) }],
};

describe('documentTabs', () => {
  it('lists every policy document with the name people know it by', () => {
    expect(listPolicyDocuments(scenario).map((d) => [d.pointer, d.title])).toEqual([
      ['/policies/0/document', 'S3Read'],
      ['/users/0/inlinePolicies/0/document', 'ana · own'],
      ['/roles/0/trustPolicy', 'App trust policy'],
      ['/resources/0/policy', 'reports policy'],
      ['/organization/policies/0/document', 'Guardrail'],
      ['/queries/0/sessionPolicy', 'q session policy'],
    ]);
  });

  it('reads a scenario of the wrong shape without throwing', () => {
    const odd = { format: 'iam-playground/scenario', version: 1, policies: 'nope', users: [null, 3] } as unknown as Scenario;
    expect(listPolicyDocuments(odd)).toEqual([]);
  });

  it('names tabs and history entries after their document', () => {
    expect(documentTitle(scenario, { id: '/policies/0/document', title: 'stale' })).toBe('S3Read');
    expect(documentTitle(scenario, { id: '/policies/9/document', title: 'stale' })).toBe('stale');
    expect(documentTitle(scenario, SCENARIO_TAB)).toBe('scenario JSON');
    expect(documentTitle(scenario, awsManagedTab('arn:aws:iam::aws:policy/ReadOnlyAccess'))).toBe('ReadOnlyAccess');
  });

  it('tells a missing document from a deleted owner', () => {
    expect(documentPresence(scenario, '/policies/0/document')).toBe('present');
    expect(documentPresence(scenario, '/resources/1/policy')).toBe('absent');
    expect(documentPresence(scenario, '/resources/7/policy')).toBe('orphaned');
  });

  it('finds attached AWS managed policies, boundaries included', () => {
    expect(attachedAwsManagedPolicies(scenario)).toEqual([
      'arn:aws:iam::aws:policy/PowerUserAccess',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    ]);
    expect(documentOfTab(awsManagedTab('arn:aws:iam::aws:policy/ReadOnlyAccess'))).toEqual({
      kind: 'awsManaged',
      arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
  });

  it('re-bases scenario paths onto the tab that holds them', () => {
    const tab = { id: '/policies/0/document', title: 'S3Read' };
    expect(pathInDocument(tab, '/policies/0/document/Statement/0')).toBe('/Statement/0');
    expect(pathInDocument(tab, '/policies/0/document')).toBe('');
    expect(pathInDocument(tab, '/policies/0/documentation')).toBeNull();
    expect(pathInDocument(SCENARIO_TAB, '/users/0')).toBe('/users/0');
    const issues = [
      { path: '/policies/0/document/Statement/0/Effect', message: 'e', severity: 'error' as const },
      { path: '/policies/1/document', message: 'other', severity: 'error' as const },
    ];
    expect(issuesInDocument(issues, tab)).toEqual([{ path: '/Statement/0/Effect', message: 'e', severity: 'error' }]);
    expect(issuesInDocument(issues, SCENARIO_TAB)).toEqual(issues);
  });
});
