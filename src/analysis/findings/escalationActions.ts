/**
 * IAM actions that let a principal give itself more permissions than its policy grants, when
 * allowed on every resource; each with how it escalates. Sources: the IAM actions reference
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html)
 * and the least-privilege guidance (https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege).
 */
export const ESCALATION_ACTIONS: readonly { action: string; how: string }[] = [
  {
    action: 'iam:CreatePolicyVersion',
    how: 'it can rewrite any customer managed policy, one attached to itself included, and make the new version the default',
  },
  { action: 'iam:SetDefaultPolicyVersion', how: 'it can switch a managed policy back to an older, broader version' },
  { action: 'iam:AttachUserPolicy', how: 'it can attach any managed policy, such as AdministratorAccess, to any user, itself included' },
  { action: 'iam:AttachGroupPolicy', how: 'it can attach any managed policy, such as AdministratorAccess, to a group it belongs to' },
  { action: 'iam:AttachRolePolicy', how: 'it can attach any managed policy, such as AdministratorAccess, to a role it can assume' },
  { action: 'iam:PutUserPolicy', how: 'it can write an inline policy granting anything to any user, itself included' },
  { action: 'iam:PutGroupPolicy', how: 'it can write an inline policy granting anything to a group it belongs to' },
  { action: 'iam:PutRolePolicy', how: 'it can write an inline policy granting anything to a role it can assume' },
  { action: 'iam:CreateAccessKey', how: 'it can create access keys for any other user, an administrator included, and act as that user' },
  { action: 'iam:CreateLoginProfile', how: 'it can give a console password to a user who has none and sign in as that user' },
  { action: 'iam:UpdateLoginProfile', how: 'it can change any user’s console password and sign in as that user' },
  { action: 'iam:UpdateAssumeRolePolicy', how: 'it can rewrite any role’s trust policy to let itself assume the role' },
  { action: 'iam:AddUserToGroup', how: 'it can add itself to any group, an administrators group included' },
  { action: 'iam:PutUserPermissionsBoundary', how: 'it can replace the permissions boundary that limits a user, itself included' },
  { action: 'iam:PutRolePermissionsBoundary', how: 'it can replace the permissions boundary that limits a role it can assume' },
  { action: 'iam:DeleteUserPermissionsBoundary', how: 'it can remove the permissions boundary that limits a user, itself included' },
  { action: 'iam:DeleteRolePermissionsBoundary', how: 'it can remove the permissions boundary that limits a role it can assume' },
  { action: 'lambda:UpdateFunctionCode', how: 'it can replace any function’s code and run it with the function’s execution role' },
  { action: 'glue:UpdateDevEndpoint', how: 'it can add its own SSH key to a Glue development endpoint and use the endpoint’s role' },
];

/**
 * Actions that escalate together with `iam:PassRole` on every role: they start something that runs
 * with a role the caller chooses. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
export const PASS_ROLE_ESCALATIONS: readonly { action: string; how: string }[] = [
  { action: 'lambda:CreateFunction', how: 'with `iam:PassRole` it can create a function that runs its code with any role' },
  { action: 'ec2:RunInstances', how: 'with `iam:PassRole` it can launch an instance with any role and use that role’s credentials' },
  { action: 'cloudformation:CreateStack', how: 'with `iam:PassRole` it can create a stack that acts with any role' },
  { action: 'glue:CreateDevEndpoint', how: 'with `iam:PassRole` it can create a development endpoint with any role and log in to it' },
  { action: 'codebuild:CreateProject', how: 'with `iam:PassRole` it can create a build project that runs commands with any role' },
  { action: 'sagemaker:CreateNotebookInstance', how: 'with `iam:PassRole` it can create a notebook that runs code with any role' },
];
