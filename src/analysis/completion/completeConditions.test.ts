import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_CONDITION_KEYS, type ServiceCatalog, type ServiceDocs } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { loadServiceDocs } from '../../data/serviceDocs';
import { isKnownOperator } from '../../engine';
import { completePolicy } from './index';
import { accept, cursor, item, labels, ranked, typedFilter, rank } from './testing';
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

const statement = (action: string, condition: string) =>
  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${JSON.stringify(action)}, "Resource": "*", "Condition": ${condition}}]}`;

describe('condition operators', () => {
  it('offers every base operator and Null, each a name AWS accepts', () => {
    const { items } = complete(statement('s3:ListBucket', '{"|"}'));
    for (const name of [
      'StringEquals',
      'StringNotLike',
      'NumericLessThan',
      'DateGreaterThan',
      'Bool',
      'BinaryEquals',
      'IpAddress',
      'NotIpAddress',
      'ArnLike',
      'Null',
    ])
      expect(labels(items)).toContain(name);
    expect(items.every((i) => i.kind === 'operator' && isKnownOperator(i.label))).toBe(true);
    // Null takes neither IfExists nor a set qualifier.
    expect(labels(items).filter((l) => l.includes('Null'))).toEqual(['Null']);
  });

  it('ranks IfExists and then the ForAnyValue:/ForAllValues: forms after the plain operators', () => {
    const order = labels(ranked(complete(statement('s3:ListBucket', '{"|"}')).items));
    const last = (pred: (l: string) => boolean) => Math.max(...order.map((l, i) => (pred(l) ? i : -1)));
    const first = (pred: (l: string) => boolean) => order.findIndex(pred);
    const plain = (l: string) => !l.includes(':') && !l.endsWith('IfExists');
    const ifExists = (l: string) => !l.includes(':') && l.endsWith('IfExists');
    const qualified = (l: string) => l.startsWith('ForAnyValue:') || l.startsWith('ForAllValues:');
    expect(last(plain)).toBeLessThan(first(ifExists));
    expect(last(ifExists)).toBeLessThan(first(qualified));
    expect(labels(complete(statement('s3:ListBucket', '{"|"}')).items)).toContain('ForAllValues:StringLikeIfExists');
  });

  it('inserts the operator with an empty block, or only its name where the block is there', () => {
    const { text, items } = complete(statement('s3:ListBucket', '{"StrE|"}'));
    const inserted = accept(text, item(items, 'StringEquals'));
    expect(JSON.parse(inserted).Statement[0].Condition).toEqual({ StringEquals: { '': '' } });
    const renamed = complete(statement('s3:ListBucket', '{"StrE|": {"s3:prefix": "a/"}}'));
    expect(JSON.parse(accept(renamed.text, item(renamed.items, 'StringLike'))).Statement[0].Condition).toEqual({
      StringLike: { 's3:prefix': 'a/' },
    });
  });

  it('does not offer an operator the block already has', () => {
    const { items } = complete(statement('s3:ListBucket', '{"StringEquals": {"s3:prefix": "a"}, "|"}'));
    expect(labels(items)).not.toContain('StringEquals');
    expect(labels(items)).toContain('StringLike');
  });

  it('describes each operator in one line', () => {
    const { items } = complete(statement('s3:ListBucket', '{"|"}'));
    expect(item(items, 'IpAddress').documentation).toMatch(/CIDR/);
    expect(item(items, 'StringEqualsIfExists').documentation).toMatch(/no such key/);
  });
});

describe('condition keys', () => {
  it('ranks the keys of the statement’s actions first, then the global keys, then the rest', () => {
    const { items } = complete(statement('s3:ListBucket', '{"StringLike": {"|"}}'));
    const order = labels(ranked(items));
    expect(rank(order, 's3:prefix')).toBeGreaterThanOrEqual(0);
    expect(rank(order, 's3:prefix')).toBeLessThan(rank(order, 'aws:SourceIp'));
    expect(rank(order, 'aws:SourceIp')).toBeLessThan(rank(order, 'ec2:InstanceType'));
    // A key of S3 that ListBucket does not take ranks with the rest, after the global keys.
    expect(rank(order, 's3:object-lock-mode')).toBeGreaterThan(rank(order, 'aws:SourceIp'));
  });

  it('counts the keys of the actions’ resource types as the actions’ keys', () => {
    // TerminateInstances lists only ec2:Region; ec2:InstanceType comes with its `instance` resource type.
    const { items } = complete(statement('ec2:TerminateInstances', '{"StringEquals": {"|"}}'));
    const order = labels(ranked(items));
    expect(rank(order, 'ec2:InstanceType')).toBeLessThan(rank(order, 'aws:SourceIp'));
    expect(rank(order, 'ec2:Region')).toBeLessThan(rank(order, 'aws:SourceIp'));
    expect(rank(order, 'ec2:Encrypted')).toBeGreaterThan(rank(order, 'aws:SourceIp'));
  });

  it('expands wildcard actions to find their keys', () => {
    const order = labels(ranked(complete(statement('s3:List*', '{"StringLike": {"|"}}')).items));
    expect(rank(order, 's3:prefix')).toBeLessThan(rank(order, 'aws:SourceIp'));
  });

  it('offers every global key and the service keys, each with its type as detail', () => {
    const { items } = complete(statement('s3:ListBucket', '{"StringLike": {"|"}}'));
    for (const g of GLOBAL_CONDITION_KEYS) expect(labels(items)).toContain(g.key);
    expect(item(items, 's3:prefix').detail).toBe('String');
    expect(item(items, 'aws:SourceIp').detail).toBe('IPAddress');
    expect(item(items, 'aws:MultiFactorAuthPresent').detail).toBe('Bool');
    expect(item(items, 'ec2:InstanceType').kind).toBe('conditionKey');
  });

  it('lists only the typed service’s keys once a colon is typed', () => {
    const { text, items } = complete(statement('s3:ListBucket', '{"StringLike": {"s3:pr|"}}'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.label.toLowerCase().startsWith('s3:'))).toBe(true);
    const prefix = item(items, 's3:prefix');
    expect(text.slice(prefix.range.start, prefix.range.end)).toBe('"s3:pr"');
  });

  it('within a rank, puts keys of the type the operator compares first', () => {
    const order = labels(ranked(complete(statement('s3:ListBucket', '{"IpAddress": {"|"}}')).items));
    expect(rank(order, 'aws:SourceIp')).toBeLessThan(rank(order, 'aws:CalledVia'));
    expect(rank(order, 'aws:VpcSourceIp')).toBeLessThan(rank(order, 'aws:PrincipalArn'));
  });

  it('turns a key template into a snippet placeholder and gives the key a value of its kind', () => {
    const { text, items } = complete(statement('s3:ListBucket', '{"StringEquals": {"|"}}'));
    const tag = item(items, 'aws:ResourceTag/${TagKey}');
    expect(tag.isSnippet).toBe(true);
    expect(tag.insertText.startsWith('"aws:ResourceTag/${1:TagKey}": ')).toBe(true);
    expect(JSON.parse(accept(text, tag)).Statement[0].Condition.StringEquals).toEqual({ 'aws:ResourceTag/TagKey': '' });
    expect(JSON.parse(accept(text, item(items, 'aws:TagKeys'))).Statement[0].Condition.StringEquals).toEqual({ 'aws:TagKeys': [''] });
    expect(JSON.parse(accept(text, item(items, 'aws:SecureTransport'))).Statement[0].Condition.StringEquals).toEqual({
      'aws:SecureTransport': 'true',
    });
  });

  it('adds a comma when another key follows, and only the name when its value is there', () => {
    const { text, items } = complete(statement('s3:ListBucket', '{"StringEquals": {"|" "s3:delimiter": "/"}}'));
    expect(JSON.parse(accept(text, item(items, 's3:prefix'))).Statement[0].Condition.StringEquals).toEqual({
      's3:prefix': '',
      's3:delimiter': '/',
    });
    const named = complete(statement('s3:ListBucket', '{"StringEquals": {"s3:p|": "x/"}}'));
    expect(JSON.parse(accept(named.text, item(named.items, 's3:prefix'))).Statement[0].Condition.StringEquals).toEqual({
      's3:prefix': 'x/',
    });
  });

  it('does not offer a key the block already has', () => {
    const { items } = complete(statement('s3:ListBucket', '{"StringEquals": {"s3:prefix": "a", "|"}}'));
    expect(labels(items)).not.toContain('s3:prefix');
  });

  it('describes keys from the global list and from the service docs', () => {
    const { items } = complete(statement('s3:ListBucket', '{"StringLike": {"|"}}'), 'identity', true);
    expect(item(items, 's3:prefix').documentation).toContain(s3Docs.conditionKeys['s3:prefix']!);
    expect(item(items, 's3:prefix').documentation).toMatch(/Supported by the actions of this statement/);
    expect(item(items, 'aws:SourceIp').documentation).toMatch(/IP address/);
  });

  it('works while the key is typed in incomplete JSON', () => {
    const marked = '{"Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Condition": {"StringLike": {"s3:pre|\n';
    const { text, items } = complete(marked);
    const typed = typedFilter(items, text, cursor(marked).offset);
    expect(labels(ranked(typed))[0]).toBe('s3:prefix');
    expect(accept(text, item(typed, 's3:prefix'))).toMatch(/"s3:prefix": ""\n$/);
  });
});

describe('condition values', () => {
  it('offers true and false for Bool and for Null', () => {
    expect(labels(complete(statement('s3:GetObject', '{"Bool": {"aws:SecureTransport": "|"}}')).items)).toEqual(['true', 'false']);
    const nullItems = complete(statement('s3:GetObject', '{"Null": {"aws:MultiFactorAuthAge": |}}')).items;
    expect(labels(nullItems)).toEqual(['true', 'false']);
    expect(item(nullItems, 'true').detail).toMatch(/absent/);
    expect(complete(statement('s3:GetObject', '{"StringEquals": {"aws:PrincipalTag/team": "|"}}')).items).toEqual([]);
  });
});

describe('claim keys of identity providers', () => {
  const trust = (federated: string | string[], condition: string) =>
    `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": ${JSON.stringify(federated)}}, "Action": "sts:AssumeRoleWithWebIdentity", "Condition": ${condition}}]}`;
  const github = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

  it('offers an OIDC provider’s sub and aud first, though the catalog does not list them', () => {
    const { items } = complete(trust(github, '{"StringEquals": {"|"}}'), 'trust');
    const order = labels(ranked(items));
    expect(order.slice(0, 2).sort()).toEqual(['token.actions.githubusercontent.com:aud', 'token.actions.githubusercontent.com:sub']);
    expect(item(items, 'token.actions.githubusercontent.com:sub').documentation).toContain('repo:OWNER/REPO');
    // GitHub's other claims, which the catalog has, rank with them ahead of the global keys.
    expect(order.indexOf('token.actions.githubusercontent.com:repository')).toBeLessThan(order.indexOf('aws:SourceIp'));
  });

  it('names any OIDC host’s keys after its host, and the built-in providers’ own claims', () => {
    const eks = 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE';
    expect(labels(complete(trust(eks, '{"StringEquals": {"|"}}'), 'trust').items)).toContain(
      'oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:sub',
    );
    const cognito = complete(trust('cognito-identity.amazonaws.com', '{"ForAnyValue:StringLike": {"|"}}'), 'trust').items;
    expect(labels(ranked(cognito)).slice(0, 3).sort()).toEqual([
      'cognito-identity.amazonaws.com:amr',
      'cognito-identity.amazonaws.com:aud',
      'cognito-identity.amazonaws.com:sub',
    ]);
    expect(labels(complete(trust('www.amazon.com', '{"StringEquals": {"|"}}'), 'trust').items)).toContain('www.amazon.com:user_id');
  });

  it('offers the session keys a trust policy tests: sts:SourceIdentity, sts:TransitiveTagKeys, request tags, aws:SourceIdentity', () => {
    const aws = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"], "Condition": {"StringEquals": {"|"}}}]}`;
    for (const doc of [aws, trust(github, '{"StringEquals": {"|"}}')]) {
      const offered = labels(complete(doc, 'trust').items);
      for (const key of ['sts:SourceIdentity', 'sts:TransitiveTagKeys', 'aws:TagKeys', 'aws:SourceIdentity'])
        expect(offered).toContain(key);
      expect(offered.some((k) => k.startsWith('aws:RequestTag/'))).toBe(true);
    }
  });

  it('ranks the SAML keys first for a SAML provider, and keys already written are not offered again', () => {
    const saml = trust('arn:aws:iam::111122223333:saml-provider/Okta', '{"StringEquals": {"saml:aud": "x", "|"}}');
    const order = labels(ranked(complete(saml, 'trust').items));
    expect(order).not.toContain('saml:aud');
    expect(order.indexOf('saml:sub')).toBeLessThan(order.indexOf('aws:SourceIp'));
  });
});
