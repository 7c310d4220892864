import { csvField } from '../../session/download';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceCatalog } from '../../catalog';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { restoreScenario, type ScenarioInput } from '../../model';
import { effectivePermissions, type EffectivePermissions } from '../../analysis/effectivePermissions';
import { CSV_COLUMNS, describeTrace, EFFECTIVE_PERMISSIONS_FORMAT, toCsv, toJson, toJsonDocument } from './effectivePermissionsExport';

const scenario: ScenarioInput = {
  format: 'iam-playground/scenario',
  version: 1,
  users: [
    {
      name: 'ana',
      inlinePolicies: [
        {
          name: 'work',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Read, "quoted"', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' },
              {
                Sid: '=HYPERLINK',
                Effect: 'Allow',
                Action: 'sqs:SendMessage',
                Resource: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'true' } },
              },
              { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
            ],
          },
        },
      ],
    },
  ],
};

let catalog: ServiceCatalog;
let result: EffectivePermissions;
beforeAll(async () => {
  catalog = await loadServiceCatalog();
  const restored = restoreScenario(scenario);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  result = effectivePermissions(restored, 'user/ana', '*', catalog);
});

/** A small RFC 4180 reader, enough to check what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('s3:GetObject')).toBe('s3:GetObject');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvField(v)).toBe(`'${v}`);
    expect(csvField('=a,b')).toBe(`"'=a,b"`);
  });
});

describe('toCsv', () => {
  it('writes a header and one row per allowed and denied action, CRLF-terminated', () => {
    const text = toCsv(result);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const allowed = result.services.flatMap((s) => s.levels.flatMap((l) => l.actions));
    expect(rows).toHaveLength(1 + allowed.length + result.denied.length);
    const byAction = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byAction.get('s3:GetObject')![3]).toBe('allowed');
    expect(byAction.get('s3:GetObject')![4]).toBe('arn:aws:s3:::b/*');
    expect(byAction.get('s3:GetObject')![6]).toContain('Read, "quoted"');
    expect(byAction.get('sqs:SendMessage')![3]).toBe('allowed (conditional)');
    expect(byAction.get('sqs:SendMessage')![5]).toBe('aws:SecureTransport');
    expect(byAction.get('s3:PutObject')![3]).toBe('explicit deny');
    expect(byAction.get('s3:PutObject')![7]).toContain('/users/0/inlinePolicies/0/document/Statement/2');
  });
});

describe('toJson', () => {
  it('is the result under a format marker, and reads back equal', () => {
    const doc = JSON.parse(toJson(result)) as ReturnType<typeof toJsonDocument>;
    expect(doc.format).toBe(EFFECTIVE_PERMISSIONS_FORMAT);
    expect(doc.version).toBe(1);
    const { format: _format, version: _version, ...rest } = doc;
    expect(rest).toEqual(result);
    expect(toJsonDocument(result)).toEqual(doc);
  });
});

describe('describeTrace', () => {
  it('names the policy, how it reaches the principal, the statement and where it is', () => {
    expect(
      describeTrace({
        policyId: 'x',
        policyName: 'dev-access',
        policyLabel: 'inline policy dev-access of group Developers',
        kind: 'identity',
        via: 'group Developers',
        statementIndex: 2,
        sid: 'Queue',
        path: '/groups/0/inlinePolicies/0/document/Statement/2',
      }),
    ).toBe('inline policy dev-access of group Developers, statement 3 (Queue) at /groups/0/inlinePolicies/0/document/Statement/2');
    expect(
      describeTrace({
        policyId: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
        policyName: 'ReadOnlyAccess',
        policyLabel: 'AWS managed policy ReadOnlyAccess',
        kind: 'identity',
        via: 'group Analysts',
        statementIndex: 0,
        path: null,
      }),
    ).toBe('AWS managed policy ReadOnlyAccess via group Analysts, statement 1');
  });
});
