import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { completePolicy } from './index';
import { accept, cursor, item, labels, ranked, rank } from './testing';
import type { PolicyKind } from './types';

let catalog: ServiceCatalog;

beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

function complete(marked: string, kind: PolicyKind = 'identity') {
  const { text, offset } = cursor(marked);
  return { text, items: completePolicy(text, offset, kind, catalog) };
}

const KINDS: PolicyKind[] = ['identity', 'session', 'resource', 'trust', 'scp', 'rcp'];

describe('Effect and Version', () => {
  it('offers Allow and Deny for Effect, inside a string or where nothing is typed yet', () => {
    const quoted = complete('{"Statement": [{"Effect": "|"}]}');
    expect(labels(quoted.items)).toEqual(['Allow', 'Deny']);
    expect(JSON.parse(accept(quoted.text, item(quoted.items, 'Deny'))).Statement[0].Effect).toBe('Deny');
    const bare = complete('{"Statement": [{"Effect": |}]}');
    expect(JSON.parse(accept(bare.text, item(bare.items, 'Allow'))).Statement[0].Effect).toBe('Allow');
  });

  it('offers only Deny in an RCP, where Allow is reserved for RCPFullAWSAccess', () => {
    expect(labels(complete('{"Statement": [{"Effect": "|"}]}', 'rcp').items)).toEqual(['Deny']);
  });

  it('offers 2012-10-17 for Version', () => {
    const { text, items } = complete('{"Version": "2|"}');
    expect(JSON.parse(accept(text, item(items, '2012-10-17')))).toEqual({ Version: '2012-10-17' });
  });
});

describe('statement element names', () => {
  const elementsFor = (kind: PolicyKind) => labels(complete('{"Statement": [{"|"}]}', kind).items);

  it('never offers Principal or NotPrincipal in identity, session or service control policies', () => {
    for (const kind of ['identity', 'session', 'scp'] as const) {
      expect(elementsFor(kind)).not.toContain('Principal');
      expect(elementsFor(kind)).not.toContain('NotPrincipal');
      expect(elementsFor(kind)).toContain('Action');
    }
  });

  it('offers Principal and NotPrincipal in a resource-based policy', () => {
    expect(elementsFor('resource')).toEqual(expect.arrayContaining(['Principal', 'NotPrincipal', 'Action', 'Resource', 'Condition']));
  });

  it('offers Principal but neither NotPrincipal nor Resource in a trust policy', () => {
    const trust = elementsFor('trust');
    expect(trust).toContain('Principal');
    expect(trust).not.toContain('NotPrincipal');
    expect(trust).not.toContain('Resource');
    expect(trust).not.toContain('NotResource');
  });

  it('offers Principal but not NotAction in an RCP', () => {
    expect(elementsFor('rcp')).toContain('Principal');
    expect(elementsFor('rcp')).not.toContain('NotAction');
    expect(elementsFor('rcp')).not.toContain('NotPrincipal');
  });

  it('leaves out the elements present and their alternatives, but not the one being typed', () => {
    const { items } = complete('{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Res|"}]}');
    expect(labels(items)).toEqual(expect.arrayContaining(['Sid', 'Resource', 'NotResource', 'Condition']));
    expect(labels(items)).not.toContain('Effect');
    expect(labels(items)).not.toContain('Action');
    expect(labels(items)).not.toContain('NotAction');
    // Renaming an existing key offers that key too.
    expect(labels(complete('{"Statement": [{"Eff|": "Allow"}]}').items)).toContain('Effect');
  });

  it('ranks the Not… forms after the plain elements', () => {
    const order = labels(ranked(complete('{"Statement": [{"|"}]}', 'resource').items));
    expect(rank(order, 'Condition')).toBeLessThan(rank(order, 'NotPrincipal'));
    expect(rank(order, 'Action')).toBeLessThan(rank(order, 'NotAction'));
  });

  it('inserts the whole property, with a comma when another follows, or only the name before a colon', () => {
    const next = complete('{"Statement": [{"Eff|"\n "Action": "s3:GetObject"}]}');
    expect(JSON.parse(accept(next.text, item(next.items, 'Effect'))).Statement[0]).toEqual({ Effect: 'Allow', Action: 's3:GetObject' });
    const last = complete('{"Statement": [{"Action": "s3:GetObject", "Cond|"}]}');
    expect(JSON.parse(accept(last.text, item(last.items, 'Condition'))).Statement[0].Condition).toEqual({ StringEquals: { '': '' } });
    const named = complete('{"Statement": [{"Act|": "s3:GetObject"}]}');
    expect(item(named.items, 'Action').insertText).toBe('"Action"');
  });

  it('accepts a bare word typed without quotes', () => {
    const { text, items } = complete('{"Statement": [{"Effect": "Allow", Act|}]}');
    expect(JSON.parse(accept(text, item(items, 'Action'))).Statement[0]).toEqual({ Effect: 'Allow', Action: '' });
  });
});

describe('document structure', () => {
  it('offers the top-level elements not yet present', () => {
    expect(labels(complete('{"Version": "2012-10-17", "|"}').items)).toEqual(['Id', 'Statement']);
    expect(labels(complete('{"|"}', 'scp').items)).not.toContain('Id');
  });

  it.each(KINDS)('offers a whole %s policy in an empty text, one that parses', (kind) => {
    const { text, items } = complete('|', kind);
    const policy = JSON.parse(accept(text, item(items, 'New policy')));
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    const hasPrincipal = 'Principal' in policy.Statement[0];
    expect(hasPrincipal).toBe(kind === 'resource' || kind === 'trust' || kind === 'rcp');
  });

  it('offers the policy body in an empty document object', () => {
    const { text, items } = complete('{|}', 'trust');
    const policy = JSON.parse(accept(text, item(items, 'New policy')));
    expect(policy.Statement[0].Action).toBe('sts:AssumeRole');
    expect(policy.Statement[0]).not.toHaveProperty('Resource');
  });

  it('offers Allow and Deny statements where a statement goes, adding a comma before the next one', () => {
    const empty = complete('{"Version": "2012-10-17", "Statement": [|]}');
    expect(labels(empty.items)).toEqual(['Allow statement', 'Deny statement']);
    expect(JSON.parse(accept(empty.text, item(empty.items, 'Deny statement'))).Statement[0].Effect).toBe('Deny');
    const before = complete('{"Statement": [\n  |\n  {"Effect": "Allow", "Action": "*", "Resource": "*"}\n]}');
    const statements = JSON.parse(accept(before.text, item(before.items, 'Allow statement'))).Statement;
    expect(statements).toHaveLength(2);
    expect(statements[1].Action).toBe('*');
    const after = complete('{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, |]}');
    expect(JSON.parse(accept(after.text, item(after.items, 'Allow statement'))).Statement).toHaveLength(2);
  });

  it('offers the statement array as the value of Statement', () => {
    const { text, items } = complete('{"Version": "2012-10-17", "Statement": |}', 'resource');
    const statements = JSON.parse(accept(text, item(items, 'Allow statement'))).Statement;
    expect(statements[0].Principal).toEqual({ AWS: 'arn:aws:iam::111122223333:root' });
  });

  it('offers only Deny statements in an RCP, each naming every principal', () => {
    const { text, items } = complete('{"Statement": [|]}', 'rcp');
    expect(labels(items)).toEqual(['Deny statement']);
    expect(JSON.parse(accept(text, items[0]!)).Statement[0].Principal).toBe('*');
  });
});
