import { defaultAccountOf, iamArn, type PolicyDocument, type Scenario } from '../../../model';
import { setPosition } from './editProposal';
import { nodeId } from '../elements/nodeIds';
import { uniqueName } from './iamNames';
import { resourceAccount } from '../elements/scenarioToGraph';

export type CreatableKind = 'user' | 'group' | 'role' | 'policy' | 'resource';

export interface Creation {
  label: string;
  recipe: (draft: Scenario) => void;
  /** The new node's id, to select it and start renaming it. */
  id: string;
  name: string;
}

/**
 * A new entity with a free default name, in `account` (default: the scenario's default account),
 * at `position` when given — saved with the entity, so creating it is one undo step and it never
 * jumps once the layout runs.
 */
export function createEntity(
  kind: CreatableKind,
  scenario: Scenario,
  options: { account?: string; position?: { x: number; y: number } } = {},
): Creation {
  const defaultAccount = defaultAccountOf(scenario);
  const account = options.account ?? defaultAccount;
  // Omit `account` where it is the default, as a person writing the JSON would.
  const accountField = account === defaultAccount ? {} : { account };
  const namesIn = (list: { name: string; account?: string }[] | undefined) =>
    (list ?? []).filter((e) => (e.account ?? defaultAccount) === account).map((e) => e.name);

  const finish = (id: string, name: string, label: string, add: (draft: Scenario) => void): Creation => ({
    id,
    name,
    label,
    recipe: (draft) => {
      add(draft);
      if (options.position) setPosition(draft, id, options.position);
    },
  });

  switch (kind) {
    case 'user': {
      const name = uniqueName('new-user', namesIn(scenario.users));
      return finish(nodeId.user(iamArn(account, 'user', '/', name)), name, `Create user ${name}`, (d) => {
        (d.users ??= []).push({ name, ...accountField });
      });
    }
    case 'group': {
      const name = uniqueName('new-group', namesIn(scenario.groups));
      return finish(nodeId.group(iamArn(account, 'group', '/', name)), name, `Create group ${name}`, (d) => {
        (d.groups ??= []).push({ name, ...accountField });
      });
    }
    case 'role': {
      const name = uniqueName('new-role', namesIn(scenario.roles));
      return finish(nodeId.role(iamArn(account, 'role', '/', name)), name, `Create role ${name}`, (d) => {
        (d.roles ??= []).push({ name, ...accountField, trustPolicy: accountTrustPolicy(account) });
      });
    }
    case 'policy': {
      const name = uniqueName('new-policy', namesIn(scenario.policies));
      return finish(nodeId.policy(iamArn(account, 'policy', '/', name)), name, `Create managed policy ${name}`, (d) => {
        (d.policies ??= []).push({ name, ...accountField, document: starterPolicy() });
      });
    }
    case 'resource': {
      const buckets = (scenario.resources ?? []).map((r) => r.arn.replace(/^arn:[^:]+:s3:::/, ''));
      const name = uniqueName('new-bucket', buckets);
      const arn = `arn:aws:s3:::${name}`;
      // S3 ARNs carry no account: say which one unless it is the default.
      const field = resourceAccount({ arn }, defaultAccount) === account ? {} : { account };
      return finish(nodeId.resource(arn), name, `Create bucket ${name}`, (d) => {
        (d.resources ??= []).push({ arn, ...field, policy: secureTransportPolicy(arn) });
      });
    }
  }
}

/**
 * What the console's "AWS account" trusted entity writes: the account's principals may assume the
 * role if their own policies allow `sts:AssumeRole` — so both halves of the rule are visible.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
 */
function accountTrustPolicy(account: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
  };
}

function starterPolicy(): PolicyDocument {
  return { Version: '2012-10-17', Statement: [{ Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] };
}

/** The bucket policy AWS recommends for every bucket: refuse requests over plain HTTP. */
function secureTransportPolicy(arn: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyInsecureTransport',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [arn, `${arn}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  };
}
