import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
// Tests may load the bundled catalog; the analysis code itself only ever receives one.
// oxlint-disable-next-line no-restricted-imports
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { completePolicy } from './index';
import { cursor, labels, rank } from './testing';

let catalog: ServiceCatalog;
beforeAll(async () => {
  catalog = await loadServiceCatalog();
});

const names = {
  principals: ['arn:aws:iam::111122223333:user/priya', 'arn:aws:iam::111122223333:root'],
  resources: ['arn:aws:s3:::team-bucket', 'arn:aws:s3:::team-bucket/*'],
  providers: ['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'],
};

describe('names from the scenario', () => {
  it('offers the scenario’s resources first in Resource', () => {
    const { text, offset } = cursor(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "|"}]}',
    );
    const offered = labels(completePolicy(text, offset, 'identity', catalog, undefined, names));
    expect(rank(offered, 'arn:aws:s3:::team-bucket/*')).toBeLessThan(rank(offered, 'arn:aws:s3:::${BucketName}/${ObjectName}'));
  });

  it('offers the scenario’s users, roles and account roots under Principal.AWS, and nothing of them elsewhere', () => {
    const trust = cursor(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "|"}}]}',
    );
    const offered = labels(completePolicy(trust.text, trust.offset, 'trust', catalog, undefined, names));
    expect(rank(offered, 'arn:aws:iam::111122223333:user/priya')).toBe(0);
    expect(offered).toContain('arn:aws:iam::111122223333:root');
    const service = cursor(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "|"}}]}',
    );
    expect(labels(completePolicy(service.text, service.offset, 'trust', catalog, undefined, names))).not.toContain(
      'arn:aws:iam::111122223333:user/priya',
    );
  });

  it('offers the scenario’s identity providers first under Principal.Federated', () => {
    const trust = cursor(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": {"Federated": "|"}}]}',
    );
    const offered = labels(completePolicy(trust.text, trust.offset, 'trust', catalog, undefined, names));
    expect(rank(offered, 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com')).toBe(0);
    expect(offered).toContain('accounts.google.com');
    expect(offered).not.toContain('arn:aws:iam::111122223333:user/priya');
  });
});
