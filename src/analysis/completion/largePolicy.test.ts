import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog, ServiceDocs } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { loadServiceDocs } from '../../data/serviceDocs';
import { completePolicy, hoverPolicy } from './index';
import { cursor, policyWith } from './testing';

let catalog: ServiceCatalog;
const loaded = new Map<string, ServiceDocs>();
const docs = (prefix: string) => loaded.get(prefix);

beforeAll(async () => {
  catalog = await loadServiceCatalog();
  for (const prefix of ['s3', 'ec2', 'kms']) loaded.set(prefix, await loadServiceDocs(prefix));
});

/**
 * Completion in a large document: the heaviest lists (every EC2 action with its docs, every
 * condition key, every service) come back whole and well-formed. How fast they come back is
 * measured by `npm run bench` (bench/analysis.bench.ts), never asserted here.
 */
describe('completion in a 5 KB policy', () => {
  it('is about 5 KB', () => {
    expect(cursor(policyWith('|')).text.length).toBeGreaterThan(4500);
  });

  it.each([
    ['EC2 actions', '"Action": "ec2:|",', 'ec2:RunInstances'],
    ['condition keys', '"Condition": {"StringLike": {"|"}},', 'aws:SourceIp'],
    ['service prefixes', '"NotAction": "e|",', 'ec2'],
    ['condition operators', '"Condition": {"|"},', 'StringEquals'],
    ['resource ARNs', '"NotResource": "|",', '*'],
  ])('completes %s', (_name, insert, expected) => {
    const { text, offset } = cursor(policyWith(insert));
    const items = completePolicy(text, offset, 'identity', catalog, docs);
    expect(items.map((i) => i.label)).toContain(expected);
    for (const item of items) expect(item.range.start).toBeLessThanOrEqual(offset);
  });

  it('hovers over a wildcard action with what it expands to', () => {
    const { text, offset } = cursor(policyWith('"NotAction": "ec2:Desc|ribe*",'));
    expect(hoverPolicy(text, offset, 'identity', catalog, docs)?.markdown).toMatch(/ec2:Describe/);
  });
});
