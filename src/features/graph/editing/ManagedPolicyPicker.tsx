import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, FIELD_CLASS } from '../../../ui/controls';
import { useModalDialog } from '../../../ui/useModalDialog';
import { useRestoredWorld } from '../../../store/restoredScenario';
import { useUiStore } from '../../../store/uiStore';
import type { ManagedPolicyListing } from '../../../worker/analysisProtocol';
import { analysisClient } from '../../../worker/analysisClient';
import { applyEdit, editableScenario } from './carryOutEdits';
import { useGraphUi } from '../graphUiStore';
import { nodeId } from '../elements/nodeIds';
import { awsManagedTab } from '../../../store/editorTabs';
import { attachManagedPolicy, identitiesOf } from './attachManagedPolicy';
import { useManagedPolicyPicker } from '../../../store/managedPolicyPickerStore';

const LIMIT = 80;

/**
 * A searchable list of the ~1,600 AWS managed policies shipped with the app (searched in the
 * analysis worker, so the 3 MB catalog never loads on the page), to attach to a user, group or
 * role. Attaching stores only the ARN; "View" opens the document read-only.
 */
export function ManagedPolicyPicker() {
  const open = useManagedPolicyPicker((s) => s.open);
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return (
    <dialog
      ref={ref}
      aria-labelledby="picker-title"
      data-testid="picker.dialog"
      onClose={() => useManagedPolicyPicker.getState().hide()}
      className="m-auto w-[min(46rem,92vw)] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && <PickerBody />}
    </dialog>
  );
}

function PickerBody() {
  const scenario = useRestoredWorld().scenario;
  const initialTarget = useManagedPolicyPicker((s) => s.target);
  const identities = useMemo(() => identitiesOf(scenario), [scenario]);
  const [target, setTarget] = useState(() =>
    initialTarget
      ? `${initialTarget.collection}:${initialTarget.index}`
      : identities[0]
        ? `${identities[0].collection}:${identities[0].index}`
        : '',
  );
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<{ total: number; matches: ManagedPolicyListing[] } | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      analysisClient.ask({ type: 'managedPolicies', search, limit: LIMIT }).then(
        (outcome) => {
          if (!live || outcome.status !== 'done') return;
          setResult(outcome.value);
          // Nothing is chosen for the person: Attach waits for a pick (it once attached the first policy listed).
          setChosen((c) => (c && outcome.value.matches.some((m) => m.arn === c) ? c : null));
        },
        (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search]);

  const attach = () => {
    if (!chosen || !target) return;
    const [collection, index] = target.split(':') as ['users' | 'groups' | 'roles', string];
    const edit = attachManagedPolicy(editableScenario(), { collection, index: Number(index) }, chosen);
    if (!edit.ok) {
      setMessage(edit.reason);
      return;
    }
    if (applyEdit(edit)) useGraphUi.getState().reveal(nodeId.policy(chosen));
    useManagedPolicyPicker.getState().hide();
  };
  const view = () => {
    if (!chosen) return;
    useUiStore.getState().openTab(awsManagedTab(chosen));
    useManagedPolicyPicker.getState().hide();
  };

  return (
    <div className="flex max-h-[80vh] flex-col">
      <div className="border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id="picker-title" className="text-base font-semibold">
          Attach an AWS managed policy
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Policies AWS writes and updates; the scenario keeps only the ARN, so share links stay small.
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3 px-4 py-2">
        <label className="flex flex-1 flex-col text-xs text-slate-600 dark:text-slate-400">
          Search by name
          <input
            autoFocus
            data-testid="picker.search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="e.g. ReadOnly, S3, lambda execution"
            className={`${FIELD_CLASS} px-2 py-1 text-sm`}
          />
        </label>
        <label className="flex flex-col text-xs text-slate-600 dark:text-slate-400">
          Attach to
          <select
            data-testid="picker.target"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            className={`${FIELD_CLASS} px-2 py-1 text-sm`}
          >
            {identities.length === 0 && <option value="">no users, groups or roles yet</option>}
            {identities.map((i) => (
              <option key={`${i.collection}:${i.index}`} value={`${i.collection}:${i.index}`}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="px-4 text-xs text-slate-600 dark:text-slate-400" aria-live="polite" data-testid="picker.count">
        {failed
          ? `The catalog could not be searched: ${failed}`
          : result
            ? `${result.total} of the AWS managed policies match`
            : 'Loading the AWS managed policies…'}
        {result && result.total > result.matches.length && ` (showing the first ${result.matches.length})`}
      </p>
      <ul
        role="listbox"
        aria-label="AWS managed policies"
        className="mx-4 my-2 min-h-40 flex-1 overflow-auto rounded border border-slate-200 dark:border-slate-700"
      >
        {result?.matches.map((p) => (
          <li
            key={p.arn}
            role="option"
            aria-selected={chosen === p.arn}
            tabIndex={0}
            data-testid="picker.option"
            onClick={() => setChosen(p.arn)}
            onDoubleClick={attach}
            onKeyDown={(e) => {
              if (e.key === 'Enter') attach();
              if (e.key === ' ') setChosen(p.arn);
            }}
            className="cursor-pointer border-b border-slate-100 px-3 py-1.5 last:border-b-0 hover:bg-slate-50 aria-selected:bg-amber-100 dark:border-slate-800 dark:hover:bg-slate-800 dark:aria-selected:bg-amber-900/40"
          >
            <div className="text-sm font-medium">
              {p.name}
              {p.path !== '/' && <span className="ml-2 font-mono text-xs text-slate-600 dark:text-slate-400">{p.path}</span>}
            </div>
            {p.description && <div className="truncate text-xs text-slate-600 dark:text-slate-400">{p.description}</div>}
          </li>
        ))}
      </ul>
      {message && (
        <p role="alert" className="px-4 text-sm text-rose-700 dark:text-rose-300" data-testid="picker.message">
          {message}
        </p>
      )}
      <div className="flex justify-end gap-2 border-t border-slate-200 px-4 py-2 dark:border-slate-700">
        <Button onClick={view} disabled={!chosen} data-testid="picker.view">
          View document
        </Button>
        <Button onClick={() => useManagedPolicyPicker.getState().hide()}>Close</Button>
        <Button variant="primary" onClick={attach} disabled={!chosen || !target} data-testid="picker.attach">
          Attach
        </Button>
      </div>
    </div>
  );
}
