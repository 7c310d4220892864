/**
 * Test helpers (imported by the *.test.ts files only): the real service catalog, loaded once per
 * test file, and small builders for policies.
 */
import { beforeAll, expect } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled catalog; src/analysis itself never does
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { documentFindings } from './index';
import type { DocumentOptions, Finding, FindingSeverity, PolicyKind } from './types';

export const BASE = '/policies/0/document';
/** The pointer of statement `i` in a document built by `policy`. */
export const st = (i = 0) => `${BASE}/Statement/${i}`;

/** A 2012-10-17 policy of the given statements. */
export function policy(...statements: object[]): { Version: string; Statement: object[] } {
  return { Version: '2012-10-17', Statement: statements };
}

/** Loads the catalog before the file's tests; returns accessors for it. */
export function useCatalog() {
  let catalog: ServiceCatalog | undefined;
  beforeAll(async () => {
    catalog = await loadServiceCatalog();
  });
  return {
    catalog: () => catalog!,
    findings: (document: unknown, kind: PolicyKind = 'identity', basePath = BASE, options: DocumentOptions = {}): Finding[] =>
      documentFindings(document, kind, basePath, catalog!, options),
  };
}

/** A policy that must trigger `code` at `path` with `severity`. */
export interface Triggers {
  name: string;
  code: string;
  severity: FindingSeverity;
  path: string;
  doc: unknown;
  kind?: PolicyKind;
  basePath?: string;
  options?: DocumentOptions;
  /** A part of the message to expect. */
  message?: string;
}

/** A close variant that must not trigger `code`. */
export interface Passes {
  name: string;
  code: string;
  doc: unknown;
  kind?: PolicyKind;
  basePath?: string;
  options?: DocumentOptions;
}

export function expectFinding(findings: Finding[], c: Triggers): void {
  const match = findings.find((f) => f.code === c.code && f.path === c.path);
  expect(match, `${c.code} at ${c.path}; got ${JSON.stringify(findings.map((f) => [f.code, f.path]))}`).toBeDefined();
  expect(match!.severity).toBe(c.severity);
  if (c.message) expect(match!.message).toContain(c.message);
}

export function expectNoFinding(findings: Finding[], code: string): void {
  expect(
    findings.filter((f) => f.code === code),
    code,
  ).toEqual([]);
}

/** A policy of `n` statements, each about 100 characters without white space (for size quotas). */
export const sized = (n: number) =>
  policy(
    ...Array.from({ length: n }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::bucket-${i}/*`,
    })),
  );
