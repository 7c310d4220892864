import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog, ServiceDocs } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { loadServiceDocs } from '../../data/serviceDocs';
import { completePolicy } from './index';
import { accept, cursor, item, labels, ranked, rank } from './testing';
import type { DocumentKind } from './types';

let catalog: ServiceCatalog;
let s3Docs: ServiceDocs;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
  s3Docs = await loadServiceDocs('s3');
});

function complete(marked: string, kind: DocumentKind = 'identity', withDocs = false) {
  const { text, offset } = cursor(marked);
  const docs = withDocs ? (prefix: string) => (prefix === 's3' ? s3Docs : undefined) : undefined;
  return { text, items: completePolicy(text, offset, kind, catalog, docs) };
}

const inAction = (value: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "${value}"}]}`;

describe('actions after a service prefix', () => {
  it('offers s3:GetObject for "s3:GetO", with its access level, replacing the whole string', () => {
    const { text, items } = complete(inAction('s3:GetO|'));
    const getObject = item(items, 's3:GetObject');
    expect(getObject.kind).toBe('action');
    expect(getObject.detail).toBe('Read');
    expect(text.slice(getObject.range.start, getObject.range.end)).toBe('"s3:GetO"');
    expect(getObject.insertText).toBe('"s3:GetObject"');
    expect(getObject.filterText).toBe('"s3:GetObject"');
    expect(JSON.parse(accept(text, getObject)).Statement[0].Action).toBe('s3:GetObject');
  });

  it('offers every action of the service and only that service', () => {
    const { items } = complete(inAction('s3:|'));
    const actions = items.filter((i) => !i.label.endsWith('*'));
    expect(actions.length).toBe(catalog.service('s3')!.actions.length);
    expect(actions.every((i) => i.label.startsWith('s3:'))).toBe(true);
    expect(item(items, 's3:PutBucketPolicy').detail).toBe('Permissions management');
  });

  it('describes each action from the service docs when they are given, and its resource types and keys', () => {
    const { items } = complete(inAction('s3:GetO|'), 'identity', true);
    const doc = item(items, 's3:GetObject').documentation!;
    expect(doc).toContain(s3Docs.actions.GetObject!);
    expect(doc).toContain('`object`');
    expect(doc).toContain('s3:ExistingObjectTag');
    // Without docs there is still the catalog's part, and no description.
    const bare = item(complete(inAction('s3:GetO|')).items, 's3:GetObject').documentation!;
    expect(bare).not.toContain(s3Docs.actions.GetObject!);
    expect(bare).toContain('Read');
  });

  it('offers the wildcard forms of the verbs the service has, with how many actions each matches', () => {
    const { items } = complete(inAction('s3:|'));
    for (const pattern of ['s3:*', 's3:Get*', 's3:List*', 's3:Put*', 's3:Delete*']) {
      expect(item(items, pattern).detail).toBe(`${catalog.expandAction(pattern).length} actions`);
    }
    // A verb S3 does not use (EC2's Terminate) is not offered; EC2 does get it.
    expect(labels(items)).not.toContain('s3:Terminate*');
    expect(labels(complete(inAction('ec2:|')).items)).toContain('ec2:Terminate*');
    // A wildcard that would match a single action is that action: not offered.
    expect(catalog.expandAction('s3:Abort*')).toHaveLength(1);
    expect(labels(items)).not.toContain('s3:Abort*');
  });

  it('ranks the actions before the wildcard forms', () => {
    const order = labels(ranked(complete(inAction('s3:|')).items));
    expect(rank(order, 's3:AbortMultipartUpload')).toBeLessThan(rank(order, 's3:*'));
    expect(rank(order, 's3:*')).toBeLessThan(rank(order, 's3:Get*'));
  });

  it('reads the service prefix case-insensitively, as IAM does', () => {
    expect(labels(complete(inAction('S3:getob|')).items)).toContain('s3:GetObject');
  });

  it('does not offer an action already in the same list again', () => {
    const { items } = complete('{"Statement": [{"Action": ["s3:GetObject", "s3:|"]}]}');
    expect(labels(items)).not.toContain('s3:GetObject');
    expect(labels(items)).toContain('s3:PutObject');
  });

  it('offers nothing for an unknown service', () => {
    expect(complete(inAction('nosuchservice:|')).items).toEqual([]);
  });

  it('works in NotAction and in an array element being typed in incomplete JSON', () => {
    expect(labels(complete('{"Statement": [{"Effect": "Deny", "NotAction": "iam:Pass|"}]}').items)).toContain('iam:PassRole');
    const { text, items } = complete('{"Statement": [{"Effect": "Allow", "Action": [\n    "s3:ListB|\n');
    const listBucket = item(items, 's3:ListBucket');
    // Unterminated: the opening quote up to the cursor is replaced, and the closing quote supplied.
    expect(text.slice(listBucket.range.start, listBucket.range.end)).toBe('"s3:ListB');
    expect(accept(text, listBucket)).toContain('"s3:ListBucket"\n');
  });

  it('adds the comma a new element typed above another one lacks', () => {
    const { text, items } = complete('{"Statement": [{"Effect": "Allow", "Action": [\n    "s3:ListB|\n    "s3:GetObject"\n  ]}]}');
    expect(JSON.parse(accept(text, item(items, 's3:ListBucket'))).Statement[0].Action).toEqual(['s3:ListBucket', 's3:GetObject']);
    // A service prefix as well, its snippet keeping the cursor inside the string.
    const service = complete('{"Statement": [{"Action": [\n    "s|\n    "s3:GetObject"\n  ]}]}');
    expect(item(service.items, 's3').insertText).toBe('"s3:$0",');
  });
});

describe('service prefixes before a colon', () => {
  it('offers the services with their names, inserting the prefix and a colon', () => {
    const { text, items } = complete(inAction('s|'));
    const s3 = item(items, 's3');
    expect(s3.kind).toBe('service');
    expect(s3.detail).toBe(catalog.service('s3')!.name);
    expect(s3.isSnippet).toBe(true);
    expect(accept(text, s3)).toBe(inAction('s3:'));
    expect(items.filter((i) => i.kind === 'service').length).toBe(catalog.services.length);
  });

  it('offers "*" too, after the services', () => {
    const order = ranked(complete(inAction('|')).items);
    expect(order.at(-1)!.label).toBe('*');
  });

  it('puts the role-assumption actions first in a trust policy', () => {
    const { items } = complete(
      '{"Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "|"}]}',
      'trust',
    );
    expect(labels(ranked(items)).slice(0, 3)).toEqual(['sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithSAML']);
    // Not in other kinds of policy.
    expect(labels(complete(inAction('|')).items)).not.toContain('sts:AssumeRole');
  });
});
