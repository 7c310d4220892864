import { Rng } from './prng';
import {
  ACCOUNT_A,
  ACCOUNT_B,
  ACCOUNT_MGMT,
  ACTIONS,
  ENVS,
  ORG_ID,
  ORG_ROOT,
  PolicyGen,
  REGIONS,
  ROLE_NAMES,
  SOURCE_IPS,
  TAG_KEYS,
  TEAMS,
  TIMES,
  USER_NAMES,
  VPCS,
  principalArnKey,
  resourceFor,
  roleArn,
  userArn,
  type ActionDef,
  type Context,
  type Focus,
  type PolicyDoc,
  type PrincipalSpec,
} from './policyGen';

/**
 * One random access question and the world around it, in neutral form: the differential test turns
 * it into our scenario JSON and into iam-simulate's Simulation, so both engines see the same facts.
 */

export type Attachment = 'inline' | 'managed' | 'group';

/** An organization: root → ou-work → ou-sandbox; account A in ou-work, B in the org or not. */
export interface OrgSpec {
  /** Unit of each member account (management excluded). */
  accountUnits: Record<string, 'root' | 'ou-work' | 'ou-sandbox'>;
  /** SCPs: a document, or null for AWS's FullAWSAccess. */
  scps: { name: string; doc: PolicyDoc | null; targets: string[] }[];
  rcps: { name: string; doc: PolicyDoc; targets: string[] }[];
}

export interface CaseSpec {
  seed: number;
  principal: PrincipalSpec;
  identity: { doc: PolicyDoc; attach: Attachment }[];
  boundary: PolicyDoc | null;
  sessionPolicy: PolicyDoc | null;
  action: string;
  resource: string;
  resourceAccount: string;
  /** The resource-based policy that governs the resource (a role's trust policy for sts:AssumeRole). */
  resourcePolicy: PolicyDoc | null;
  org: OrgSpec | null;
  context: Context;
}

export const UNIT_PARENT: Record<string, string | undefined> = { root: undefined, 'ou-work': 'root', 'ou-sandbox': 'ou-work' };

/** The levels of an account's org path, root first, as unit or account ids. */
export function orgPath(org: OrgSpec, account: string): string[] | null {
  const unit = org.accountUnits[account];
  if (unit === undefined) return null;
  const units: string[] = [];
  for (let u: string | undefined = unit; u !== undefined; u = UNIT_PARENT[u]) units.unshift(u);
  return [...units, account];
}

const FULL: PolicyDoc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
export const FULL_AWS_ACCESS = FULL;

function genPrincipal(rng: Rng, account: string, def: ActionDef): PrincipalSpec {
  const tags = (): Record<string, string> => {
    const t: Record<string, string> = {};
    if (rng.chance(0.8)) t.team = rng.pick(TEAMS);
    if (rng.chance(0.6)) t.env = rng.pick(ENVS);
    return t;
  };
  const kind = rng.weighted<PrincipalSpec['kind']>([
    [50, 'user'],
    [38, 'role'],
    [3, 'root'],
    [def.servicePrincipal ? 12 : 0, 'service'],
    [def.shape === 's3object' || def.shape === 's3bucket' ? 8 : 0, 'anonymous'],
  ]);
  switch (kind) {
    case 'user':
      return { kind, account, name: rng.pick(USER_NAMES), path: rng.chance(0.25) ? '/eng/' : '/', tags: tags() };
    case 'role':
      return {
        kind,
        account,
        name: rng.pick(ROLE_NAMES),
        path: rng.chance(0.2) ? '/service/' : '/',
        tags: tags(),
        sessionName: rng.pick(['session', 'ci-run-42', 'alice']),
      };
    case 'root':
      return { kind, account };
    case 'service':
      return { kind, service: rng.chance(0.85) ? def.servicePrincipal! : 'sns.amazonaws.com' };
    case 'anonymous':
      return { kind };
  }
}

/** The request context both engines get, given explicitly (our engine with autoContext off). */
export function genContext(rng: Rng, p: PrincipalSpec, resourceAccount: string, org: OrgSpec | null, def: ActionDef): Context {
  const c: Context = {};
  const maybe = (prob: number, key: string, value: string | string[]) => {
    if (rng.chance(prob)) c[key] = value;
  };
  const time = rng.pick(TIMES);
  maybe(0.95, 'aws:CurrentTime', time);
  maybe(0.5, 'aws:EpochTime', String(Date.parse(time) / 1000));
  maybe(0.9, 'aws:SourceIp', rng.pick(SOURCE_IPS));
  maybe(0.85, 'aws:SecureTransport', rng.chance(0.75) ? 'true' : 'false');
  maybe(0.7, 'aws:RequestedRegion', rng.pick(REGIONS));
  maybe(0.3, 'aws:SourceVpc', rng.pick(VPCS));
  maybe(0.8, 'aws:ResourceAccount', resourceAccount);
  if (p.kind === 'user' || p.kind === 'role' || p.kind === 'root') {
    c['aws:PrincipalArn'] = principalArnKey(p)!;
    c['aws:PrincipalAccount'] = p.account;
    c['aws:PrincipalType'] = p.kind === 'user' ? 'User' : p.kind === 'role' ? 'AssumedRole' : 'Account';
    maybe(0.8, 'aws:ViaAWSService', 'false');
    if (p.kind === 'user') {
      c['aws:username'] = p.name;
      c['aws:userid'] = `AIDA${p.name.toUpperCase()}`;
    }
    if (p.kind === 'user' || p.kind === 'role') for (const [k, v] of Object.entries(p.tags)) c[`aws:PrincipalTag/${k}`] = v;
    if (p.kind === 'role') maybe(0.8, 'aws:TokenIssueTime', rng.pick(TIMES));
    if (p.kind === 'user' || p.kind === 'root') {
      if (rng.chance(0.7)) {
        const mfa = rng.chance(0.5);
        c['aws:MultiFactorAuthPresent'] = mfa ? 'true' : 'false';
        if (mfa) c['aws:MultiFactorAuthAge'] = rng.pick(['120', '900', '7200']);
      }
    }
    const path = org ? orgPath(org, p.account) : null;
    if (path) {
      c['aws:PrincipalOrgID'] = ORG_ID;
      c['aws:PrincipalOrgPaths'] = [`${ORG_ID}/${ORG_ROOT}/${path.slice(1, -1).join('/')}${path.length > 2 ? '/' : ''}`];
    }
  }
  if (p.kind === 'service') {
    maybe(0.8, 'aws:SourceAccount', rng.chance(0.8) ? resourceAccount : ACCOUNT_B);
    maybe(
      0.7,
      'aws:SourceArn',
      rng.pick([`arn:aws:sns:us-east-1:${resourceAccount}:orders-topic`, 'arn:aws:events:us-east-1:222222222222:rule/nightly']),
    );
  }
  if (def.shape === 'regional' || def.shape === 'role') {
    maybe(0.5, 'aws:ResourceTag/env', rng.pick(ENVS));
    maybe(0.4, 'aws:ResourceTag/owner', rng.pick([...USER_NAMES, ...TEAMS]));
  }
  if (def.action === 's3:PutObject' || def.action === 'sqs:SendMessage' || def.action === 'dynamodb:PutItem' || def.shape === 'role') {
    if (rng.chance(0.4)) {
      const keys = rng.some(TAG_KEYS, 1, 3);
      c['aws:TagKeys'] = keys;
      if (keys.includes('env')) c['aws:RequestTag/env'] = rng.pick(ENVS);
    }
  }
  if (def.action === 's3:ListBucket') maybe(0.7, 's3:prefix', rng.pick(['home/alice/', 'reports/', 'public/', 'home/bob/']));
  return c;
}

function genMembership(rng: Rng): OrgSpec {
  const accountUnits: OrgSpec['accountUnits'] = { [ACCOUNT_A]: 'ou-work' };
  if (rng.chance(0.7)) accountUnits[ACCOUNT_B] = rng.pick(['root', 'ou-sandbox'] as const);
  return { accountUnits, scps: [], rcps: [] };
}

/** Adds SCPs and RCPs to an organization whose membership is drawn. */
function genOrgPolicies(rng: Rng, gen: PolicyGen, org: OrgSpec, focus: Focus, principalAccountId: string | undefined): void {
  // FullAWSAccess almost everywhere, as AWS attaches it; now and then a level without it.
  const levels = ['root', 'ou-work', 'ou-sandbox', ACCOUNT_A, ACCOUNT_B];
  org.scps.push({ name: 'FullAWSAccess', doc: null, targets: levels.filter(() => rng.chance(0.95)) });
  const principalLevels = (principalAccountId ? orgPath(org, principalAccountId) : null) ?? levels;
  const extra = rng.int(0, 2);
  for (let i = 0; i < extra; i++) {
    org.scps.push({ name: `Guardrail${i}`, doc: gen.policy(focus, 'scp', 1, 2), targets: [rng.pick(principalLevels)] });
  }
  const resourceLevels = orgPath(org, focus.resourceAccount) ?? levels;
  if (rng.chance(0.35)) org.rcps.push({ name: 'DataPerimeter', doc: gen.policy(focus, 'rcp', 1, 2), targets: [rng.pick(resourceLevels)] });
}

export function generateCase(seed: number): CaseSpec {
  const rng = new Rng(seed);
  const gen = new PolicyGen(rng);
  const def = rng.weighted(ACTIONS.map((a): [number, ActionDef] => [a.shape === 'role' ? 4 : a.action.startsWith('s3:') ? 3 : 2, a]));
  const principalAccountId = rng.chance(0.85) ? ACCOUNT_A : ACCOUNT_B;
  const principal = genPrincipal(rng, principalAccountId, def);
  const pAccount = principal.kind === 'user' || principal.kind === 'role' || principal.kind === 'root' ? principal.account : undefined;
  const crossAccount = rng.chance(0.35);
  let resourceAccount =
    pAccount === undefined ? rng.pick([ACCOUNT_A, ACCOUNT_B]) : crossAccount ? (pAccount === ACCOUNT_A ? ACCOUNT_B : ACCOUNT_A) : pAccount;
  const who = principal.kind === 'user' ? principal.name : undefined;
  const resource = resourceFor(rng, def, resourceAccount, who, rng.chance(0.85) ? 'us-east-1' : 'eu-west-1');
  // `*` (actions that take no resource) is in the caller's own account.
  if (def.shape === 'wildcard') resourceAccount = pAccount ?? ACCOUNT_A;

  const org = rng.chance(0.5) ? genMembership(rng) : null;
  const others = [
    userArn(ACCOUNT_A, '/', 'mallory'),
    roleArn(ACCOUNT_B, '/', 'PartnerRole'),
    `arn:aws:iam::${ACCOUNT_MGMT}:root`,
    userArn(pAccount ?? ACCOUNT_A, '/', principal.kind === 'user' && principal.name === 'bob' ? 'alice' : 'bob'),
  ];
  // Policies are drawn after the context so that conditions can use the request's actual values.
  const context = genContext(rng, principal, resourceAccount, org, def);
  const focus: Focus = { action: def, resource, resourceAccount, principal, context, otherPrincipalArns: others };
  if (org) genOrgPolicies(rng, gen, org, focus, pAccount);

  const iamPrincipal = principal.kind === 'user' || principal.kind === 'role';
  const identity: CaseSpec['identity'] = [];
  if (iamPrincipal) {
    const n = rng.int(1, 3);
    for (let i = 0; i < n; i++) {
      const attach: Attachment =
        principal.kind === 'user' ? rng.pick(['inline', 'managed', 'group'] as const) : rng.pick(['inline', 'managed'] as const);
      identity.push({ doc: gen.policy(focus, 'identity', 1, 3), attach });
    }
  }
  const boundary = iamPrincipal && rng.chance(0.25) ? gen.policy(focus, 'boundary', 1, 2) : null;
  const sessionPolicy = principal.kind === 'role' && rng.chance(0.15) ? gen.policy(focus, 'session', 1, 2) : null;

  let resourcePolicy: PolicyDoc | null = null;
  const svc = def.action.split(':')[0]!;
  if (def.shape === 'role') resourcePolicy = gen.policy(focus, 'trust', 1, 2);
  else if (svc === 'kms') resourcePolicy = rng.chance(0.9) ? gen.policy(focus, 'resource', 1, 3) : null;
  else if (def.shape !== 'wildcard' && svc !== 'ec2') {
    const p = principal.kind === 'service' || principal.kind === 'anonymous' || resourceAccount !== pAccount ? 0.85 : 0.45;
    if (rng.chance(p)) resourcePolicy = gen.policy(focus, 'resource', 1, 3);
  }

  return {
    seed,
    principal,
    identity,
    boundary,
    sessionPolicy,
    action: def.action,
    resource,
    resourceAccount,
    resourcePolicy,
    org,
    context,
  };
}
