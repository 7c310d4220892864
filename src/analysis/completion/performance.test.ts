import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog, ServiceDocs } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog, loadServiceDocs } from '../../data/serviceCatalog';
import { completePolicy, hoverPolicy } from './index';
import { cursor } from './testing';

// The analysis code compiles without DOM or Node types, so the clock is reached through globalThis.
const clock: { now(): number } = (globalThis as { performance?: { now(): number } }).performance ?? Date;

let catalog: ServiceCatalog;
const loaded = new Map<string, ServiceDocs>();
const docs = (prefix: string) => loaded.get(prefix);

beforeAll(async () => {
  catalog = await loadServiceCatalog();
  for (const prefix of ['s3', 'ec2', 'kms']) loaded.set(prefix, await loadServiceDocs(prefix));
});

/** A policy of about 5 KB, pretty-printed as the editor shows it, with `insert` at the start of statement 5. */
function policyWith(insert: string): string {
  const statements = Array.from({ length: 10 }, (_, i) => ({
    Sid: `Statement${i}`,
    Effect: i % 3 === 0 ? 'Deny' : 'Allow',
    Action: ['s3:GetObject', 's3:PutObject', 'ec2:Describe*', 'kms:Decrypt'],
    Resource: [`arn:aws:s3:::bucket-${i}/*`],
    Condition: { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] }, IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  }));
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const at = text.indexOf('"Sid": "Statement5"');
  return text.slice(0, at) + insert + text.slice(at);
}

/** Median milliseconds of `runs` calls; the text changes on every call, as it does while typing. */
function medianMs(marked: string, runs = 40): { ms: number; count: number } {
  const { text, offset } = cursor(marked);
  let count = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const typed = `${text}${' '.repeat(i % 2)}`;
    const start = clock.now();
    count = completePolicy(typed, offset, 'identity', catalog, docs).length;
    times.push(clock.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, count };
}

describe('completion speed on a 5 KB policy', () => {
  it('is about 5 KB', () => {
    expect(cursor(policyWith('|')).text.length).toBeGreaterThan(4500);
  });

  // The heaviest lists: every EC2 action with its docs, every condition key, every service.
  it.each([
    ['EC2 actions', '"Action": "ec2:|",'],
    ['condition keys', '"Condition": {"StringLike": {"|"}},'],
    ['service prefixes', '"NotAction": "e|",'],
    ['condition operators', '"Condition": {"|"},'],
    ['resource ARNs', '"NotResource": "|",'],
  ])('completes %s in well under 10 ms a call', (_name, insert) => {
    const { ms, count } = medianMs(policyWith(insert));
    expect(count).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10);
  });

  it('hovers in well under 10 ms', () => {
    const { text, offset } = cursor(policyWith('"NotAction": "ec2:Desc|ribe*",'));
    hoverPolicy(text, offset, 'identity', catalog, docs);
    const start = clock.now();
    for (let i = 0; i < 20; i++) hoverPolicy(`${text}${' '.repeat(i % 2)}`, offset, 'identity', catalog, docs);
    expect((clock.now() - start) / 20).toBeLessThan(10);
  });
});
