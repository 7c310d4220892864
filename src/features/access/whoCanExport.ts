import type { WhoCanAnswer } from '../../analysis/access';
import { csvField } from '../../session/download';

export const WHO_CAN_FORMAT = 'iam-playground/who-can';

/** The answer for tools: the CLI's `who-can --json` shape, under a format marker and the question asked. */
export function whoCanJson(answer: WhoCanAnswer): string {
  const principals = answer.principals.map(({ principal, decision, conditional, via, statements, actions }) => ({
    principal,
    decision,
    conditional,
    via,
    statements,
    ...(actions.length > 0 ? { actions } : {}),
  }));
  return JSON.stringify({ format: WHO_CAN_FORMAT, action: answer.action, resource: answer.resource, principals }, null, 2) + '\n';
}

export const WHO_CAN_CSV_COLUMNS = ['principal', 'decision', 'needs', 'via', 'allowed by', 'actions'] as const;

/** One row per principal, for a spreadsheet. */
export function whoCanCsv(answer: WhoCanAnswer): string {
  const rows = answer.principals.map((p) =>
    [
      p.principal,
      p.decision,
      p.conditional.join(' '),
      p.via.join(' -> '),
      p.statements.map((s) => `${s.policy} #${s.statement + 1}${s.sid ? ` (${s.sid})` : ''}`).join('; '),
      p.actions.join(' '),
    ]
      .map(csvField)
      .join(','),
  );
  return [WHO_CAN_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
