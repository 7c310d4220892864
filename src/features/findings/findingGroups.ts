import type { Finding, FindingSeverity } from '../../analysis/findings/types';
import { listPolicyDocuments } from '../../store/editorTabs';

export const SEVERITIES: readonly FindingSeverity[] = ['error', 'security', 'warning', 'suggestion'];

export const SEVERITY_TITLE: Record<FindingSeverity, string> = {
  error: 'Errors',
  security: 'Security warnings',
  warning: 'Warnings',
  suggestion: 'Suggestions',
};

export interface FindingGroup {
  /** The document's pointer (the tab id that opens it), or `` for findings outside any document. */
  pointer: string;
  title: string;
  findings: Finding[];
}

export function countBySeverity(findings: readonly Finding[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { error: 0, security: 0, warning: 0, suggestion: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings of the shown severities, grouped by the policy document they are in, in document order. */
export function groupFindings(scenario: unknown, findings: readonly Finding[], shown: ReadonlySet<FindingSeverity>): FindingGroup[] {
  const documents = listPolicyDocuments(scenario);
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (!shown.has(f.severity)) continue;
    const holder = documents
      .filter((d) => f.path === d.pointer || f.path.startsWith(d.pointer + '/'))
      .sort((a, b) => b.pointer.length - a.pointer.length)[0];
    const key = holder?.pointer ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { pointer: key, title: holder ? `${holder.title} · ${holder.group}` : 'Scenario', findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  const order = new Map(documents.map((d, i) => [d.pointer, i]));
  return [...groups.values()].sort((a, b) => (order.get(a.pointer) ?? -1) - (order.get(b.pointer) ?? -1));
}

/** `/policies/0/document/Statement/1/Action/2` inside `/policies/0/document` → `Statement 2 › Action`. */
export function whereInDocument(path: string, documentPointer: string): string {
  const rest = path.slice(documentPointer.length).split('/').filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const s = rest[i]!;
    if (s === 'Statement' && /^\d+$/.test(rest[i + 1] ?? '')) {
      words.push(`Statement ${Number(rest[i + 1]) + 1}`);
      i++;
    } else if (!/^\d+$/.test(s)) words.push(s);
  }
  return words.join(' › ') || 'the document';
}
