import { useState } from 'react';
import { readsNewSession, type NewSession, type Query } from '../../model';
import { keysToText, tagsToText, textToKeys, textToTags, type Parsed } from './tagText';

const field = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900';

type Edit = (label: string, recipe: (q: Query) => void) => void;

/**
 * The query's session fields, where they apply: a role session's (or federated user's) own tags,
 * transitive keys and source identity, and what an STS call that makes a session passes
 * (`newSession`). Shown only for principals and actions they mean something for.
 */
export function SessionFields({ query, edit }: { query: Query; edit: Edit }) {
  const roleSession = /(^|:)role\/|assumed-role\//.test(query.principal);
  const federatedUser = query.principal.includes('federated-user/');
  const stsCall = readsNewSession(query.action.toLowerCase());
  if (!roleSession && !federatedUser && !stsCall) return null;
  const setOwn = <K extends 'sessionTags' | 'transitiveTagKeys' | 'sourceIdentity'>(key: K, value: Query[K] | undefined) =>
    edit(`edit ${key}`, (q) => (value === undefined ? delete q[key] : (q[key] = value)));
  const setPassed = <K extends keyof NewSession>(key: K, value: NewSession[K] | undefined) =>
    edit(`edit passed ${key}`, (q) => {
      const next: NewSession = { ...q.newSession };
      if (value === undefined) delete next[key];
      else next[key] = value;
      if (Object.keys(next).length === 0) delete q.newSession;
      else q.newSession = next;
    });
  return (
    <div className="grid grid-cols-2 gap-2" data-testid="query.form.session">
      {(roleSession || federatedUser) && (
        <TagsField label="Session tags" value={query.sessionTags} onValue={(v) => setOwn('sessionTags', v)} />
      )}
      {roleSession && (
        <>
          <KeysField label="Transitive tag keys" value={query.transitiveTagKeys} onValue={(v) => setOwn('transitiveTagKeys', v)} />
          <IdentityField label="Source identity" value={query.sourceIdentity} onValue={(v) => setOwn('sourceIdentity', v)} />
        </>
      )}
      {stsCall && (
        <>
          <TagsField label="Passes tags" value={query.newSession?.sessionTags} onValue={(v) => setPassed('sessionTags', v)} />
          <KeysField
            label="Passes transitive keys"
            value={query.newSession?.transitiveTagKeys}
            onValue={(v) => setPassed('transitiveTagKeys', v)}
          />
          <IdentityField
            label="Passes source identity"
            value={query.newSession?.sourceIdentity}
            onValue={(v) => setPassed('sourceIdentity', v)}
          />
        </>
      )}
    </div>
  );
}

type FieldOf<T> = { label: string; value: T | undefined; onValue: (value: T | undefined) => void };

/** Session tags as `KEY=VALUE, KEY=VALUE`. */
function TagsField({ label, value, onValue }: FieldOf<Record<string, string>>) {
  return (
    <TextField
      label={label}
      placeholder="team=web, project=blue"
      text={tagsToText(value)}
      parse={tagsOrNone}
      format={tagsToText}
      onValue={onValue}
    />
  );
}

/** Tag keys as `KEY, KEY`. */
function KeysField({ label, value, onValue }: FieldOf<string[]>) {
  return <TextField label={label} placeholder="team" text={keysToText(value)} parse={keysOrNone} format={keysToText} onValue={onValue} />;
}

/** A source identity: one name. */
function IdentityField({ label, value, onValue }: FieldOf<string>) {
  return <TextField label={label} placeholder="alice" text={value ?? ''} parse={textOrNone} format={textOf} onValue={onValue} />;
}

/** Empty text clears the field: `undefined` rather than `{}` or `[]`, so the query stays as it was. */
function tagsOrNone(text: string): Parsed<Record<string, string> | undefined> {
  const r = textToTags(text);
  return r.ok && Object.keys(r.value).length === 0 ? { ok: true, value: undefined } : r;
}
function keysOrNone(text: string): Parsed<string[] | undefined> {
  const keys = textToKeys(text);
  return { ok: true, value: keys.length > 0 ? keys : undefined };
}
const textOf = (v: string | undefined) => v ?? '';
const textOrNone = (text: string): Parsed<string | undefined> => ({ ok: true, value: text.trim() === '' ? undefined : text.trim() });

/** A one-line field that keeps what is typed and writes to the query only what parses. */
function TextField<T>({
  label,
  placeholder,
  text,
  parse,
  format,
  onValue,
}: {
  label: string;
  placeholder: string;
  text: string;
  parse: (text: string) => Parsed<T>;
  format: (value: T) => string;
  onValue: (value: T) => void;
}) {
  const [draft, setDraft] = useState(text);
  const [error, setError] = useState<string | null>(null);
  // The query changed from elsewhere (undo, the JSON editor): show it, unless it is what the draft says.
  const [shown, setShown] = useState(text);
  if (text !== shown) {
    setShown(text);
    const parsed = parse(draft);
    if (!parsed.ok || format(parsed.value) !== text) {
      setDraft(text);
      setError(null);
    }
  }
  return (
    <label className="block">
      <span className="text-xs text-slate-600 dark:text-slate-300">{label}</span>
      <input
        className={`${field} ${error ? 'border-rose-500' : ''}`}
        value={draft}
        placeholder={placeholder}
        aria-invalid={error !== null}
        title={error ?? undefined}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          const parsed = parse(e.target.value);
          setError(parsed.ok ? null : parsed.message);
          if (parsed.ok) onValue(parsed.value);
        }}
      />
    </label>
  );
}
