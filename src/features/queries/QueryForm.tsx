import { useId, useState } from 'react';
import type { ContextValue, Expectation, Query } from '../../model';
import { Button } from '../../ui/controls';
import { useScenarioStore } from '../../store/scenarioStore';
import { textToValue, typeOfValue, valueToText, type ContextValueType } from './contextValues';
import { SessionFields } from './SessionFields';
import type { QueryOptions } from '../../model';

const EXPECTATIONS: (Expectation | '')[] = ['', 'allowed', 'denied', 'explicitDeny', 'implicitDeny'];
const field = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900';

/** Edits one query in place: every change is an undoable edit of the scenario. */
export function QueryForm({ index, query, options }: { index: number; query: Query; options: QueryOptions }) {
  const id = useId();
  const edit = (label: string, recipe: (q: Query) => void) =>
    useScenarioStore.getState().update(label, (d) => {
      const q = d.queries?.[index];
      if (q) recipe(q);
    });
  const text = (name: 'principal' | 'action' | 'resource', listId: string, values: string[], label: string) => (
    <label className="block">
      <span className="text-xs text-slate-600 dark:text-slate-300">{label}</span>
      <input
        className={field}
        list={listId}
        value={query[name]}
        data-testid={`query.form.${name}`}
        onChange={(e) => edit(`edit query ${name}`, (q) => void (q[name] = e.target.value))}
        spellCheck={false}
      />
      <datalist id={listId}>
        {values.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </label>
  );
  return (
    <form className="space-y-2" onSubmit={(e) => e.preventDefault()} aria-label="Query">
      <label className="block">
        <span className="text-xs text-slate-600 dark:text-slate-300">Name</span>
        <input
          className={field.replace('font-mono ', '')}
          value={query.name ?? ''}
          data-testid="query.form.name"
          onChange={(e) => edit('rename query', (q) => void (q.name = e.target.value))}
        />
      </label>
      {text('principal', `${id}-p`, options.principals, 'Principal')}
      {text('action', `${id}-a`, options.actions, 'Action')}
      {text('resource', `${id}-r`, options.resources, 'Resource')}
      <div className="grid grid-cols-2 gap-2">
        <label className="block">
          <span className="text-xs text-slate-600 dark:text-slate-300">Expect</span>
          <select
            className={field}
            value={query.expect ?? ''}
            data-testid="query.form.expect"
            onChange={(e) =>
              edit('edit expectation', (q) => (e.target.value ? (q.expect = e.target.value as Expectation) : delete q.expect))
            }
          >
            {EXPECTATIONS.map((x) => (
              <option key={x} value={x}>
                {x || '(none)'}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 flex items-start gap-2 text-xs text-slate-700 dark:text-slate-300">
          <input
            type="checkbox"
            className="mt-0.5"
            checked={query.noNewAccess === true}
            data-testid="query.form.noNewAccess"
            onChange={(e) => {
              const on = e.target.checked;
              edit(on ? 'assert no new access' : 'drop the no-new-access assertion', (q) =>
                on ? (q.noNewAccess = true) : delete q.noNewAccess,
              );
            }}
          />
          <span>
            No new access: the principal gains nothing, within this action and resource (<code>*</code> for any), that it did not have in
            the baseline of What my edit changes
          </span>
        </label>
        {query.principal.includes('role/') && (
          <label className="block">
            <span className="text-xs text-slate-600 dark:text-slate-300">Session name</span>
            <input
              className={field}
              value={query.sessionName ?? ''}
              placeholder="session"
              onChange={(e) => edit('edit session name', (q) => (e.target.value ? (q.sessionName = e.target.value) : delete q.sessionName))}
            />
          </label>
        )}
        {/* A federated user is the session of the IAM user that called sts:GetFederationToken. */}
        {query.principal.includes('federated-user/') && (
          <label className="block">
            <span className="text-xs text-slate-600 dark:text-slate-300">Federating user</span>
            <input
              className={field}
              value={query.federatingUser ?? ''}
              placeholder="user/NAME"
              data-testid="query.form.federatingUser"
              onChange={(e) =>
                edit('edit federating user', (q) => (e.target.value ? (q.federatingUser = e.target.value) : delete q.federatingUser))
              }
            />
          </label>
        )}
      </div>
      <SessionFields query={query} edit={edit} />
      <ContextEditor
        context={query.context ?? {}}
        keys={options.contextKeys}
        onChange={(label, next) => edit(label, (q) => (Object.keys(next).length ? (q.context = next) : delete q.context))}
      />
    </form>
  );
}

function ContextEditor({
  context,
  keys,
  onChange,
}: {
  context: Record<string, ContextValue>;
  keys: string[];
  onChange: (label: string, next: Record<string, ContextValue>) => void;
}) {
  const listId = useId();
  const [draftKey, setDraftKey] = useState('');
  const entries = Object.entries(context);
  const set = (key: string, value: ContextValue) => onChange('edit context value', { ...context, [key]: value });
  return (
    <fieldset className="space-y-1">
      <legend className="text-xs text-slate-600 dark:text-slate-300">Request context</legend>
      {entries.map(([key, value]) => (
        <ContextRow
          key={key}
          name={key}
          value={value}
          onValue={(v) => set(key, v)}
          onRemove={() => onChange('remove context key', Object.fromEntries(entries.filter(([k]) => k !== key)))}
        />
      ))}
      <div className="flex gap-1">
        <input
          className={field}
          list={listId}
          placeholder="add a condition key, e.g. aws:SourceIp"
          value={draftKey}
          data-testid="query.context.newKey"
          onChange={(e) => setDraftKey(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && draftKey.trim()) {
              set(draftKey.trim(), '');
              setDraftKey('');
            }
          }}
        />
        <datalist id={listId}>
          {keys.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
        <Button
          disabled={!draftKey.trim()}
          onClick={() => {
            set(draftKey.trim(), '');
            setDraftKey('');
          }}
        >
          Add
        </Button>
      </div>
    </fieldset>
  );
}

function ContextRow({
  name,
  value,
  onValue,
  onRemove,
}: {
  name: string;
  value: ContextValue;
  onValue: (v: ContextValue) => void;
  onRemove: () => void;
}) {
  const [type, setType] = useState<ContextValueType>(typeOfValue(value));
  const [text, setText] = useState(valueToText(value));
  const [error, setError] = useState<string | null>(null);
  const commit = (t: string, ty: ContextValueType) => {
    const parsed = textToValue(t, ty);
    if (parsed.ok) {
      setError(null);
      onValue(parsed.value);
    } else setError(parsed.message);
  };
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_5.5rem_minmax(0,2fr)_auto] items-center gap-1" data-testid="query.context.row">
      <code className="truncate text-xs" title={name}>
        {name}
      </code>
      <select
        aria-label={`type of ${name}`}
        className={field}
        value={type}
        onChange={(e) => {
          const ty = e.target.value as ContextValueType;
          setType(ty);
          commit(text, ty);
        }}
      >
        <option value="string">string</option>
        <option value="number">number</option>
        <option value="boolean">boolean</option>
        <option value="list">list</option>
      </select>
      <input
        aria-label={`value of ${name}`}
        aria-invalid={error !== null}
        className={`${field} ${error ? 'border-rose-500' : ''}`}
        value={text}
        title={error ?? undefined}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, type);
        }}
      />
      <Button variant="ghost" aria-label={`remove ${name}`} onClick={onRemove}>
        ✕
      </Button>
      {error && <p className="col-span-4 text-xs text-rose-700 dark:text-rose-300">{error}</p>}
    </div>
  );
}
