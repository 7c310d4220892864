import type { EvaluationStep, PolicyExplanation, QueryResult, StatementExplanation } from '../../engine';
import { describeIssuedSession } from '../../model';
import { RichText } from '../../ui/controls';
import { useUiStore } from '../../store/uiStore';

const STEP_TITLE: Record<EvaluationStep['step'], string> = {
  special: 'Special case',
  deny: '1. Explicit deny?',
  rcp: '2. Resource control policies',
  scp: '3. Service control policies',
  resource: '4. Resource-based policy',
  identity: '5. Identity-based policies',
  boundary: '6. Permissions boundary',
  session: '7. Session policy',
};

const OUTCOME_STYLE: Record<EvaluationStep['outcome'], string> = {
  allow: 'text-emerald-700 dark:text-emerald-300',
  deny: 'text-rose-700 dark:text-rose-300',
  implicitDeny: 'text-amber-700 dark:text-amber-300',
  notApplicable: 'text-slate-600 dark:text-slate-400',
  continue: 'text-slate-700 dark:text-slate-300',
};

const KIND_TITLE: Record<PolicyExplanation['kind'], string> = {
  rcp: 'RCPs',
  scp: 'SCPs',
  resource: 'Resource-based',
  identity: 'Identity-based',
  boundary: 'Permissions boundary',
  session: 'Session policy',
};

/** The answer to one query, read like AWS's evaluation flow. */
export function ExplanationView({ result }: { result: QueryResult }) {
  const e = result.explanation;
  const kinds = [...new Set(e.policies.map((p) => p.kind))];
  return (
    <div data-testid="explanation" className="space-y-4 text-sm">
      <p className="font-medium text-slate-900 dark:text-slate-100" data-testid="explanation.summary">
        <RichText text={e.summary} />
      </p>
      <ol aria-label="Evaluation flow" className="space-y-1">
        {e.steps.map((s, i) => (
          <li key={i} className="grid grid-cols-[11rem_1fr] gap-2">
            <span className="text-slate-600 dark:text-slate-400">{STEP_TITLE[s.step]}</span>
            <span className={OUTCOME_STYLE[s.outcome]}>
              <RichText text={s.detail} />
            </span>
          </li>
        ))}
      </ol>
      {/* What the STS call hands the next hop of a chain: the fields of a query about that session. */}
      {e.request.issuedSession && (
        <p className="text-slate-700 dark:text-slate-300" data-testid="explanation.issuedSession">
          Issues a session with {describeIssuedSession(e.request.issuedSession)}.
        </p>
      )}
      {result.missingContextKeys.length > 0 && (
        <p
          className="rounded-md bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-900/30 dark:text-amber-100"
          data-testid="explanation.missing"
        >
          Missing context values:{' '}
          {result.missingContextKeys.map((k) => (
            <code key={k} className="mr-1 font-mono">
              {k}
            </code>
          ))}
        </p>
      )}
      {kinds.map((kind) => (
        <section key={kind} aria-label={`${KIND_TITLE[kind]} policies`}>
          <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">{KIND_TITLE[kind]}</h3>
          <ul className="space-y-2">
            {e.policies
              .filter((p) => p.kind === kind)
              .map((p) => (
                <PolicyCard key={`${p.id}|${p.via ?? ''}`} policy={p} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function PolicyCard({ policy }: { policy: PolicyExplanation }) {
  const effectStyle =
    policy.effect === 'allow'
      ? 'border-l-emerald-500'
      : policy.effect === 'deny'
        ? 'border-l-rose-500'
        : 'border-l-slate-300 dark:border-l-slate-600';
  return (
    <li className={`rounded-md border border-l-4 border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-800 ${effectStyle}`}>
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium">{policy.label}</span>
        {policy.via && <span className="text-xs text-slate-600 dark:text-slate-400">via {policy.via}</span>}
      </div>
      <ul className="mt-1 space-y-0.5">
        {policy.statements.map((s) => (
          <StatementLine key={s.index} statement={s} policy={policy} />
        ))}
      </ul>
    </li>
  );
}

function StatementLine({ statement: s, policy }: { statement: StatementExplanation; policy: PolicyExplanation }) {
  const mark = s.verdict === 'matched' ? (s.effect === 'Deny' ? '✗' : '✓') : '·';
  const color =
    s.verdict === 'matched'
      ? s.effect === 'Deny'
        ? 'text-rose-700 dark:text-rose-300'
        : 'text-emerald-700 dark:text-emerald-300'
      : 'text-slate-600 dark:text-slate-400';
  const reveal = () => {
    if (!s.path || !policy.documentPath) return;
    useUiStore.getState().openTab({ id: policy.documentPath, title: policy.name });
    useUiStore.getState().revealStatement(s.path);
  };
  const label = `${s.effect} statement ${s.sid ?? s.index + 1}`;
  return (
    <li className="text-xs">
      <button
        type="button"
        onClick={reveal}
        disabled={!s.path}
        data-testid="explanation.statement"
        className={`w-full rounded px-1 py-0.5 text-left hover:bg-slate-100 disabled:cursor-default disabled:hover:bg-transparent dark:hover:bg-slate-700 ${color}`}
        title={s.path ? 'Show this statement in the editor' : 'AWS managed policy'}
      >
        <span aria-hidden>{mark}</span> <span className="font-semibold">{label}</span>: <RichText text={s.reason} />
      </button>
      {s.conditions.length > 0 && (s.verdict === 'matched' || s.verdict === 'conditionFailed') && (
        <ul className="ml-5">
          {s.conditions.map((c, i) => (
            <li key={i} className={c.matched ? 'text-emerald-700 dark:text-emerald-300' : 'text-rose-700 dark:text-rose-300'}>
              {c.matched ? '✓' : '✗'} <RichText text={c.reason} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
