import { beforeAll, describe, expect, it } from 'vitest';
// oxlint-disable-next-line no-restricted-imports -- tests load the bundled catalog; the catalog code only receives one
import { loadServiceCatalog } from '../data/serviceCatalog';
import { ServiceCatalog } from './serviceCatalog';

let catalog: ServiceCatalog;
beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

describe('ServiceCatalog', () => {
  it('finds services and actions whatever their case', () => {
    expect(catalog.service('S3')?.name).toMatch(/S3/);
    expect(catalog.action('s3:getobject')?.id).toBe('s3:GetObject');
    expect(catalog.action('s3:GetObjectt')).toBeUndefined();
    expect(catalog.action('s3:GetObject')?.accessLevel).toBe('Read');
  });

  it('expands wildcards within a service, across services, and `*` to everything', () => {
    const gets = catalog.expandAction('s3:Get*');
    expect(gets.length).toBeGreaterThan(20);
    expect(gets.every((a) => a.id.startsWith('s3:Get'))).toBe(true);
    expect(catalog.expandAction('*').length).toBe(catalog.actionCount);
    expect(catalog.expandAction('s3*:List*').some((a) => a.service === 's3express')).toBe(true);
    expect(catalog.expandAction('GetObject')).toEqual([]);
  });

  it('resolves condition keys, global first, through templates in both spellings', () => {
    expect(catalog.conditionKey('aws:sourceip')).toMatchObject({ key: 'aws:SourceIp', type: 'IPAddress', service: 'aws' });
    expect(catalog.conditionKey('aws:ResourceTag/team')?.key).toBe('aws:ResourceTag/${TagKey}');
    expect(catalog.conditionKey('s3:ExistingObjectTag/classification')?.key).toBe('s3:ExistingObjectTag/<key>');
    expect(catalog.conditionKey('s3:prefix')?.type).toBe('String');
    expect(catalog.conditionKey('s3:nosuchkey')).toBeUndefined();
    expect(ServiceCatalog.keyMatches('aws:PrincipalTag/${TagKey}', 'aws:PrincipalTag/dept')).toBe(true);
  });
});
