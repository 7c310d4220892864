import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { completePolicy, hoverPolicy } from './index';
import { accept, cursor, item, labels, ranked, rank } from './testing';

let catalog: ServiceCatalog;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

/** A scenario with a document of each kind; `@X@` marks where a test puts its cursor text. */
const SCENARIO = `{
  "format": "iam-playground/scenario",
  "version": 1,
  "title": "@title@",
  "organization": {
    "managementAccount": "999999999999",
    "units": [{ "id": "root", "name": "Root" }],
    "policies": [
      { "name": "OnlyOrg", "type": "rcp", "targets": ["root"], "document": { "Version": "2012-10-17", "Statement": [{ @rcp@ }] } },
      { "name": "NoLeave", "type": "scp", "targets": ["root"], "document": { "Version": "2012-10-17", "Statement": [{ @scp@ }] } }
    ]
  },
  "policies": [{ "name": "S3Read", "document": { "Version": "2012-10-17", "Statement": [{ @managed@ }] } }],
  "users": [{ "name": "priya", "inlinePolicies": [{ "name": "inline", "document": { "Statement": [{ @inline@ }] } }] }],
  "roles": [
    {
      "name": "AppRole",
      "trustPolicy": { "Version": "2012-10-17", "Statement": [{ @trust@ }] },
      "managedPolicies": ["S3Read"]
    },
    { "name": "Empty", "trustPolicy": @emptyTrust@ }
  ],
  "resources": [{ "arn": "arn:aws:s3:::bucket", "policy": { "Statement": [{ @bucket@ }] } }],
  "queries": [{ "name": "q", "principal": "role/AppRole", "action": "@queryAction@", "resource": "*", "sessionPolicy": { "Statement": [{ @session@ }] } }]
}`;

const PLACES = ['title', 'rcp', 'scp', 'managed', 'inline', 'trust', 'emptyTrust', 'bucket', 'queryAction', 'session'];

/** The scenario with `marked` (holding the cursor `|`) at `place` and every other place filled neutrally. */
function scenarioWith(place: string, marked: string): string {
  let text = SCENARIO;
  for (const p of PLACES)
    text = text.replace(
      `@${p}@`,
      p === place ? marked : p === 'emptyTrust' ? 'null' : p === 'title' || p === 'queryAction' ? '' : '"Effect": "Deny"',
    );
  return text;
}

function complete(place: string, marked: string) {
  const { text, offset } = cursor(scenarioWith(place, marked));
  return { text, items: completePolicy(text, offset, 'scenario', catalog) };
}

describe('a whole scenario', () => {
  it('gives a cursor in /roles/0/trustPolicy the completions of a trust policy', () => {
    const keys = labels(complete('trust', '"Effect": "Allow", "|"').items);
    expect(keys).toContain('Principal');
    expect(keys).not.toContain('NotPrincipal');
    expect(keys).not.toContain('Resource');
    expect(labels(ranked(complete('trust', '"Action": "|"').items))[0]).toBe('sts:AssumeRole');
    expect(labels(complete('trust', '"Principal": {"Service": "|"}').items)).toContain('ec2.amazonaws.com');
  });

  it('gives managed, inline and session policies identity completions: no Principal', () => {
    for (const place of ['managed', 'inline', 'session']) {
      const keys = labels(complete(place, '"Effect": "Allow", "|"').items);
      expect(keys).toContain('Action');
      expect(keys).not.toContain('Principal');
    }
  });

  it('gives a resource policy Principal and NotPrincipal', () => {
    expect(labels(complete('bucket', '"Effect": "Allow", "|"').items)).toEqual(expect.arrayContaining(['Principal', 'NotPrincipal']));
  });

  it('tells SCPs from RCPs by the entry’s type', () => {
    expect(labels(complete('rcp', '"Effect": "|"').items)).toEqual(['Deny']);
    expect(labels(complete('scp', '"Effect": "|"').items)).toEqual(['Allow', 'Deny']);
    expect(labels(complete('scp', '"Effect": "Deny", "|"').items)).not.toContain('Principal');
  });

  it('completes actions and condition keys inside the scenario just as in a standalone policy', () => {
    const { text, items } = complete('managed', '"Effect": "Allow", "Action": "s3:GetO|"');
    const getObject = item(items, 's3:GetObject');
    expect(getObject.detail).toBe('Read');
    const accepted = JSON.parse(accept(text, getObject));
    expect(accepted.policies[0].document.Statement[0].Action).toBe('s3:GetObject');
    const keys = labels(
      ranked(complete('inline', '"Effect": "Allow", "Action": "s3:ListBucket", "Condition": {"StringLike": {"|"}}').items),
    );
    expect(rank(keys, 's3:prefix')).toBeLessThan(rank(keys, 'aws:SourceIp'));
  });

  it('offers a trust policy skeleton where a role’s trust policy is still empty', () => {
    const { text, items } = complete('emptyTrust', '|');
    const skeleton = item(items, 'New policy');
    expect(JSON.parse(accept(text, skeleton)).roles[1].trustPolicy.Statement[0].Action).toBe('sts:AssumeRole');
    // A `null` there is a word the skeleton replaces, as is a session policy's default `null`.
    const onNull = complete('emptyTrust', 'nu|ll');
    expect(JSON.parse(accept(onNull.text, item(onNull.items, 'New policy'))).roles[1].trustPolicy.Statement[0].Effect).toBe('Allow');
  });

  it('proposes nothing outside the policy documents', () => {
    expect(complete('title', '|').items).toEqual([]);
    expect(complete('queryAction', 's3:Get|').items).toEqual([]);
  });

  it('hovers inside documents only', () => {
    const inside = cursor(scenarioWith('managed', '"Effect": "Allow", "Action": "s3:Get|Object"'));
    expect(hoverPolicy(inside.text, inside.offset, 'scenario', catalog)?.markdown).toMatch(/s3:GetObject/);
    const outside = cursor(scenarioWith('queryAction', 's3:Get|Object'));
    expect(hoverPolicy(outside.text, outside.offset, 'scenario', catalog)).toBeNull();
  });
});
