import { describe, expect, it } from 'vitest';
import type { ReportEntry } from '../../interop';
import type { ImportOutcome } from '../../store/importStore';
import {
  accountLine,
  errorPlace,
  identityProvidersLine,
  organizationLine,
  formatBytes,
  outcomeText,
  progressPercent,
  progressText,
  reportSections,
} from './reportView';

const report = { accounts: [], organization: null, resources: 0, identityProviders: { oidc: 0, saml: 0 }, entries: [] };

describe('what the import says', () => {
  it('counts bytes the way a person reads them', () => {
    expect([0, 999, 1000, 4_250, 8_300_000].map(formatBytes)).toEqual(['0 B', '999 B', '1.0 KB', '4.3 KB', '8.3 MB']);
  });

  it('shows reading as a share of every file, and the import itself as work without a measure', () => {
    const reading = { phase: 'reading', files: 2, loaded: 2_100_000, total: 8_400_000 } as const;
    expect(progressText(reading)).toBe('Reading 2 files… 2.1 MB of 8.4 MB');
    expect(progressPercent(reading)).toBe(25);
    expect(progressPercent({ phase: 'reading', files: 1, loaded: 0, total: 0 })).toBe(100);
    const importing = { phase: 'importing', files: 1, total: 10 } as const;
    expect(progressText(importing)).toBe('Importing 1 file…');
    expect(progressPercent(importing)).toBeNull();
  });

  it('sums up an account, service-linked roles apart', () => {
    const a = { id: '1', files: ['a'], users: 1, groups: 0, roles: 3, serviceLinkedRoles: 1, managedPolicies: 2, inlinePolicies: 1 };
    expect(accountLine(a)).toBe('1 user · 0 groups · 3 roles (1 service-linked) · 2 customer managed policies · 1 inline policy');
  });

  it('sums up the organization, one of a kind in the singular', () => {
    expect(organizationLine({ units: 3, accounts: 1, scps: 2, rcps: 1 })).toBe('3 units (root and OUs) · 1 account · 2 SCPs · 1 RCP');
    expect(identityProvidersLine({ oidc: 2, saml: 1 })).toBe('2 OpenID Connect · 1 SAML');
  });

  it('orders the entries skipped, notes, not modelled, leaving out empty kinds', () => {
    const entry = (kind: ReportEntry['kind'], message: string): ReportEntry => ({ kind, file: 'f', path: '', message });
    const sections = reportSections([entry('not-modelled', 'a'), entry('skipped', 'b'), entry('not-modelled', 'c')]);
    expect(sections.map((s) => [s.kind, s.entries.map((e) => e.message)])).toEqual([
      ['skipped', ['b']],
      ['not-modelled', ['a', 'c']],
    ]);
  });

  it('places an error at its line when it was found, and writes the errors as the CLI does', () => {
    expect(errorPlace({ file: 'p.json', path: '/x', message: 'm', line: 3, column: 5 })).toBe('p.json:3:5');
    expect(errorPlace({ file: 'p.json', path: '/x', message: 'm' })).toBe('p.json');
    const failed: ImportOutcome = {
      ok: false,
      files: ['p.json'],
      report,
      errors: [{ file: 'p.json', path: '/x', message: 'bad', line: 3, column: 5 }],
    };
    expect(outcomeText(failed)).toBe('error: p.json:3:5 /x: bad\nnothing imported: 1 error');
  });
});
