import { describe, expect, it } from 'vitest';
import type { Finding } from '../../analysis/findings/types';
import type { Scenario } from '../../model';
import { countBySeverity, groupFindings, SEVERITIES, whereInDocument } from './findingGroups';

const doc = { Version: '2012-10-17' as const, Statement: [] };
const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  policies: [{ name: 'Wide', document: doc }],
  roles: [{ name: 'App', trustPolicy: doc }],
};
const finding = (path: string, severity: Finding['severity']): Finding => ({ code: 'x', severity, path, message: 'm', learnMore: 'l' });

describe('findings panel grouping', () => {
  const findings = [
    finding('/roles/0/trustPolicy/Statement/0/Principal', 'security'),
    finding('/policies/0/document/Statement/1/Action/2', 'error'),
    finding('/policies/0/document/Statement/1/Action/3', 'suggestion'),
  ];

  it('groups by document in the order a reader meets them, and hides unshown severities', () => {
    const all = groupFindings(scenario, findings, new Set(SEVERITIES));
    expect(all.map((g) => g.pointer)).toEqual(['/policies/0/document', '/roles/0/trustPolicy']);
    expect(all[0]!.title).toMatch(/^Wide/);
    expect(all[0]!.findings).toHaveLength(2);
    const errorsOnly = groupFindings(scenario, findings, new Set(['error'] as const));
    expect(errorsOnly.map((g) => g.findings.length)).toEqual([1]);
  });

  it('counts by severity and says where in the document a finding is', () => {
    expect(countBySeverity(findings)).toEqual({ error: 1, security: 1, warning: 0, suggestion: 1 });
    expect(whereInDocument('/policies/0/document/Statement/1/Action/2', '/policies/0/document')).toBe('Statement 2 › Action');
    expect(whereInDocument('/roles/0/trustPolicy', '/roles/0/trustPolicy')).toBe('the document');
  });
});
