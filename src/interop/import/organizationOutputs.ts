import { isAccountId, parseArn } from '../../model';
import type { SourcePlace } from './importReport';
import { readPolicyDocument, type ReadDocument } from './policyDocumentValue';
import { type FieldTable, type JsonObject, type JsonPath, type SourceReader } from './sourceReader';

/**
 * The organization part of an `iam-playground/aws-bundle`: the outputs of the AWS Organizations
 * commands, each as the AWS CLI prints it (https://docs.aws.amazon.com/cli/latest/reference/organizations/),
 * beside the argument it was asked with (README, "Importing an AWS account").
 */

export interface ReadUnit {
  id: string;
  name: string;
  parent?: string;
  place: SourcePlace;
}

export interface ReadOrgAccount {
  id: string;
  name?: string;
  unit: string;
  place: SourcePlace;
}

export interface ReadOrgPolicy {
  id: string;
  name: string;
  type: 'scp' | 'rcp';
  description?: string;
  /** Absent for AWS's built-in FullAWSAccess and RCPFullAWSAccess, which the format names without one. */
  document?: { document: ReadDocument; place: SourcePlace };
  targets: { id: string; place: SourcePlace }[];
  place: SourcePlace;
}

export interface ReadOrganization {
  id?: string;
  managementAccount: string;
  units: ReadUnit[];
  accounts: ReadOrgAccount[];
  policies: ReadOrgPolicy[];
  place: SourcePlace;
}

/** Organizations' policy types that authorize; the others (tag, backup, AI opt-out, …) do not. */
const AUTHORIZATION_TYPES: Record<string, 'scp' | 'rcp'> = { SERVICE_CONTROL_POLICY: 'scp', RESOURCE_CONTROL_POLICY: 'rcp' };
/** The policies AWS creates itself; the scenario format names them without a document. */
const BUILT_IN = new Set(['FullAWSAccess', 'RCPFullAWSAccess']);

const ORG_FIELDS: FieldTable = {
  describeOrganization: 'read',
  listRoots: 'read',
  listOrganizationalUnitsForParent: 'read',
  listAccountsForParent: 'read',
  listPolicies: 'read',
  describePolicy: 'read',
  listTargetsForPolicy: 'read',
};
const ARN = 'the scenario derives ARNs from ids';
const ORGANIZATION_FIELDS: FieldTable = {
  Id: 'read',
  Arn: ARN,
  MasterAccountId: 'read',
  MasterAccountArn: ARN,
  MasterAccountEmail: 'e-mail addresses are not part of the scenario',
  FeatureSet: 'the scenario assumes all features (SCPs and RCPs need them)',
  AvailablePolicyTypes: 'the policy types enabled follow from the policies read',
};
const ROOT_FIELDS: FieldTable = {
  Id: 'read',
  Arn: 'read',
  Name: 'read',
  PolicyTypes: 'the policy types enabled follow from the policies read',
};
const OU_FIELDS: FieldTable = { Id: 'read', Arn: ARN, Name: 'read' };
const ACCOUNT_FIELDS: FieldTable = {
  Id: 'read',
  Arn: ARN,
  Name: 'read',
  Status: 'read',
  Email: 'e-mail addresses are not part of the scenario',
  JoinedMethod: 'how an account joined is not part of the scenario',
  JoinedTimestamp: 'dates are not part of the scenario',
  State: 'read',
};
const SUMMARY_FIELDS: FieldTable = { Id: 'read', Arn: ARN, Name: 'read', Description: 'read', Type: 'read', AwsManaged: 'read' };
const TARGET_FIELDS: FieldTable = { TargetId: 'read', Arn: ARN, Name: 'the target is named by its id', Type: 'read' };

interface Summary {
  id: string;
  name: string;
  typeName: string;
  description?: string;
  awsManaged: boolean;
  place: SourcePlace;
  content?: { document: ReadDocument; place: SourcePlace };
}

export function readOrganizationOutputs(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadOrganization | undefined {
  reader.fields(obj, at, ORG_FIELDS);
  const errorsBefore = reader.errors.length;

  const describe =
    obj['describeOrganization'] === undefined
      ? undefined
      : reader.object(obj['describeOrganization'], [...at, 'describeOrganization'], '`describeOrganization`');
  const organization = describe
    ? reader.object(describe['Organization'], [...at, 'describeOrganization', 'Organization'], '`Organization`')
    : undefined;
  if (organization) reader.fields(organization, [...at, 'describeOrganization', 'Organization'], ORGANIZATION_FIELDS);

  // list-roots: exactly one root; its ARN names the management account and the organization.
  const rootsAt = [...at, 'listRoots'];
  const rootsOutput = obj['listRoots'] === undefined ? undefined : reader.object(obj['listRoots'], rootsAt, '`listRoots`');
  if (!rootsOutput) {
    if (obj['listRoots'] === undefined) reader.error(at, '`listRoots` is missing: the output of `aws organizations list-roots`');
    return undefined;
  }
  const roots = reader.list(rootsOutput, 'Roots', rootsAt);
  if (roots.length !== 1) {
    reader.error([...rootsAt, 'Roots'], `an organization has exactly one root; found ${roots.length}`);
    return undefined;
  }
  const rootAt = [...rootsAt, 'Roots', 0];
  const root = reader.object(roots[0], rootAt, 'the root');
  if (!root) return undefined;
  reader.fields(root, rootAt, ROOT_FIELDS);
  const rootId = reader.requiredString(root, 'Id', rootAt);
  const rootArn = parseArn(reader.optionalString(root, 'Arn', rootAt) ?? '');
  const orgIdFromArn = rootArn ? /^root\/(o-[a-z0-9]+)\//.exec(rootArn.resource)?.[1] : undefined;

  const managementAccount = (organization && stringOf(organization['MasterAccountId'])) ?? rootArn?.account;
  if (!managementAccount || !isAccountId(managementAccount)) {
    reader.error(rootAt, 'cannot tell the management account: give the root `Arn` as list-roots prints it, or `describeOrganization`');
    return undefined;
  }
  const orgId = (organization && stringOf(organization['Id'])) ?? orgIdFromArn;
  if (rootId === undefined) return undefined;

  const units: ReadUnit[] = [{ id: rootId, name: reader.optionalString(root, 'Name', rootAt) ?? 'Root', place: reader.place(rootAt) }];
  forEachAsked(reader, obj, 'listOrganizationalUnitsForParent', 'parentId', 'OrganizationalUnits', at, (parent, item, iat) => {
    reader.fields(item, iat, OU_FIELDS);
    const id = reader.requiredString(item, 'Id', iat);
    if (id === undefined) return;
    if (units.some((u) => u.id === id)) reader.error([...iat, 'Id'], `organizational unit \`${id}\` is listed twice`);
    else units.push({ id, name: reader.optionalString(item, 'Name', iat) ?? id, parent, place: reader.place(iat) });
  });

  const accounts: ReadOrgAccount[] = [];
  forEachAsked(reader, obj, 'listAccountsForParent', 'parentId', 'Accounts', at, (parent, item, iat) => {
    reader.fields(item, iat, ACCOUNT_FIELDS);
    const id = reader.requiredString(item, 'Id', iat);
    if (id === undefined) return;
    if (accounts.some((a) => a.id === id)) {
      reader.error([...iat, 'Id'], `account ${id} is listed twice`);
      return;
    }
    const status = reader.optionalString(item, 'Status', iat) ?? reader.optionalString(item, 'State', iat);
    if (status !== undefined && status !== 'ACTIVE')
      reader.report('note', [...iat, 'Status'], `account ${id} is ${status}; it is imported as a member like the others`);
    const name = reader.optionalString(item, 'Name', iat);
    accounts.push({ id, unit: parent, place: reader.place(iat), ...(name ? { name } : {}) });
  });

  const summaries = new Map<string, Summary>();
  const addSummary = (item: JsonObject, iat: JsonPath, content?: Summary['content']): void => {
    reader.fields(item, iat, SUMMARY_FIELDS);
    const id = reader.requiredString(item, 'Id', iat);
    const name = reader.requiredString(item, 'Name', iat);
    const typeName = reader.requiredString(item, 'Type', iat);
    if (!id || !name || !typeName) return;
    const seen = summaries.get(id);
    // describe-policy and list-policies describe the same policy: the one with content wins.
    if (seen && (seen.content || !content)) return;
    const description = reader.optionalString(item, 'Description', iat);
    summaries.set(id, {
      id,
      name,
      typeName,
      awsManaged: reader.optionalBoolean(item, 'AwsManaged', iat) ?? false,
      place: reader.place(iat),
      ...(description ? { description } : {}),
      ...(content ? { content } : {}),
    });
  };
  reader.list(obj, 'describePolicy', at).forEach((entry, i) => {
    const eat = [...at, 'describePolicy', i];
    const asked = reader.object(entry, eat, 'each entry of `describePolicy`');
    if (!asked) return;
    reader.fields(asked, eat, { policyId: 'read', output: 'read' });
    const output = reader.object(asked['output'], [...eat, 'output'], '`output` (what describe-policy printed)');
    const policy = output && reader.object(output['Policy'], [...eat, 'output', 'Policy'], '`Policy`');
    if (!policy) return;
    const pat = [...eat, 'output', 'Policy'];
    reader.fields(policy, pat, { PolicySummary: 'read', Content: 'read' });
    const summary = reader.object(policy['PolicySummary'], [...pat, 'PolicySummary'], '`PolicySummary`');
    const document = policy['Content'] === undefined ? undefined : readPolicyDocument(reader, policy['Content'], [...pat, 'Content']);
    if (policy['Content'] === undefined) reader.error(pat, '`Content` is missing');
    if (summary && document) addSummary(summary, [...pat, 'PolicySummary'], { document, place: reader.place([...pat, 'Content']) });
  });
  forEachAsked(reader, obj, 'listPolicies', 'filter', 'Policies', at, (_filter, item, iat) => addSummary(item, iat));

  const targets = new Map<string, { id: string; place: SourcePlace }[]>();
  forEachAsked(reader, obj, 'listTargetsForPolicy', 'policyId', 'Targets', at, (policyId, item, iat) => {
    reader.fields(item, iat, TARGET_FIELDS);
    const id = reader.requiredString(item, 'TargetId', iat);
    if (id !== undefined) targets.set(policyId, [...(targets.get(policyId) ?? []), { id, place: reader.place([...iat, 'TargetId']) }]);
  });
  reader.list(obj, 'listTargetsForPolicy', at).forEach((entry, i) => {
    const policyId = typeof entry === 'object' && entry !== null ? (entry as JsonObject)['policyId'] : undefined;
    if (typeof policyId === 'string' && !summaries.has(policyId))
      reader.error(
        [...at, 'listTargetsForPolicy', i, 'policyId'],
        `no \`describePolicy\` or \`listPolicies\` entry names policy \`${policyId}\``,
      );
  });

  const policies: ReadOrgPolicy[] = [];
  for (const s of summaries.values()) {
    const type = AUTHORIZATION_TYPES[s.typeName];
    if (!type) {
      reader.reportAt('skipped', s.place, `${s.typeName} \`${s.name}\`: not an authorization policy (only SCPs and RCPs decide access)`);
      continue;
    }
    const builtIn = s.awsManaged && BUILT_IN.has(s.name);
    if (!s.content && !builtIn) {
      reader.reportAt(
        'skipped',
        s.place,
        `${type.toUpperCase()} \`${s.name}\` is listed but not described: give the output of \`describe-policy --policy-id ${s.id}\` for its content`,
      );
      continue;
    }
    const attachedTo = targets.get(s.id);
    if (!attachedTo)
      reader.reportAt(
        'note',
        s.place,
        `${type.toUpperCase()} \`${s.name}\`: no \`listTargetsForPolicy\` for ${s.id}, so it is attached nowhere`,
      );
    policies.push({
      id: s.id,
      name: s.name,
      type,
      targets: attachedTo ?? [],
      place: s.place,
      ...(s.description ? { description: s.description } : {}),
      ...(s.content && !builtIn ? { document: s.content } : {}),
    });
  }
  if (reader.errors.length > errorsBefore) return undefined;
  return { managementAccount, units, accounts, policies, place: reader.place(at), ...(orgId ? { id: orgId } : {}) };
}

/**
 * Entries `{ ARGUMENT: "…", "output": { LIST: [...] } }`: one command's output beside the argument
 * it was asked with, since outputs such as list-accounts-for-parent do not repeat it.
 */
function forEachAsked(
  reader: SourceReader,
  obj: JsonObject,
  key: string,
  argument: string,
  listKey: string,
  at: JsonPath,
  visit: (argument: string, item: JsonObject, at: JsonPath) => void,
): void {
  reader.list(obj, key, at).forEach((entry, i) => {
    const eat = [...at, key, i];
    const asked = reader.object(entry, eat, `each entry of \`${key}\``);
    if (!asked) return;
    reader.fields(asked, eat, { [argument]: 'read', output: 'read' });
    const value = reader.requiredString(asked, argument, eat);
    const output = reader.object(asked['output'], [...eat, 'output'], '`output` (what the command printed)');
    if (!output || value === undefined) return;
    reader.fields(output, [...eat, 'output'], { [listKey]: 'read', NextToken: 'a pagination token' });
    reader.list(output, listKey, [...eat, 'output']).forEach((item, j) => {
      const iat = [...eat, 'output', listKey, j];
      const itemObj = reader.object(item, iat, `each entry of \`${listKey}\``);
      if (itemObj) visit(value, itemObj, iat);
    });
  });
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
