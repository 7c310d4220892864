import { useMemo, useState } from 'react';
import type { Finding, FindingSeverity } from '../../analysis/findings/types';
import { RichText } from '../../ui/controls';
import { useFindingsStore } from '../../store/findingsStore';
import { useScenarioStore } from '../../store/scenarioStore';
import { revealPath } from '../../store/revealInEditor';
import { countBySeverity, groupFindings, SEVERITIES, SEVERITY_TITLE, whereInDocument } from './findingGroups';

const SEVERITY_STYLE: Record<FindingSeverity, string> = {
  error: 'bg-rose-100 text-rose-900 ring-rose-600/40 dark:bg-rose-900/60 dark:text-rose-100',
  security: 'bg-orange-100 text-orange-950 ring-orange-600/40 dark:bg-orange-900/60 dark:text-orange-100',
  warning: 'bg-amber-100 text-amber-950 ring-amber-600/40 dark:bg-amber-900/50 dark:text-amber-100',
  suggestion: 'bg-sky-100 text-sky-950 ring-sky-600/40 dark:bg-sky-900/60 dark:text-sky-100',
};

const SEVERITY_LABEL: Record<FindingSeverity, string> = {
  error: 'error',
  security: 'security',
  warning: 'warning',
  suggestion: 'suggestion',
};

/**
 * Every policy finding of the scenario, grouped by document, filterable by severity. A finding
 * opens its document in the editor at the exact value; "Learn more" says why it matters.
 */
export function FindingsPanel() {
  const findings = useFindingsStore((s) => s.findings);
  const error = useFindingsStore((s) => s.error);
  const revision = useFindingsStore((s) => s.revision);
  const [shown, setShown] = useState<ReadonlySet<FindingSeverity>>(() => new Set(SEVERITIES));
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  // Findings point into the document as typed (the editor's text), so they are grouped by its documents.
  const document = useScenarioStore((s) => s.document);
  const groups = useMemo(() => groupFindings(document, findings, shown), [document, findings, shown]);

  const toggle = (severity: FindingSeverity) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <section aria-label="Policy findings" data-testid="findings.panel" className="flex h-full min-h-0 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-700">
        <span className="text-xs text-slate-600 dark:text-slate-400">Show:</span>
        {SEVERITIES.map((s) => (
          <label key={s} className="inline-flex cursor-pointer items-center gap-1 text-xs">
            <input type="checkbox" checked={shown.has(s)} onChange={() => toggle(s)} data-testid={`findings.filter.${s}`} />
            <span>
              {SEVERITY_TITLE[s]} <span className="font-mono">({counts[s]})</span>
            </span>
          </label>
        ))}
        <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
          Checked against the AWS service catalog, like IAM Access Analyzer
        </span>
      </div>
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2">
        {error && <p className="text-sm text-rose-700 dark:text-rose-300">The checks could not run: {error}</p>}
        {revision < 0 && !error && <p className="text-sm text-slate-600 dark:text-slate-400">Loading the AWS service catalog…</p>}
        {revision >= 0 && findings.length === 0 && (
          <p className="text-sm text-emerald-700 dark:text-emerald-300" data-testid="findings.none">
            No findings: every policy is well-formed, names real actions and grants nothing risky that the checks know of.
          </p>
        )}
        {revision >= 0 && findings.length > 0 && groups.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">Every finding is filtered out.</p>
        )}
        {groups.map((group) => (
          <div key={group.pointer} className="mb-3">
            <h3 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-300">{group.title}</h3>
            <ul className="space-y-1">
              {group.findings.map((f, i) => (
                <FindingRow key={`${f.path}-${f.code}-${i}`} finding={f} where={whereInDocument(f.path, group.pointer)} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function FindingRow({ finding: f, where }: { finding: Finding; where: string }) {
  const [open, setOpen] = useState(false);
  return (
    <li
      data-testid="findings.item"
      data-code={f.code}
      data-severity={f.severity}
      className="rounded-md border border-slate-200 dark:border-slate-700"
    >
      <div className="flex items-start gap-2 px-2 py-1.5">
        <span
          className={`mt-0.5 shrink-0 rounded-full px-1.5 py-px font-mono text-[10px] font-semibold uppercase ring-1 ${SEVERITY_STYLE[f.severity]}`}
        >
          {SEVERITY_LABEL[f.severity]}
        </span>
        <button
          type="button"
          className="min-w-0 flex-1 text-left text-sm hover:underline focus-visible:outline-2 focus-visible:outline-amber-500"
          onClick={() => revealPath(f.path)}
          title="Show it in the editor"
        >
          <RichText text={f.message} />
          <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{where}</span>
        </button>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          className="shrink-0 rounded px-1.5 text-xs text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {open ? 'Hide' : 'Learn more'}
        </button>
      </div>
      {open && (
        <div
          className="border-t border-slate-200 px-2 py-1.5 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300"
          data-testid="findings.learnMore"
        >
          <p>
            <RichText text={f.learnMore} />
          </p>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            Check <code className="font-mono">{f.code}</code>
            {f.docUrl && (
              <>
                {' · '}
                <a className="underline" href={f.docUrl} target="_blank" rel="noreferrer noopener">
                  AWS documentation
                </a>
              </>
            )}
          </p>
        </div>
      )}
    </li>
  );
}
