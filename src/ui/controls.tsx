import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { Decision } from '../model';

/** Small shared UI atoms. */
export function Button({
  className = '',
  variant = 'default',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'default' | 'primary' | 'ghost' }) {
  const styles = {
    default:
      'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
    primary: 'bg-amber-500 text-slate-950 hover:bg-amber-400 font-semibold',
    ghost: 'text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-700/70',
  }[variant];
  return (
    <button
      type="button"
      className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-40 ${styles} ${className}`}
      {...props}
    />
  );
}

const DECISION_STYLE: Record<Decision, string> = {
  allowed: 'bg-emerald-100 text-emerald-900 ring-emerald-600/40 dark:bg-emerald-900/60 dark:text-emerald-100',
  explicitDeny: 'bg-rose-100 text-rose-900 ring-rose-600/40 dark:bg-rose-900/60 dark:text-rose-100',
  implicitDeny: 'bg-amber-100 text-amber-950 ring-amber-600/40 dark:bg-amber-900/60 dark:text-amber-100',
};

export function DecisionBadge({ decision }: { decision: Decision }) {
  return (
    <span
      data-testid="query.decision"
      className={`inline-block rounded-full px-2 py-0.5 font-mono text-xs font-semibold ring-1 ${DECISION_STYLE[decision]}`}
    >
      {decision}
    </span>
  );
}

export function SectionTitle({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <h2 id={id} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
      {children}
    </h2>
  );
}

/** Renders `code` spans in engine text (it marks names with backticks) without ever parsing HTML. */
export function RichText({ text }: { text: string }) {
  const parts = text.split(/(`[^`]*`)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith('`') && p.endsWith('`') && p.length > 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.85em] dark:bg-slate-700/70">
            {p.slice(1, -1)}
          </code>
        ) : (
          <span key={i}>{p}</span>
        ),
      )}
    </>
  );
}

/** The look of text inputs and selects in panels and dialogs (their size comes from the caller). */
export const FIELD_CLASS =
  'mt-0.5 rounded border border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
