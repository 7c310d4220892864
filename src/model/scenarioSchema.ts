import * as z from 'zod';
import { policyDocumentSchema } from './policyDocumentSchema';

/**
 * The scenario document, version 1: the single source of truth for the TypeScript types, the
 * runtime shape check and the JSON Schema Monaco validates with. Cross-references (does group
 * `Admins` exist?) are checked in validateScenario, which speaks IAM rather than JSON Schema.
 * Contract: ../shared/docs/scenario-format.md — add optional fields only.
 */
export const SCENARIO_FORMAT = 'iam-playground/scenario';
export const SCENARIO_VERSION = 1;

const tags = z.record(z.string(), z.string());
const accountId = z.string();

const inlinePolicy = z.object({ name: z.string().min(1), document: policyDocumentSchema });

const contextScalar = z.union([z.string(), z.number(), z.boolean()]);
export const contextValueSchema = z.union([contextScalar, z.array(contextScalar)]);

export const decisionSchema = z.enum(['allowed', 'explicitDeny', 'implicitDeny']);
export const expectationSchema = z.enum(['allowed', 'explicitDeny', 'implicitDeny', 'denied']);

export const accountSchema = z.object({
  id: accountId,
  alias: z.string().optional(),
  unit: z.string().optional(),
});

export const organizationPolicySchema = z.object({
  name: z.string().min(1),
  type: z.enum(['scp', 'rcp']),
  targets: z.array(z.string()).default([]),
  description: z.string().optional(),
  document: policyDocumentSchema.optional(),
});

export const organizationSchema = z.object({
  id: z.string().optional(),
  managementAccount: accountId,
  units: z.array(z.object({ id: z.string().min(1), name: z.string().optional(), parent: z.string().optional() })).default([]),
  policies: z.array(organizationPolicySchema).default([]),
});

export const managedPolicySchema = z.object({
  name: z.string().min(1),
  account: accountId.optional(),
  path: z.string().optional(),
  description: z.string().optional(),
  document: policyDocumentSchema,
});

export const userSchema = z.object({
  name: z.string().min(1),
  account: accountId.optional(),
  path: z.string().optional(),
  groups: z.array(z.string()).optional(),
  managedPolicies: z.array(z.string()).optional(),
  inlinePolicies: z.array(inlinePolicy).optional(),
  permissionsBoundary: z.string().nullable().optional(),
  tags: tags.optional(),
  console: z.object({ password: z.boolean().optional(), mfa: z.boolean().optional() }).optional(),
  accessKeys: z
    .array(z.object({ id: z.string(), status: z.enum(['Active', 'Inactive']).optional(), created: z.string().optional() }))
    .optional(),
});

export const groupSchema = z.object({
  name: z.string().min(1),
  account: accountId.optional(),
  path: z.string().optional(),
  managedPolicies: z.array(z.string()).optional(),
  inlinePolicies: z.array(inlinePolicy).optional(),
});

export const roleSchema = z.object({
  name: z.string().min(1),
  account: accountId.optional(),
  path: z.string().optional(),
  description: z.string().optional(),
  trustPolicy: policyDocumentSchema.optional(),
  managedPolicies: z.array(z.string()).optional(),
  inlinePolicies: z.array(inlinePolicy).optional(),
  permissionsBoundary: z.string().nullable().optional(),
  tags: tags.optional(),
  maxSessionDuration: z.number().int().optional(),
});

/**
 * An IAM identity provider, the issuer a role trusts for federation: SAML 2.0 by its `name`
 * (`arn:aws:iam::ACCOUNT:saml-provider/NAME`), OpenID Connect by its issuer `url`
 * (`arn:aws:iam::ACCOUNT:oidc-provider/HOST`), with the audiences it accepts in `clientIds`. One
 * shape for both kinds (validation says which field each kind needs), so a mistake reads as
 * "`url` is required" rather than as a union that did not match.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html
 */
export const identityProviderSchema = z.object({
  type: z.enum(['saml', 'oidc']),
  /** SAML: the provider's name. */
  name: z.string().min(1).optional(),
  /** OIDC: the issuer URL, `https://HOST`. */
  url: z.string().min(1).optional(),
  account: accountId.optional(),
  /** OIDC: the client IDs (audiences) the provider accepts. */
  clientIds: z.array(z.string()).optional(),
  description: z.string().optional(),
});

export const resourceSchema = z.object({
  arn: z.string().min(1),
  account: accountId.optional(),
  policy: policyDocumentSchema.nullable().optional(),
  tags: tags.optional(),
});

/**
 * A role session's (or federated user's) tags, transitive tag keys and source identity: the facts
 * STS gives a session, in the shape its API takes them (`Tags`, `TransitiveTagKeys`,
 * `SourceIdentity`). A query states them for its principal's session at the top level, and for
 * the session an STS call asks for in `newSession`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
 */
const sessionTagsField = tags.describe(
  'Session tags, KEY: VALUE. Seen as aws:PrincipalTag/KEY in the session, overriding a role tag of the same key (keys match case-insensitively).',
);
const transitiveTagKeysField = z
  .array(z.string())
  .describe('Keys of the session tags that are transitive: they persist into the next session of a role chain.');
const sourceIdentityField = z
  .string()
  .describe('The source identity: aws:SourceIdentity in the session; it persists through role chaining and cannot be changed.');

export const newSessionSchema = z
  .object({
    sessionTags: sessionTagsField.optional(),
    transitiveTagKeys: transitiveTagKeysField.optional(),
    sourceIdentity: sourceIdentityField.optional(),
  })
  .describe(
    'For sts:AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, GetFederationToken, TagSession and SetSourceIdentity queries: what the call passes for the session it asks for. Its tags are aws:RequestTag/KEY and aws:TagKeys, its transitive keys sts:TransitiveTagKeys, its source identity sts:SourceIdentity; passing tags needs sts:TagSession, a source identity sts:SetSourceIdentity.',
  );

export const querySchema = z.object({
  name: z.string().optional(),
  principal: z.string().min(1),
  action: z.string().min(1),
  resource: z.string().min(1),
  context: z.record(z.string(), contextValueSchema).optional(),
  sessionPolicy: policyDocumentSchema.nullable().optional(),
  sessionName: z.string().optional(),
  /** The principal's own session (a role session; tags only for a federated user). */
  sessionTags: sessionTagsField.optional(),
  transitiveTagKeys: transitiveTagKeysField.optional(),
  sourceIdentity: sourceIdentityField.optional(),
  /** The session an STS call in this query asks for. */
  newSession: newSessionSchema.optional(),
  /** For a federated user (`federated-user/NAME`): the IAM user that called sts:GetFederationToken. */
  federatingUser: z.string().optional(),
  time: z.string().optional(),
  autoContext: z.boolean().optional(),
  expect: expectationSchema.optional(),
  /**
   * Playground extension (optional): the principal gains no access since a baseline, within this
   * query's action and resource (wildcard patterns; `*` for any) — the CLI's `check --baseline
   * OLD.json`, the app's "What my edit changes" baseline.
   */
  noNewAccess: z
    .boolean()
    .optional()
    .describe(
      "Assert that the principal gains no access since a baseline, within this query's action and resource (each may be a wildcard pattern, * for any): check --baseline OLD.json in the CLI, the baseline of What my edit changes in the app.",
    ),
});

export const scenarioSchema = z.object({
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  title: z.string().optional(),
  description: z.string().optional(),
  defaultAccount: accountId.optional(),
  accounts: z.array(accountSchema).optional(),
  organization: organizationSchema.optional(),
  policies: z.array(managedPolicySchema).optional(),
  users: z.array(userSchema).optional(),
  groups: z.array(groupSchema).optional(),
  roles: z.array(roleSchema).optional(),
  identityProviders: z.array(identityProviderSchema).optional(),
  resources: z.array(resourceSchema).optional(),
  queries: z.array(querySchema).optional(),
  /** Playground extension (optional): where the user placed graph nodes, by node id. */
  layout: z
    .object({
      positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional(),
      /** Graph containers (accounts, OUs) shown folded into one node, by node id. */
      collapsed: z.array(z.string()).optional(),
      /** Path boxes of a large account (folded until opened) that are shown open, by node id. */
      expanded: z.array(z.string()).optional(),
    })
    .optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type OrganizationPolicy = z.infer<typeof organizationPolicySchema>;
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;
export type User = z.infer<typeof userSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type IdentityProvider = z.infer<typeof identityProviderSchema>;
export type Query = z.infer<typeof querySchema>;
export type NewSession = z.infer<typeof newSessionSchema>;
export type ContextValue = z.infer<typeof contextValueSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
export type InlinePolicy = z.infer<typeof inlinePolicy>;

/**
 * Top-level fields that are not part of the IAM world the queries are asked of: editing them
 * changes no answer, no graph and no finding (a query's session policy aside).
 */
export const NOT_WORLD_FIELDS: ReadonlySet<string> = new Set(['queries', 'title', 'description']);
