import type { QueryResult } from '../engine';
import { describeIssuedSession } from '../model';

/** The explanation as text that reads like AWS's evaluation flow. */
export function formatExplanation(result: QueryResult, indent = '  '): string {
  const e = result.explanation;
  const lines: string[] = [];
  const r = e.request;
  lines.push(`${indent}request: ${r.principal} (${r.principalType}${r.principalAccount ? `, account ${r.principalAccount}` : ''})`);
  lines.push(
    `${indent}         ${r.action} on ${r.resource}${r.resourceAccount ? ` (account ${r.resourceAccount}${r.crossAccount ? ', cross-account' : ''})` : ''}`,
  );
  if (r.issuedSession) lines.push(`${indent}issues a session with ${describeIssuedSession(r.issuedSession)}`);
  lines.push(`${indent}evaluation:`);
  for (const s of e.steps) lines.push(`${indent}  ${s.step.padEnd(8)} ${s.outcome.padEnd(13)} ${s.detail}`);
  if (e.policies.length > 0) {
    lines.push(`${indent}policies:`);
    for (const p of e.policies) {
      lines.push(
        `${indent}  [${p.kind}] ${p.label}${p.via ? ` (via ${p.via})` : ''}: ${p.effect === 'none' ? 'no matching statement' : p.effect}`,
      );
      for (const s of p.statements) {
        const mark = s.verdict === 'matched' ? (s.effect === 'Deny' ? '✗' : '✓') : '·';
        lines.push(
          `${indent}    ${mark} #${s.index}${s.sid ? ` ${s.sid}` : ''} ${s.effect}: ${s.verdict === 'matched' ? s.reason : `${s.verdict} — ${s.reason}`}`,
        );
        if (s.verdict === 'matched' || s.verdict === 'conditionFailed') {
          for (const c of s.conditions) lines.push(`${indent}        ${c.matched ? '✓' : '✗'} ${c.reason}`);
        }
      }
    }
  }
  if (e.deciding.length > 0) {
    lines.push(`${indent}decided by:`);
    for (const d of e.deciding)
      lines.push(
        `${indent}  ${d.policyLabel}, statement ${d.statementIndex + 1}${d.sid ? ` (${d.sid})` : ''}${d.path ? ` at ${d.path}` : ''}`,
      );
  }
  if (result.missingContextKeys.length > 0) lines.push(`${indent}missing context values: ${result.missingContextKeys.join(', ')}`);
  return lines.join('\n');
}
