/** The AWS documentation pages findings link to, one constant per page. */
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const ORGS = 'https://docs.aws.amazon.com/organizations/latest/userguide/';

export const DOCS = {
  validation: `${IAM}access-analyzer-reference-policy-checks.html`,
  grammar: `${IAM}reference_policies_grammar.html`,
  version: `${IAM}reference_policies_elements_version.html`,
  sid: `${IAM}reference_policies_elements_sid.html`,
  principal: `${IAM}reference_policies_elements_principal.html`,
  anonymousPrincipal: `${IAM}reference_policies_elements_principal.html#principal-anonymous`,
  notPrincipal: `${IAM}reference_policies_elements_notprincipal.html`,
  action: `${IAM}reference_policies_elements_action.html`,
  notAction: `${IAM}reference_policies_elements_notaction.html`,
  resource: `${IAM}reference_policies_elements_resource.html`,
  notResource: `${IAM}reference_policies_elements_notresource.html`,
  condition: `${IAM}reference_policies_elements_condition.html`,
  conditionOperators: `${IAM}reference_policies_elements_condition_operators.html`,
  globalKeys: `${IAM}reference_policies_condition-keys.html`,
  multivalued: `${IAM}reference_policies_condition-single-vs-multi-valued-context-keys.html`,
  variables: `${IAM}reference_policies_variables.html`,
  arns: `${IAM}reference-arns.html`,
  quotas: `${IAM}reference_iam-quotas.html`,
  passRole: `${IAM}id_roles_use_passrole.html`,
  leastPrivilege: `${IAM}best-practices.html#grant-least-privilege`,
  sessionPolicies: `${IAM}access_policies.html#policies_session`,
  githubOidc: `${IAM}id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub`,
  resourceWildcards: `${IAM}reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards`,
  serviceReference:
    'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  scpSyntax: `${ORGS}orgs_manage_policies_scps_syntax.html`,
  rcpSyntax: `${ORGS}orgs_manage_policies_rcps_syntax.html`,
  rcpServices: `${ORGS}orgs_manage_policies_rcps.html#rcp-supported-services`,
  orgQuotas: `${ORGS}orgs_reference_limits.html`,
  s3BucketPolicies: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html',
  kmsQuotas: 'https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html',
} as const;
