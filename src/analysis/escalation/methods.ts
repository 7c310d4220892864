/**
 * The services a principal can run code in with a role it passes, and what it must be allowed to
 * make that code run. From the published privilege-escalation lists (Rhino Security Labs' research,
 * the AWS documentation of each service's role parameter), as facts, not code.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
export interface PassRoleMethod {
  /** The service principal that must be trusted by the role and named by `iam:PassedToService`. */
  service: string;
  /** Alternatives: any one list, every action of it allowed, is enough. */
  actions: readonly (readonly string[])[];
}

export const PASS_ROLE_METHODS: readonly PassRoleMethod[] = [
  { service: 'ec2.amazonaws.com', actions: [['ec2:RunInstances']] },
  {
    service: 'lambda.amazonaws.com',
    actions: [
      ['lambda:CreateFunction', 'lambda:InvokeFunction'],
      ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
      ['lambda:CreateFunction', 'lambda:AddPermission'],
    ],
  },
  { service: 'cloudformation.amazonaws.com', actions: [['cloudformation:CreateStack'], ['cloudformation:UpdateStack']] },
  { service: 'glue.amazonaws.com', actions: [['glue:CreateDevEndpoint'], ['glue:CreateJob', 'glue:StartJobRun']] },
  { service: 'codebuild.amazonaws.com', actions: [['codebuild:CreateProject', 'codebuild:StartBuild']] },
  {
    service: 'sagemaker.amazonaws.com',
    actions: [['sagemaker:CreateNotebookInstance'], ['sagemaker:CreateTrainingJob'], ['sagemaker:CreateProcessingJob']],
  },
  { service: 'ecs-tasks.amazonaws.com', actions: [['ecs:RegisterTaskDefinition', 'ecs:RunTask']] },
  {
    service: 'datapipeline.amazonaws.com',
    actions: [['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline']],
  },
  { service: 'states.amazonaws.com', actions: [['states:CreateStateMachine', 'states:StartExecution']] },
];

/** Ways to take over another user: credentials of its own. */
export const CREDENTIAL_ACTIONS = ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'] as const;
