/** Titles without loading the files: kept in sync by a unit test. */
export const EXAMPLE_TITLES: readonly string[] = [
  "A developer's own IAM user",
  'A Developers group shared by five developers',
  'An EC2 instance reads S3 through a role',
  'A Lambda function reads a DynamoDB table',
  'Cross-account: a user in account A assumes a role in account B',
  'Read-only access to one bucket and its objects',
  'MFA required for destructive actions',
  'EC2 allowed only in one region',
  'An explicit deny beats an allow from a group',
  'A bucket policy granting another account',
  'A permissions boundary caps an administrator-like policy',
  'An SCP guardrail denies regions for a whole OU',
  'Privilege escalation: passing a powerful role to EC2',
  'A role chain across three accounts',
  'A bucket open to an outside account and to a service',
  'GitHub Actions deploys through an OIDC role',
];
