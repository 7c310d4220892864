import { describe, expect, it } from 'vitest';
import type { WhoCanAnswer } from '../../analysis/access';
import { WHO_CAN_CSV_COLUMNS, whoCanCsv, whoCanJson } from './whoCanExport';

const answer: WhoCanAnswer = {
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
  actions: ['s3:GetObject'],
  evaluations: 9,
  principals: [
    {
      principal: 'arn:aws:iam::111111111111:user/ana',
      kind: 'user',
      decision: 'conditional',
      conditional: ['aws:MultiFactorAuthPresent'],
      via: ['arn:aws:iam::222222222222:role/A', 'arn:aws:iam::222222222222:role/B'],
      statements: [
        { policy: 'inline policy =cmd of role B', statement: 0, sid: 'Read', path: '/roles/1/inlinePolicies/0/document/Statement/0' },
      ],
      actions: [],
    },
  ],
};

describe('who-can export', () => {
  it('writes the CLI JSON shape under a format marker', () => {
    const out = JSON.parse(whoCanJson(answer)) as Record<string, unknown>;
    expect(out).toMatchObject({ format: 'iam-playground/who-can', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
    expect(out.principals).toEqual([
      {
        principal: 'arn:aws:iam::111111111111:user/ana',
        decision: 'conditional',
        conditional: ['aws:MultiFactorAuthPresent'],
        via: answer.principals[0]!.via,
        statements: answer.principals[0]!.statements,
      },
    ]);
  });

  it('writes one CSV row per principal, chains and keys readable, formulas defused', () => {
    const [header, row] = whoCanCsv(answer).split('\r\n');
    expect(header).toBe(WHO_CAN_CSV_COLUMNS.join(','));
    expect(row).toBe(
      'arn:aws:iam::111111111111:user/ana,conditional,aws:MultiFactorAuthPresent,arn:aws:iam::222222222222:role/A -> arn:aws:iam::222222222222:role/B,inline policy =cmd of role B #1 (Read),',
    );
  });
});
