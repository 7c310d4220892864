import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, evaluateQuery, type QueryResult } from '../../src/engine';
import { describeIssuedSession, emptyCatalog, restoreScenario, scenarioJsonSchema, type Query, type ScenarioInput } from '../../src/model';

/**
 * Session tags, transitive tags and source identity, beyond the decisions the case file
 * (cases/session-tags.json) pins: what the explanation says, how one hop's issued session feeds the
 * next, which keys a decision missed, and the warnings for fields that cannot apply.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
 */
const A = '111111111111';
const role = (name: string) => `arn:aws:iam::${A}:role/${name}`;
const BUCKET = 'arn:aws:s3:::team-bucket';
const base = JSON.parse(readFileSync(join(import.meta.dirname, 'cases', 'session-tags.json'), 'utf8')) as ScenarioInput;

function restored(more: Partial<ScenarioInput> = {}) {
  const r = restoreScenario({ ...base, queries: [], ...more }, emptyCatalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

function ask(query: Query, more: Partial<ScenarioInput> = {}): QueryResult {
  const r = restored(more);
  return evaluateQuery(compileScenario(r.scenario, r.world), query, { explain: true });
}

describe('session tags', () => {
  it('override a role tag of the same key in any case, and so decide an ABAC condition', () => {
    const q: Query = { principal: 'role/Abac', action: 's3:GetObject', resource: `${BUCKET}/k` };
    expect(ask(q).decision).toBe('implicitDeny');
    const tagged = ask({ ...q, sessionTags: { TEAM: 'web' } });
    expect(tagged.decision).toBe('allowed');
    // One tag, spelled as the session spells it: the role's `team` is gone.
    const principalTags = Object.entries(tagged.explanation.request.context).filter(([k]) =>
      k.toLowerCase().startsWith('aws:principaltag/'),
    );
    expect(principalTags).toEqual([['aws:PrincipalTag/TEAM', 'web']]);
  });

  it('are the request tags of the AssumeRole call that passes them, and a decision missing them names the key', () => {
    const q: Query = { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('NeedsTeamTag') };
    expect(ask(q).missingContextKeys).toContain('aws:RequestTag/team');
    const r = ask({ ...q, newSession: { sessionTags: { team: 'web', project: 'blue' }, transitiveTagKeys: ['project'] } });
    expect(r.decision).toBe('allowed');
    expect(r.explanation.request.context).toMatchObject({
      'aws:RequestTag/team': 'web',
      'aws:RequestTag/project': 'blue',
      'aws:TagKeys': ['team', 'project'],
      'sts:TransitiveTagKeys': ['project'],
    });
    // The caller's own principal keys are untouched: a user has no session tags.
    expect(Object.keys(r.explanation.request.context).some((k) => k.startsWith('aws:PrincipalTag/'))).toBe(false);
  });

  it('say in the explanation that sts:TagSession was checked, and an explicit deny of it denies the call', () => {
    const ok = ask({
      principal: 'user/alice',
      action: 'sts:AssumeRole',
      resource: role('NeedsTeamTag'),
      newSession: { sessionTags: { team: 'web' } },
    });
    expect(ok.explanation.steps.at(-1)).toEqual({
      step: 'special',
      outcome: 'allow',
      detail: 'sts:TagSession is allowed too, for passing session tags',
    });

    const denyTagging = {
      users: [
        ...(base.users ?? []),
        {
          name: 'carol',
          inlinePolicies: [
            {
              name: 'p',
              document: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: '*' },
                  { Sid: 'NoTagging', Effect: 'Deny', Action: 'sts:TagSession', Resource: '*' },
                ],
              },
            },
          ],
        },
      ],
    } satisfies Partial<ScenarioInput>;
    const q: Query = {
      principal: 'user/carol',
      action: 'sts:AssumeRole',
      resource: role('NeedsTeamTag'),
      newSession: { sessionTags: { team: 'web' } },
    };
    const denied = ask(q, denyTagging);
    expect(denied.decision).toBe('explicitDeny');
    expect(denied.explanation.deciding.map((d) => d.sid)).toEqual(['NoTagging']);
    expect(denied.explanation.summary).toMatch(/^Explicitly denied: passing session tags also needs sts:TagSession, which is not allowed/);
    // Without tags, the same caller may assume the role.
    expect(ask({ ...q, newSession: undefined, context: { 'aws:RequestTag/team': 'web' } }, denyTagging).decision).toBe('allowed');
  });

  it('let the query context win over the request keys it derives', () => {
    const r = ask({
      principal: 'user/alice',
      action: 'sts:AssumeRole',
      resource: role('NeedsTeamTag'),
      newSession: { sessionTags: { team: 'web' } },
      context: { 'aws:RequestTag/team': 'ops' },
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.explanation.request.context['aws:RequestTag/team']).toBe('ops');
  });
});

describe('role chaining', () => {
  it('carries transitive tags and the source identity from one hop to the next, where they decide', () => {
    // alice → Hop, passing a transitive tag and a source identity.
    const first = ask({
      principal: 'user/alice',
      action: 'sts:AssumeRole',
      resource: role('Hop'),
      newSession: { sessionTags: { team: 'web', note: 'x' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice' },
    });
    expect(first.decision).toBe('allowed');
    const hop = first.explanation.request.issuedSession!;
    expect(hop).toEqual({ sessionTags: { team: 'web', note: 'x' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice' });

    // Hop's session → Abac, passing nothing: only the transitive tag and the source identity persist.
    const second = ask({ principal: 'role/Hop', action: 'sts:AssumeRole', resource: role('Abac'), ...hop });
    expect(second.decision).toBe('allowed');
    const abac = second.explanation.request.issuedSession!;
    expect(abac).toEqual({ sessionTags: { team: 'web' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice' });
    expect(second.explanation.request.context['sts:SourceIdentity']).toBe('alice');

    // Abac's session reads the bucket through the tag it inherited (its own tag says `data`).
    const read = ask({ principal: 'role/Abac', action: 's3:GetObject', resource: `${BUCKET}/k`, ...abac });
    expect(read.decision).toBe('allowed');
    expect(read.explanation.request.context).toMatchObject({ 'aws:PrincipalTag/team': 'web', 'aws:SourceIdentity': 'alice' });
  });

  it('describes the issued session in one line, for the CLI and the app', () => {
    expect(describeIssuedSession({ sessionTags: { team: 'web', note: 'x' }, transitiveTagKeys: ['TEAM'], sourceIdentity: 'alice' })).toBe(
      'tags team=web (transitive), note=x; source identity alice',
    );
    expect(describeIssuedSession({ sessionTags: {}, transitiveTagKeys: [] })).toBe('no session tags');
  });

  it('issues no session for a call it rejects or denies', () => {
    const r = ask({
      principal: 'role/Hop',
      action: 'sts:AssumeRole',
      resource: role('NeedsSourceIdentity'),
      sourceIdentity: 'alice',
      newSession: { sourceIdentity: 'mallory' },
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.explanation.request.issuedSession).toBeUndefined();
    expect(r.explanation.steps.at(-1)?.detail).toMatch(/cannot be changed to `mallory`/);
  });

  it('rejects transitive keys that name no tag the call passes', () => {
    const r = ask({
      principal: 'user/alice',
      action: 'sts:AssumeRole',
      resource: role('Hop'),
      newSession: { sessionTags: { team: 'web' }, transitiveTagKeys: ['project'] },
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.explanation.summary).toMatch(/transitive key `project` is not one of the session tags it passes/);
  });
});

describe('source identity', () => {
  it('is aws:SourceIdentity in every request of the session, where an identity policy can require it', () => {
    const q: Query = { principal: 'role/Audited', action: 's3:GetObject', resource: `${BUCKET}/k` };
    expect(ask({ ...q, sourceIdentity: 'alice' }).decision).toBe('allowed');
    expect(ask({ ...q, sourceIdentity: 'bob' }).decision).toBe('implicitDeny');
    expect(ask(q).missingContextKeys).toEqual(['aws:SourceIdentity']);
  });
});

describe('the format', () => {
  it('leaves queries without session facts as they were: no issued session', () => {
    const r = ask({ principal: 'user/alice', action: 'sts:AssumeRole', resource: role('NoTagSession') });
    expect(r.decision).toBe('allowed');
    expect('issuedSession' in r.explanation.request).toBe(false);
  });

  it('warns about session fields that cannot apply, and names the field', () => {
    const r = restored({
      queries: [
        { principal: 'user/alice', action: 's3:GetObject', resource: `${BUCKET}/k`, sourceIdentity: 'alice', sessionTags: { a: 'b' } },
        { principal: 'role/Abac', action: 's3:GetObject', resource: `${BUCKET}/k`, newSession: { sessionTags: { a: 'b' } } },
        { principal: 'role/Hop', action: 'sts:AssumeRole', resource: role('Abac'), sessionTags: { a: 'b' }, transitiveTagKeys: ['c'] },
        { principal: 'user/alice', action: 'sts:AssumeRole', resource: role('Hop'), newSession: { sourceIdentity: 'no spaces allowed' } },
        {
          principal: 'user/alice',
          action: 'sts:GetFederationToken',
          resource: `arn:aws:sts::${A}:federated-user/app`,
          newSession: { sessionTags: { a: 'b' }, transitiveTagKeys: ['a'] },
        },
      ],
    });
    expect(r.warnings.map((w) => w.path)).toEqual([
      '/queries/0/sessionTags',
      '/queries/0/sourceIdentity',
      '/queries/1/newSession',
      '/queries/2/transitiveTagKeys',
      '/queries/3/newSession',
      '/queries/4/newSession',
    ]);
  });

  it('documents the new fields in the JSON Schema', () => {
    const schema = JSON.stringify(scenarioJsonSchema());
    for (const field of ['"newSession"', '"sourceIdentity"', '"transitiveTagKeys"', '"sessionTags"']) expect(schema).toContain(field);
    expect(schema).toContain('sts:TagSession');
  });
});
