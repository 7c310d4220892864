import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { buildWorkload } from '../../bench/workload';
import { loadAwsManagedPolicyData } from '../../src/data/awsManagedPolicies';
import { compileScenario, evaluateQuery, type QueryResult } from '../../src/engine';
import {
  emptyCatalog,
  restoreScenario,
  type ManagedPolicyCatalog,
  type PolicyDocument,
  type PolicyStatement,
  type Query,
} from '../../src/model';
import { CONCRETE_CASES, REGRESSIONS } from '../differential/concreteCases';
import { toScenario } from '../differential/convert';
import { generateCase } from '../differential/generateCase';
import { caseFilesIn } from './caseFiles';

/**
 * Characterization of evaluateQuery: every query of the examples, of the engine's case files, of
 * the differential test's seeded cases and of a slice of the benchmark's workload, evaluated with
 * and without `explain`, must give exactly the result it gave when the fixture was written: the
 * decision, the steps, the deciding statements, the summary, the missing context keys and the
 * explained policies. It pins behaviour for refactors of the engine, not correctness (the other
 * tests judge that). The fixture stores, per scenario and query, the decision and a hash of the
 * whole result with and without `explain` (the results themselves would be several MB): a failure
 * names the query and says whether its decision changed.
 *
 *   CHARACTERIZE=write npx vitest run test/engine/characterization.test.ts   rewrites the fixture
 */

const FIXTURE = join(import.meta.dirname, 'characterization.json');
const ROOT = join(import.meta.dirname, '../..');
const DIFFERENTIAL_SEEDS = 2000;
const WORKLOAD_QUERIES = 4000;
/** Queries without a `time` read the clock: a fixed one keeps their context (and hash) stable. */
const NOW = new Date('2026-01-15T12:00:00Z');

const A = '111111111111';
const B = '222222222222';
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const allowAll = doc({ Effect: 'Allow', Action: '*', Resource: '*' });
const KEY = `arn:aws:kms:eu-west-1:${A}:key/k-1`;
const BUCKET = 'arn:aws:s3:::edge-bucket';
const q = (name: string, principal: string, action: string, resource: string, more: Partial<Query> = {}): Query => ({
  name,
  principal,
  action,
  resource,
  ...more,
});

/**
 * Branches the other sources do not reach: service-linked roles, the root user's exceptions, a role
 * without a trust policy, a role-ARN grant limited by a boundary or a session policy, GetCallerIdentity,
 * context options.
 */
const EDGES = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'edges',
  description: 'characterization only',
  defaultAccount: A,
  accounts: [{ id: A, unit: 'ou-a' }, { id: B }, { id: '999999999999' }],
  organization: {
    managementAccount: '999999999999',
    units: [
      { id: 'root', name: 'Root' },
      { id: 'ou-a', name: 'A', parent: 'root' },
    ],
    policies: [{ name: 'FullAWSAccess', type: 'scp', targets: ['root', 'ou-a', A] }],
  },
  policies: [
    { name: 'All', document: allowAll },
    { name: 'S3Only', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) },
    { name: 'Ec2Only', document: doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }) },
  ],
  users: [{ name: 'admin', managedPolicies: ['All'], tags: { team: 'web' } }, { name: 'bare' }],
  roles: [
    {
      name: 'AWSServiceRoleForThing',
      path: '/aws-service-role/thing.amazonaws.com/',
      trustPolicy: doc({ Effect: 'Allow', Principal: { Service: 'thing.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      inlinePolicies: [{ name: 'p', document: allowAll }],
    },
    { name: 'Untrusted', inlinePolicies: [{ name: 'p', document: allowAll }] },
    {
      name: 'Bounded',
      trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }),
      permissionsBoundary: 'Ec2Only',
      tags: { team: 'data' },
    },
    {
      name: 'Free',
      trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }),
    },
  ],
  resources: [
    { arn: KEY, policy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/admin` }, Action: 'kms:*', Resource: '*' }) },
    {
      arn: BUCKET,
      tags: { env: 'prod' },
      policy: doc(
        {
          Effect: 'Allow',
          Principal: { AWS: [`arn:aws:iam::${A}:role/Bounded`, `arn:aws:iam::${A}:role/Free`] },
          Action: 's3:GetObject',
          Resource: `${BUCKET}/*`,
        },
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${B}:root` }, Action: 's3:ListBucket', Resource: BUCKET },
      ),
    },
  ],
  queries: [
    q(
      'a service-linked role is outside SCPs and RCPs',
      'role/aws-service-role/thing.amazonaws.com/AWSServiceRoleForThing',
      's3:GetObject',
      `${BUCKET}/k`,
    ),
    q('the root user and a key policy that does not name it', `arn:aws:iam::${A}:root`, 'kms:Decrypt', KEY),
    q('the root user assumes a role the scenario lacks', `arn:aws:iam::${A}:root`, 'sts:AssumeRole', `arn:aws:iam::${A}:role/Ghost`),
    q('the root user of another account through the bucket policy', `arn:aws:iam::${B}:root`, 's3:ListBucket', BUCKET),
    q('the root user of another account without a grant', `arn:aws:iam::${B}:root`, 's3:GetObject', `${BUCKET}/k`),
    q('the root user in its own account', `arn:aws:iam::${A}:root`, 's3:GetObject', `${BUCKET}/k`),
    q('a role without a trust policy', 'user/admin', 'sts:AssumeRole', `arn:aws:iam::${A}:role/Untrusted`),
    q('a role ARN grant the boundary does not allow', 'role/Bounded', 's3:GetObject', `${BUCKET}/k`),
    q('a role ARN grant the session policy does not allow', 'role/Free', 's3:GetObject', `${BUCKET}/k`, {
      sessionPolicy: doc({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
    }),
    q('a role ARN grant the session policy allows', 'role/Free', 's3:GetObject', `${BUCKET}/k`, {
      sessionPolicy: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      sessionName: 'named',
      sessionTags: { team: 'ops' },
    }),
    q('GetCallerIdentity by an IAM user with no policy', 'user/bare', 'sts:GetCallerIdentity', '*'),
    q('GetCallerIdentity by an anonymous caller', 'anonymous', 'sts:GetCallerIdentity', '*'),
    q('a service calls with no resource policy', 'thing.amazonaws.com', 's3:GetObject', 'arn:aws:s3:::other/k'),
    q('only the context the query gives', 'user/admin', 's3:GetObject', `${BUCKET}/k`, {
      autoContext: false,
      context: { 'aws:SourceIp': '10.0.0.1' },
    }),
    q('a given time and region', 'user/admin', 'ec2:StartInstances', `arn:aws:ec2:eu-west-1:${A}:instance/i-1`, {
      time: '2026-11-22T10:00:00Z',
    }),
    q('a resource in an account by its ARN', 'user/admin', 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${B}:q`),
  ],
};

/** Queries validation rejects, for the engine's own guards: asked directly, as analyses may. */
const UNVALIDATED: Query[] = [
  q('an invalid time reads the clock', 'user/admin', 'ec2:StartInstances', `arn:aws:ec2:eu-west-1:${A}:instance/i-1`, {
    time: 'not a time',
  }),
  q('a user the scenario lacks', 'user/ghost', 's3:GetObject', `${BUCKET}/k`),
  q('a role the scenario lacks', 'role/Ghost', 's3:GetObject', `${BUCKET}/k`),
  q('an unparseable principal', 'arn:aws:nope', 's3:GetObject', `${BUCKET}/k`),
];

/** Per scenario, one line per query: `decision hash-with-explain hash-without`. */
type Pinned = Record<string, string[]>;

const hash = (r: QueryResult) => createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 12);

let catalog: ManagedPolicyCatalog;
beforeAll(async () => {
  catalog = (await loadAwsManagedPolicyData()).catalog;
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterAll(() => {
  vi.useRealTimers();
});

/** Every query of one scenario, evaluated in order on one compiled revision, as the app does. */
function pin(out: Pinned, name: string, input: unknown, cat: ManagedPolicyCatalog, unvalidated: Query[] = []): void {
  const restored = restoreScenario(input, cat);
  if (!restored.ok) throw new Error(`${name}: invalid scenario: ${JSON.stringify(restored.errors.slice(0, 3))}`);
  const queries = [...(restored.scenario.queries ?? []), ...unvalidated];
  // A fresh compiled scenario per mode, so that neither mode's memos feed the other's.
  const [explained, plain] = [true, false].map((explain) => {
    const cs = compileScenario(restored.scenario, restored.world);
    return queries.map((q, i) => evaluateQuery(cs, q, { explain, queryPath: `/queries/${i}` }));
  });
  out[name] = queries.map((_, i) => {
    const [e, p] = [explained![i]!, plain![i]!];
    // `explain` only adds prose and every statement's verdict; it must never change the decision.
    if (e.decision !== p.decision) throw new Error(`${name}#${i}: ${e.decision} with explain, ${p.decision} without`);
    return `${e.decision} ${hash(e)} ${hash(p)}`;
  });
}

function characterize(): Pinned {
  const out: Pinned = {};
  const dirs = ['src/examples', 'src/examples/library', 'test/engine/cases'].map((d) => join(ROOT, d));
  for (const dir of dirs) {
    for (const f of caseFilesIn(dir)) {
      const file = join(dir, f);
      pin(out, relative(ROOT, file), JSON.parse(readFileSync(file, 'utf8')) as unknown, catalog);
    }
  }
  for (let seed = 1; seed <= DIFFERENTIAL_SEEDS; seed++)
    pin(out, `differential seed ${seed}`, toScenario(generateCase(seed)), emptyCatalog);
  for (const c of [...CONCRETE_CASES, ...REGRESSIONS]) pin(out, `differential case ${c.classId}`, toScenario(c.spec), emptyCatalog);
  pin(out, 'edge cases', EDGES, emptyCatalog, UNVALIDATED);
  pin(out, 'bench workload', buildWorkload({ seed: 20260101, queries: WORKLOAD_QUERIES }).scenario, emptyCatalog);
  return out;
}

it('gives every query exactly the result it gave when the fixture was written', async () => {
  const actual = characterize();
  if (process.env.CHARACTERIZE === 'write') {
    // Written as prettier would format it, so that `prettier --check` passes on a fresh fixture.
    writeFileSync(FIXTURE, await format(JSON.stringify(actual), { ...(await resolveConfig(FIXTURE)), filepath: FIXTURE }));
  }
  const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Pinned;
  const lines = (p: Pinned) => new Map(Object.entries(p).flatMap(([name, qs]) => qs.map((line, i) => [`${name}#${i}`, line] as const)));
  const [was, now] = [lines(pinned), lines(actual)];
  expect(now.size).toBeGreaterThan(6000);
  const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => was.get(k) !== now.get(k));
  expect(changed.slice(0, 20).map((query) => ({ query, was: was.get(query), now: now.get(query) }))).toEqual([]);
}, 120_000);
