import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { completePolicy } from './index';
import { accept, cursor, item, labels } from './testing';
import type { PolicyKind } from './types';

let catalog: ServiceCatalog;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

function complete(marked: string, kind: PolicyKind = 'resource') {
  const { text, offset } = cursor(marked);
  return { text, items: completePolicy(text, offset, kind, catalog) };
}

const withPrincipal = (principal: string) => `{"Statement": [{"Effect": "Allow", "Principal": ${principal}, "Action": "s3:GetObject"}]}`;

describe('Principal', () => {
  it('offers the principal types as keys, without those present', () => {
    expect(labels(complete(withPrincipal('{"|"}')).items)).toEqual(['AWS', 'Service', 'Federated', 'CanonicalUser']);
    expect(labels(complete(withPrincipal('{"AWS": "*", "|"}')).items)).toEqual(['Service', 'Federated', 'CanonicalUser']);
  });

  it('inserts a type with an empty value', () => {
    const { text, items } = complete(withPrincipal('{"Ser|"}'), 'trust');
    expect(JSON.parse(accept(text, item(items, 'Service'))).Statement[0].Principal).toEqual({ Service: '' });
  });

  it('offers account, role and user ARN snippets and "*" under AWS', () => {
    const { text, items } = complete(withPrincipal('{"AWS": "|"}'));
    const root = item(items, 'arn:aws:iam::ACCOUNT:root');
    expect(root.insertText).toBe('"arn:aws:iam::${1:ACCOUNT}:root"');
    expect(JSON.parse(accept(text, root)).Statement[0].Principal.AWS).toBe('arn:aws:iam::ACCOUNT:root');
    expect(item(items, 'arn:aws:iam::ACCOUNT:role/NAME').insertText).toBe('"arn:aws:iam::${1:ACCOUNT}:role/${2:NAME}"');
    expect(labels(items)).toContain('arn:aws:iam::ACCOUNT:user/NAME');
    expect(labels(items)).toContain('*');
    // In an array as well.
    expect(labels(complete(withPrincipal('{"AWS": ["arn:aws:iam::111122223333:root", "|"]}')).items)).toContain(
      'arn:aws:iam::ACCOUNT:root',
    );
  });

  it('offers common service principals under Service', () => {
    const { items } = complete(withPrincipal('{"Service": "|"}'), 'trust');
    expect(labels(items)).toEqual(expect.arrayContaining(['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com']));
    expect(items.every((i) => i.label.endsWith('.amazonaws.com'))).toBe(true);
  });

  it('offers identity providers under Federated', () => {
    const { items } = complete(withPrincipal('{"Federated": "|"}'), 'trust');
    expect(labels(items)).toContain('cognito-identity.amazonaws.com');
    expect(item(items, 'arn:aws:iam::ACCOUNT:saml-provider/NAME').isSnippet).toBe(true);
  });

  it('offers "*" or a principal object as the value of Principal', () => {
    const bare = complete(withPrincipal('|'));
    expect(labels(bare.items)).toContain('*');
    const object = bare.items.find((i) => i.label.includes('"Service"'))!;
    expect(JSON.parse(accept(bare.text, object)).Statement[0].Principal).toEqual({ Service: '' });
    // Inside a string only a string can go.
    expect(labels(complete(withPrincipal('"|"')).items)).toEqual(['*']);
  });

  it('offers only "*" in an RCP', () => {
    expect(labels(complete(withPrincipal('|'), 'rcp').items)).toEqual(['*']);
    expect(complete(withPrincipal('{"|"}'), 'rcp').items).toEqual([]);
  });
});
