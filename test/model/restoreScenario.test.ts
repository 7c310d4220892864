import { describe, expect, it } from 'vitest';
import {
  catalogFromList,
  type PolicyStatement,
  restoreScenario,
  scenarioJsonSchema,
  policyDocumentJsonSchema,
  locatePointer,
  type ScenarioIssue,
} from '../../src/model';

const base = { format: 'iam-playground/scenario', version: 1 } as const;
const doc = (statement: object) => ({ Version: '2012-10-17' as const, Statement: statement as PolicyStatement });
const catalog = catalogFromList([
  {
    name: 'ReadOnlyAccess',
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    path: '/',
    document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  },
]);

function errorsOf(input: unknown): ScenarioIssue[] {
  const r = restoreScenario(input, catalog);
  return r.ok ? [] : r.errors;
}

describe('restoreScenario', () => {
  it('accepts a minimal scenario and a JSON string of it', () => {
    expect(restoreScenario(base).ok).toBe(true);
    expect(restoreScenario(JSON.stringify(base)).ok).toBe(true);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['broken JSON text', '{"format": '],
    ['a function', () => 1],
    ['a Date', new Date()],
  ])('never throws on %s', (_label, input) => {
    const r = restoreScenario(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.length).toBeGreaterThan(0);
  });

  it('says what the format marker must be', () => {
    expect(errorsOf({ version: 1 })[0]).toMatchObject({ path: '/format', message: expect.stringContaining('iam-playground/scenario') });
  });

  it('refuses a newer version with a message that says so', () => {
    expect(errorsOf({ ...base, version: 7 })[0]!.message).toMatch(/version 7.*newer/);
  });

  it('is immune to prototype pollution', () => {
    const hostile = JSON.parse(
      '{"format":"iam-playground/scenario","version":1,"__proto__":{"polluted":true},"users":[{"name":"a","tags":{"constructor":{"prototype":{"polluted":true}}}}]}',
    ) as unknown;
    const r = restoreScenario(hostile);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/__proto__', '/users/0/tags/constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('names the JSON path and the IAM problem for a missing group', () => {
    const errors = errorsOf({ ...base, groups: [{ name: 'Devs' }], users: [{ name: 'u', groups: ['Devs', 'Admins'] }] });
    expect(errors).toEqual([
      expect.objectContaining({ path: '/users/0/groups/1', message: expect.stringMatching(/group `Admins` does not exist/) }),
    ]);
  });

  it('teaches that groups contain users only', () => {
    const errors = errorsOf({ ...base, users: [{ name: 'a' }, { name: 'b', groups: ['a'] }] });
    expect(errors[0]!.message).toMatch(/groups contain users only/);
  });

  it('rejects duplicate names per account and kind, case-insensitively', () => {
    const errors = errorsOf({ ...base, users: [{ name: 'Alice' }, { name: 'alice' }] });
    expect(errors[0]).toMatchObject({ path: '/users/1/name', message: expect.stringMatching(/already exists/) });
    // Same name in another account, or as another kind, is fine.
    expect(errorsOf({ ...base, users: [{ name: 'a' }, { name: 'a', account: '222222222222' }], groups: [{ name: 'a' }] })).toEqual([]);
  });

  it('checks account ids and ARNs', () => {
    expect(errorsOf({ ...base, accounts: [{ id: '1234' }] })[0]).toMatchObject({
      path: '/accounts/0/id',
      message: expect.stringMatching(/12 digits/),
    });
    expect(errorsOf({ ...base, resources: [{ arn: 'bucket' }] })[0]).toMatchObject({
      path: '/resources/0/arn',
      message: expect.stringMatching(/not an ARN/),
    });
  });

  it('resolves managed policy references by name, customer ARN and AWS ARN', () => {
    const policies = [{ name: 'P', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }) }];
    const ok = {
      ...base,
      policies,
      users: [{ name: 'u', managedPolicies: ['arn:aws:iam::123456789012:policy/P', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
    };
    expect(errorsOf(ok)).toEqual([]);
    expect(errorsOf({ ...base, policies, users: [{ name: 'u', managedPolicies: ['Q'] }] })[0]).toMatchObject({
      path: '/users/0/managedPolicies/0',
    });
    expect(errorsOf({ ...base, users: [{ name: 'u', permissionsBoundary: 'arn:aws:iam::aws:policy/Nope' }] })[0]).toMatchObject({
      path: '/users/0/permissionsBoundary',
    });
  });

  it('reports shape errors in words, at the field', () => {
    const errors = errorsOf({ ...base, policies: [{ name: 'P', document: doc({ Effect: 'Permit', Action: 's3:*', Resource: '*' }) }] });
    expect(errors[0]).toMatchObject({ path: '/policies/0/document/Statement/Effect', message: expect.stringMatching(/`Allow` or `Deny`/) });
    const unknown = errorsOf({ ...base, policies: [{ name: 'P', document: doc([{ Effect: 'Allow', Actions: 's3:*', Resource: '*' }]) }] });
    expect(unknown.map((e) => e.message).join(' ')).toMatch(/`Actions` is not a field here/);
  });

  it('enforces policy grammar AWS enforces', () => {
    const e = errorsOf({
      ...base,
      policies: [{ name: 'P', document: doc({ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }) }],
    });
    expect(e[0]!.message).toMatch(/`Principal` belongs in resource-based policies/);
    const both = errorsOf({
      ...base,
      policies: [{ name: 'P', document: doc({ Effect: 'Allow', Action: 'a:b', NotAction: 'c:d', Resource: '*' }) }],
    });
    expect(both[0]!.message).toMatch(/either `Action` or `NotAction`/);
  });

  it('checks queries: principals exist, actions and resources are well-formed', () => {
    const errors = errorsOf({
      ...base,
      queries: [
        { principal: 'user/ghost', action: 's3:GetObject', resource: '*' },
        { principal: 'anonymous', action: 'GetObject', resource: '*' },
        { principal: 'anonymous', action: 's3:GetObject', resource: 'bucket/key' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['/queries/0/principal', '/queries/1/action', '/queries/2/resource']);
  });

  it('lets a noNewAccess assertion cover every action (`*`), and no other query', () => {
    const paths = (queries: object[]) => errorsOf({ ...base, queries }).map((e) => e.path);
    expect(
      paths([
        { principal: 'anonymous', action: '*', resource: '*', noNewAccess: true },
        { principal: 'anonymous', action: '*', resource: '*' },
        { principal: 'anonymous', action: '*', resource: '*', noNewAccess: false },
      ]),
    ).toEqual(['/queries/1/action', '/queries/2/action']);
    expect(paths([{ principal: 'anonymous', action: 's3:*', resource: '*', noNewAccess: 'yes' }])).toEqual(['/queries/0/noNewAccess']);
  });

  it('reports AWS quotas as warnings, not errors', () => {
    const big = doc(
      Array.from({ length: 80 }, (_, i) => ({ Effect: 'Allow', Action: `s3:GetObject${i}`, Resource: `arn:aws:s3:::bucket-${i}/*` })),
    );
    const r = restoreScenario({ ...base, policies: [{ name: 'Big', document: big }], users: [{ name: 'u', groups: [] }] });
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toMatchObject({ path: '/policies/0/document', severity: 'warning', message: expect.stringMatching(/6144/) });
  });

  it('validates the organization tree', () => {
    const errors = errorsOf({
      ...base,
      accounts: [{ id: '111111111111', unit: 'ou-missing' }],
      organization: {
        managementAccount: '999999999999',
        units: [{ id: 'root' }],
        policies: [{ name: 'X', type: 'scp', targets: ['root'] }],
      },
    });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/accounts/0/unit', '/organization/policies/0/document']));
  });
});

describe('JSON Schema', () => {
  it('is generated from the same definitions and describes the top-level fields', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'version', 'users', 'roles', 'queries']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version']));
    expect(JSON.stringify(policyDocumentJsonSchema())).toContain('NotPrincipal');
  });
});

describe('locatePointer', () => {
  it('finds the line of a JSON path, or of its nearest parent', () => {
    const text = '{\n  "users": [\n    { "name": "a",\n      "groups": ["x"] }\n  ]\n}';
    expect(locatePointer(text, '/users/0/groups/0')).toMatchObject({ line: 4 });
    expect(locatePointer(text, '/users/0/missing')).toMatchObject({ line: 3 });
  });
});

describe('JSON pointers', () => {
  it('read and write nested values and refuse prototype keys', async () => {
    const { getAtPointer, setAtPointer } = await import('../../src/model');
    const doc = { users: [{ name: 'a', tags: { 'x/y': '1' } }] };
    expect(getAtPointer(doc, '/users/0/tags/x~1y')).toBe('1');
    expect(getAtPointer(doc, '/users/3/name')).toBeUndefined();
    expect(setAtPointer(doc, '/users/0/name', 'b')).toBe(true);
    expect(doc.users[0]!.name).toBe('b');
    expect(setAtPointer(doc, '/__proto__', { polluted: true })).toBe(false);
    expect(setAtPointer(doc, '/missing/child', 1)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('shape errors say what was found', () => {
  it('tells a wrong type from a missing field', () => {
    const wrong = restoreScenario({ format: 'iam-playground/scenario', version: 1, users: { a: 1 } });
    expect(wrong.ok ? [] : wrong.errors).toContainEqual({
      path: '/users',
      message: '`users` must be an array, not an object',
      severity: 'error',
    });
    const missing = restoreScenario({ format: 'iam-playground/scenario', version: 1, users: [{}] });
    expect(missing.ok ? [] : missing.errors).toContainEqual({ path: '/users/0/name', message: '`name` is required', severity: 'error' });
  });
});
