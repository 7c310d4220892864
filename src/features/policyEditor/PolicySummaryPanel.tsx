import { useEffect, useState } from 'react';
import type { PolicySummary, ServiceSummary } from '../../analysis/policySummary';
import { analysisClient } from '../../worker/analysisClient';

/**
 * The document read the way the IAM console's policy summary reads it: per service, the access
 * levels granted (Full, or Limited: List, Read, …), on which resources, and whether a condition
 * applies; explicit denies apart. Computed in the analysis worker from the service catalog.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary.html
 */
export function PolicySummaryPanel({ document }: { document: unknown }) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState<PolicySummary | null>(null);
  useEffect(() => {
    if (document === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      analysisClient.ask({ type: 'summary', document }, 'summary').then(
        (o) => live && o.status === 'done' && setSummary(o.value),
        () => live && setSummary(null),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [document]);
  const headline = summary ? describe(summary) : 'Reading the policy…';
  return (
    <section
      aria-label="Policy summary"
      data-testid="summary.panel"
      className="border-t border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900"
    >
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="summary.toggle"
        className="flex w-full items-center gap-2 px-3 py-1 text-left text-xs hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className="font-semibold text-slate-700 dark:text-slate-200">Summary</span>
        <span className="truncate text-slate-600 dark:text-slate-400">{headline}</span>
      </button>
      {open && summary && (
        <div className="max-h-64 overflow-auto px-3 pb-2">
          <SummaryTable title="Allow" services={summary.allow} />
          {summary.deny.length > 0 && <SummaryTable title="Explicit deny" services={summary.deny} />}
          {summary.unrecognized.length > 0 && (
            <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-testid="summary.unrecognized">
              Not recognised: {summary.unrecognized.map((u) => u.pattern).join(', ')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function describe(s: PolicySummary): string {
  if (s.allow.length === 0 && s.deny.length === 0) return 'grants nothing a known service offers';
  const parts = s.allow.slice(0, 3).map((x) => `${x.name}: ${x.access}`);
  if (s.allow.length > 3) parts.push(`${s.allow.length - 3} more services`);
  if (s.deny.length > 0) parts.push(`denies in ${s.deny.length} service${s.deny.length > 1 ? 's' : ''}`);
  return parts.join(' · ');
}

function SummaryTable({ title, services }: { title: string; services: ServiceSummary[] }) {
  if (services.length === 0) return null;
  return (
    <table className="mt-1 w-full text-left text-xs" data-testid={`summary.${title === 'Allow' ? 'allow' : 'deny'}`}>
      <caption className="py-1 text-left font-semibold text-slate-700 dark:text-slate-300">{title}</caption>
      <thead className="text-slate-600 dark:text-slate-400">
        <tr>
          <th className="pr-3 font-medium">Service</th>
          <th className="pr-3 font-medium">Access level</th>
          <th className="pr-3 font-medium">Resource</th>
          <th className="font-medium">Request condition</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.service} data-testid="summary.service" className="border-t border-slate-200 align-top dark:border-slate-700">
            <td className="py-0.5 pr-3">{s.name}</td>
            <td className="py-0.5 pr-3" title={`${s.granted} of ${s.total} actions`}>
              {s.access}
            </td>
            <td className="py-0.5 pr-3 font-mono [overflow-wrap:anywhere]">
              {s.scope.allResources
                ? 'All resources'
                : [...s.scope.resources, ...s.scope.notResources.map((r) => `all but ${r}`)].join(', ')}
            </td>
            <td className="py-0.5 font-mono">
              {s.condition === 'none'
                ? 'None'
                : s.conditions.map((c) => `${c.operator} ${c.key}`).join(', ') + (s.condition === 'some' ? ' (some)' : '')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
