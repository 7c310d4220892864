import { describe, expect, it } from 'vitest';
import { scenarioNames } from './scenarioNames';

describe('scenarioNames', () => {
  it('lists users, roles and account roots as ARNs, buckets with their objects, and identity providers', () => {
    const names = scenarioNames({
      format: 'iam-playground/scenario',
      version: 1,
      defaultAccount: '111122223333',
      accounts: [{ id: '111122223333' }, { id: '444455556666' }],
      users: [{ name: 'priya' }],
      roles: [{ name: 'App', account: '444455556666', path: '/service/' }],
      resources: [{ arn: 'arn:aws:s3:::team-bucket' }, { arn: 'arn:aws:sqs:eu-west-1:111122223333:jobs' }],
      identityProviders: [
        { type: 'oidc', url: 'https://token.actions.githubusercontent.com' },
        { type: 'saml', name: 'Okta', account: '444455556666' },
      ],
    });
    expect(names.principals).toEqual([
      'arn:aws:iam::111122223333:user/priya',
      'arn:aws:iam::444455556666:role/service/App',
      'arn:aws:iam::111122223333:root',
      'arn:aws:iam::444455556666:root',
    ]);
    expect(names.resources).toEqual(['arn:aws:s3:::team-bucket', 'arn:aws:s3:::team-bucket/*', 'arn:aws:sqs:eu-west-1:111122223333:jobs']);
    expect(names.providers).toEqual([
      'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
      'arn:aws:iam::444455556666:saml-provider/Okta',
    ]);
  });
});
