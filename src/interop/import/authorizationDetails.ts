import { isAccountId, parseArn } from '../../model';
import type { SourcePlace } from './importReport';
import { readPolicyDocument, type ReadDocument } from './policyDocumentValue';
import { isObject, type FieldTable, type JsonObject, type JsonPath, type SourceReader } from './sourceReader';

/**
 * The output of `aws iam get-account-authorization-details`, read as it is printed: the shapes of
 * UserDetail, GroupDetail, RoleDetail and ManagedPolicyDetail in the IAM API reference
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html).
 * References stay as ARNs here; the account assembly resolves them against the whole account.
 */

export const AUTHORIZATION_DETAILS_LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

export interface ReadAttachment {
  arn: string;
  place: SourcePlace;
}

export interface ReadInline {
  name: string;
  document: ReadDocument;
  /** Where the document is. */
  place: SourcePlace;
}

interface ReadEntityBase {
  name: string;
  path: string;
  place: SourcePlace;
  attached: ReadAttachment[];
  inline: ReadInline[];
}

export interface ReadUser extends ReadEntityBase {
  groups: { name: string; place: SourcePlace }[];
  boundary?: ReadAttachment;
  tags?: Record<string, string>;
}

export type ReadGroup = ReadEntityBase;

export interface ReadRole extends ReadEntityBase {
  trust?: { document: ReadDocument; place: SourcePlace };
  boundary?: ReadAttachment;
  tags?: Record<string, string>;
  description?: string;
  maxSessionDuration?: number;
  instanceProfiles: string[];
}

export interface ReadManagedPolicy {
  arn: string;
  name: string;
  path: string;
  description?: string;
  place: SourcePlace;
  /** The default version: the one IAM evaluates. */
  defaultVersion?: { id?: string; document: ReadDocument; place: SourcePlace };
  otherVersions: number;
}

export interface AccountDetails {
  file: string;
  account: string;
  partition: string;
  /** `IsTruncated: true`: one page of a longer answer. */
  truncated: boolean;
  users: ReadUser[];
  groups: ReadGroup[];
  roles: ReadRole[];
  /** Customer managed policies, and the AWS managed policies AWS listed beside them. */
  policies: ReadManagedPolicy[];
}

const IDS = 'the playground derives its own unique ids';
const DATES = 'dates are not part of the scenario';

const TOP_FIELDS: FieldTable = {
  UserDetailList: 'read',
  GroupDetailList: 'read',
  RoleDetailList: 'read',
  Policies: 'read',
  IsTruncated: 'read',
  Marker: 'a pagination token',
};
const USER_FIELDS: FieldTable = {
  UserName: 'read',
  Path: 'read',
  Arn: 'read',
  GroupList: 'read',
  AttachedManagedPolicies: 'read',
  UserPolicyList: 'read',
  PermissionsBoundary: 'read',
  Tags: 'read',
  UserId: IDS,
  CreateDate: DATES,
};
const GROUP_FIELDS: FieldTable = {
  GroupName: 'read',
  Path: 'read',
  Arn: 'read',
  AttachedManagedPolicies: 'read',
  GroupPolicyList: 'read',
  GroupId: IDS,
  CreateDate: DATES,
};
const ROLE_FIELDS: FieldTable = {
  RoleName: 'read',
  Path: 'read',
  Arn: 'read',
  AssumeRolePolicyDocument: 'read',
  AttachedManagedPolicies: 'read',
  RolePolicyList: 'read',
  PermissionsBoundary: 'read',
  Tags: 'read',
  InstanceProfileList: 'read',
  // Not in RoleDetail, but in `aws iam get-role`'s Role, which people paste beside it.
  Description: 'read',
  MaxSessionDuration: 'read',
  RoleId: IDS,
  CreateDate: DATES,
  RoleLastUsed: 'when a role was last used is not part of the scenario',
};
const POLICY_FIELDS: FieldTable = {
  PolicyName: 'read',
  Path: 'read',
  Arn: 'read',
  Description: 'read',
  DefaultVersionId: 'read',
  PolicyVersionList: 'read',
  PolicyId: IDS,
  CreateDate: DATES,
  UpdateDate: DATES,
  AttachmentCount: 'AWS counts it from the attachments, which are read',
  PermissionsBoundaryUsageCount: 'AWS counts it from the boundaries, which are read',
  IsAttachable: 'every customer managed policy in the scenario can be attached',
};
const VERSION_FIELDS: FieldTable = { Document: 'read', VersionId: 'read', IsDefaultVersion: 'read', CreateDate: DATES };
const INLINE_FIELDS: FieldTable = { PolicyName: 'read', PolicyDocument: 'read' };
const ATTACHED_FIELDS: FieldTable = { PolicyName: 'the ARN names the policy', PolicyArn: 'read' };
const BOUNDARY_FIELDS: FieldTable = { PermissionsBoundaryType: 'read', PermissionsBoundaryArn: 'read' };
const TAG_FIELDS: FieldTable = { Key: 'read', Value: 'read' };

export function looksLikeAuthorizationDetails(json: JsonObject): boolean {
  return AUTHORIZATION_DETAILS_LISTS.some((key) => key in json);
}

/** Reads one file; undefined when it has errors (they are in `reader.errors`). */
export function readAuthorizationDetails(reader: SourceReader, json: JsonObject): AccountDetails | undefined {
  reader.fields(json, [], TOP_FIELDS);
  const truncated = reader.optionalBoolean(json, 'IsTruncated', []) ?? false;
  const arns: { arn: string; at: JsonPath }[] = [];
  const each = <T>(key: string, read: (obj: JsonObject, at: JsonPath) => T | undefined): T[] =>
    reader.list(json, key, []).flatMap((item, i) => {
      const obj = reader.object(item, [key, i], `each entry of \`${key}\``);
      if (!obj) return [];
      const arn = obj['Arn'];
      if (typeof arn === 'string') arns.push({ arn, at: [key, i, 'Arn'] });
      const value = read(obj, [key, i]);
      return value === undefined ? [] : [value];
    });

  const users = each('UserDetailList', (obj, at) => readUser(reader, obj, at));
  const groups = each('GroupDetailList', (obj, at) => readGroup(reader, obj, at));
  const roles = each('RoleDetailList', (obj, at) => readRole(reader, obj, at));
  const policies = each('Policies', (obj, at) => readManagedPolicy(reader, obj, at));

  const owner = accountOf(reader, arns);
  if (reader.errors.length > 0 || !owner) return undefined;
  return { file: reader.file, account: owner.account, partition: owner.partition, truncated, users, groups, roles, policies };
}

/** The account whose details these are: the one every IAM ARN in the file names (AWS managed policies aside). */
function accountOf(reader: SourceReader, arns: { arn: string; at: JsonPath }[]): { account: string; partition: string } | undefined {
  let found: { account: string; partition: string; at: JsonPath } | undefined;
  for (const { arn, at } of arns) {
    const parsed = parseArn(arn);
    if (!parsed || parsed.service !== 'iam') {
      reader.error(at, `\`${arn}\` is not an IAM ARN`);
      continue;
    }
    if (parsed.account === 'aws') continue;
    if (!isAccountId(parsed.account)) {
      reader.error(at, `the account \`${parsed.account}\` in \`${arn}\` is not 12 digits`);
      continue;
    }
    if (!found) found = { account: parsed.account, partition: parsed.partition, at };
    else if (found.account !== parsed.account) {
      reader.error(
        at,
        `\`${arn}\` is in account ${parsed.account}, but this file is account ${found.account} (see ${pointerText(found.at)}): give one file per account`,
      );
    }
  }
  if (!found && reader.errors.length === 0) {
    reader.error([], 'cannot tell which account this is: no user, group, role or customer managed policy in it carries an `Arn`');
  }
  return found;
}

function pointerText(at: JsonPath): string {
  return '/' + at.join('/');
}

function readUser(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadUser | undefined {
  reader.fields(obj, at, USER_FIELDS);
  const name = reader.requiredString(obj, 'UserName', at);
  const path = pathOf(reader, obj, at);
  const groups = reader.list(obj, 'GroupList', at).flatMap((g, j) => {
    if (typeof g === 'string' && g) return [{ name: g, place: reader.place([...at, 'GroupList', j]) }];
    reader.error([...at, 'GroupList', j], 'a group name must be a non-empty string');
    return [];
  });
  const attached = attachments(reader, obj, at);
  const inline = inlinePolicies(reader, obj, 'UserPolicyList', at);
  const boundary = boundaryOf(reader, obj, at);
  const tags = tagsOf(reader, obj, at);
  if (name === undefined) return undefined;
  return { name, path, place: reader.place(at), groups, attached, inline, ...(boundary ? { boundary } : {}), ...(tags ? { tags } : {}) };
}

function readGroup(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadGroup | undefined {
  reader.fields(obj, at, GROUP_FIELDS);
  const name = reader.requiredString(obj, 'GroupName', at);
  const path = pathOf(reader, obj, at);
  const attached = attachments(reader, obj, at);
  const inline = inlinePolicies(reader, obj, 'GroupPolicyList', at);
  if (name === undefined) return undefined;
  return { name, path, place: reader.place(at), attached, inline };
}

function readRole(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadRole | undefined {
  reader.fields(obj, at, ROLE_FIELDS);
  const name = reader.requiredString(obj, 'RoleName', at);
  const path = pathOf(reader, obj, at);
  let trust: ReadRole['trust'];
  if (obj['AssumeRolePolicyDocument'] !== undefined) {
    const document = readPolicyDocument(reader, obj['AssumeRolePolicyDocument'], [...at, 'AssumeRolePolicyDocument']);
    if (document) trust = { document, place: reader.place([...at, 'AssumeRolePolicyDocument']) };
  } else reader.error(at, '`AssumeRolePolicyDocument` is missing: every role has a trust policy');
  const attached = attachments(reader, obj, at);
  const inline = inlinePolicies(reader, obj, 'RolePolicyList', at);
  const boundary = boundaryOf(reader, obj, at);
  const tags = tagsOf(reader, obj, at);
  const description = reader.optionalString(obj, 'Description', at);
  const maxSessionDuration = reader.optionalInteger(obj, 'MaxSessionDuration', at);
  const instanceProfiles = reader.list(obj, 'InstanceProfileList', at).flatMap((p, j) => {
    const profile = reader.object(p, [...at, 'InstanceProfileList', j], 'an instance profile');
    const profileName = profile?.['InstanceProfileName'];
    return typeof profileName === 'string' ? [profileName] : [];
  });
  if (name === undefined) return undefined;
  if (instanceProfiles.length > 0) {
    const profiles = `instance profile${instanceProfiles.length > 1 ? 's' : ''} ${instanceProfiles.map((p) => `\`${p}\``).join(', ')}`;
    reader.notModelledEach(
      'instance-profiles',
      [...at, 'InstanceProfileList'],
      (count) =>
        (count === 1
          ? `role \`${name}\` is in ${profiles}`
          : `${count} roles are in instance profiles (the first: \`${name}\` in ${profiles})`) +
        ': the scenario format has no instance profiles; ask about the role itself (an instance uses a session of it)',
    );
  }
  return {
    name,
    path,
    place: reader.place(at),
    attached,
    inline,
    instanceProfiles,
    ...(trust ? { trust } : {}),
    ...(boundary ? { boundary } : {}),
    ...(tags ? { tags } : {}),
    ...(description ? { description } : {}),
    ...(maxSessionDuration !== undefined ? { maxSessionDuration } : {}),
  };
}

function readManagedPolicy(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadManagedPolicy | undefined {
  reader.fields(obj, at, POLICY_FIELDS);
  const name = reader.requiredString(obj, 'PolicyName', at);
  const arn = reader.requiredString(obj, 'Arn', at);
  const path = pathOf(reader, obj, at);
  const description = reader.optionalString(obj, 'Description', at);
  const defaultVersionId = reader.optionalString(obj, 'DefaultVersionId', at);
  const versions = reader.list(obj, 'PolicyVersionList', at).flatMap((v, j) => {
    const vat = [...at, 'PolicyVersionList', j];
    const version = reader.object(v, vat, 'a policy version');
    if (!version) return [];
    reader.fields(version, vat, VERSION_FIELDS);
    return [
      {
        at: vat,
        id: reader.optionalString(version, 'VersionId', vat),
        isDefault: reader.optionalBoolean(version, 'IsDefaultVersion', vat),
        raw: version['Document'],
      },
    ];
  });
  if (name === undefined || arn === undefined) return undefined;
  // IAM evaluates the default version only; IsDefaultVersion marks it, DefaultVersionId names it.
  const flagged = versions.filter((v) => v.isDefault === true);
  if (flagged.length > 1) {
    reader.error(
      [...at, 'PolicyVersionList'],
      `policy \`${name}\` has ${flagged.length} versions marked \`IsDefaultVersion\`; a policy has one default version`,
    );
    return undefined;
  }
  const chosen = flagged[0] ?? versions.find((v) => defaultVersionId !== undefined && v.id === defaultVersionId);
  if (chosen && defaultVersionId !== undefined && chosen.id !== undefined && chosen.id !== defaultVersionId) {
    reader.error(
      [...chosen.at, 'IsDefaultVersion'],
      `version ${chosen.id} is marked default, but \`DefaultVersionId\` is ${defaultVersionId}`,
    );
    return undefined;
  }
  const isAws = /^arn:[^:]+:iam::aws:policy\//.test(arn);
  let defaultVersion: ReadManagedPolicy['defaultVersion'];
  if (chosen) {
    if (chosen.raw === undefined) reader.error(chosen.at, '`Document` is missing from the default version');
    else {
      const document = readPolicyDocument(reader, chosen.raw, [...chosen.at, 'Document']);
      if (document) defaultVersion = { ...(chosen.id ? { id: chosen.id } : {}), document, place: reader.place([...chosen.at, 'Document']) };
    }
  } else if (!isAws) {
    // An AWS managed policy's document comes from the playground's catalog; a customer's must be here.
    reader.error(
      versions.length > 0 ? [...at, 'PolicyVersionList'] : at,
      `customer managed policy \`${name}\` has no default version in \`PolicyVersionList\`${defaultVersionId ? ` (DefaultVersionId ${defaultVersionId})` : ''}`,
    );
    return undefined;
  }
  if (!isAws && versions.length > 1) {
    const left = `${versions.length - 1} non-default version${versions.length > 2 ? 's' : ''}`;
    reader.notModelledEach(
      'policy-versions',
      [...at, 'PolicyVersionList'],
      (count) =>
        (count === 1
          ? `policy \`${name}\`: ${left} left out`
          : `${count} policies have non-default versions, left out (the first: \`${name}\`, ${left})`) +
        '; IAM evaluates the default version only',
    );
  }
  return {
    arn,
    name,
    path,
    place: reader.place(at),
    otherVersions: Math.max(0, versions.length - 1),
    ...(description ? { description } : {}),
    ...(defaultVersion ? { defaultVersion } : {}),
  };
}

function pathOf(reader: SourceReader, obj: JsonObject, at: JsonPath): string {
  const path = reader.optionalString(obj, 'Path', at) ?? '/';
  // IAM paths start and end with `/` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html).
  if (!path.startsWith('/') || !path.endsWith('/')) {
    reader.error([...at, 'Path'], `\`${path}\` is not an IAM path (it starts and ends with \`/\`)`);
    return '/';
  }
  return path;
}

function attachments(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadAttachment[] {
  return reader.list(obj, 'AttachedManagedPolicies', at).flatMap((a, j) => {
    const aat = [...at, 'AttachedManagedPolicies', j];
    const attached = reader.object(a, aat, 'an attached policy');
    if (!attached) return [];
    reader.fields(attached, aat, ATTACHED_FIELDS);
    const arn = reader.requiredString(attached, 'PolicyArn', aat);
    return arn ? [{ arn, place: reader.place([...aat, 'PolicyArn']) }] : [];
  });
}

function inlinePolicies(reader: SourceReader, obj: JsonObject, key: string, at: JsonPath): ReadInline[] {
  return reader.list(obj, key, at).flatMap((p, j) => {
    const pat = [...at, key, j];
    const policy = reader.object(p, pat, 'an inline policy');
    if (!policy) return [];
    reader.fields(policy, pat, INLINE_FIELDS);
    const name = reader.requiredString(policy, 'PolicyName', pat);
    if (policy['PolicyDocument'] === undefined) {
      reader.error(pat, '`PolicyDocument` is missing');
      return [];
    }
    const document = readPolicyDocument(reader, policy['PolicyDocument'], [...pat, 'PolicyDocument']);
    return name && document ? [{ name, document, place: reader.place([...pat, 'PolicyDocument']) }] : [];
  });
}

function boundaryOf(reader: SourceReader, obj: JsonObject, at: JsonPath): ReadAttachment | undefined {
  const value = obj['PermissionsBoundary'];
  if (value === undefined || value === null) return undefined;
  const bat = [...at, 'PermissionsBoundary'];
  const boundary = reader.object(value, bat, '`PermissionsBoundary`');
  if (!boundary) return undefined;
  reader.fields(boundary, bat, BOUNDARY_FIELDS);
  const type = reader.optionalString(boundary, 'PermissionsBoundaryType', bat);
  if (type !== undefined && type !== 'PermissionsBoundaryPolicy') {
    reader.error([...bat, 'PermissionsBoundaryType'], `\`${type}\` is not a boundary type IAM knows (PermissionsBoundaryPolicy)`);
  }
  const arn = reader.requiredString(boundary, 'PermissionsBoundaryArn', bat);
  return arn ? { arn, place: reader.place([...bat, 'PermissionsBoundaryArn']) } : undefined;
}

function tagsOf(reader: SourceReader, obj: JsonObject, at: JsonPath): Record<string, string> | undefined {
  const list = reader.list(obj, 'Tags', at);
  if (list.length === 0) return undefined;
  const entries: [string, string][] = [];
  list.forEach((t, j) => {
    const tat = [...at, 'Tags', j];
    if (!isObject(t)) {
      reader.error(tat, 'a tag must be an object with `Key` and `Value`');
      return;
    }
    reader.fields(t, tat, TAG_FIELDS);
    const key = reader.requiredString(t, 'Key', tat);
    const value = reader.optionalString(t, 'Value', tat) ?? '';
    if (key !== undefined) entries.push([key, value]);
  });
  // fromEntries makes own properties, so a tag named `__proto__` stays data (and restore reports it).
  return Object.fromEntries(entries);
}
