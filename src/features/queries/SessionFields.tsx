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
        <TextField
          label="Session tags"
          placeholder="team=web, project=blue"
          text={tagsToText(query.sessionTags)}
          parse={tagsOrNone}
          format={tagsToText}
          onValue={(v) => setOwn('sessionTags', v)}
        />
      )}
      {roleSession && (
        <>
          <TextField
            label="Transitive tag keys"
            placeholder="team"
            text={keysToText(query.transitiveTagKeys)}
            parse={keysOrNone}
            format={keysToText}
            onValue={(v) => setOwn('transitiveTagKeys', v)}
          />
          <TextField
            label="Source identity"
            placeholder="alice"
            text={query.sourceIdentity ?? ''}
            parse={textOrNone}
            format={textOf}
            onValue={(v) => setOwn('sourceIdentity', v)}
          />
        </>
      )}
      {stsCall && (
        <>
          <TextField
            label="Passes tags"
            placeholder="team=web"
            text={tagsToText(query.newSession?.sessionTags)}
            parse={tagsOrNone}
            format={tagsToText}
            onValue={(v) => setPassed('sessionTags', v)}
          />
          <TextField
            label="Passes transitive keys"
            placeholder="team"
            text={keysToText(query.newSession?.transitiveTagKeys)}
            parse={keysOrNone}
            format={keysToText}
            onValue={(v) => setPassed('transitiveTagKeys', v)}
          />
          <TextField
            label="Passes source identity"
            placeholder="alice"
            text={query.newSession?.sourceIdentity ?? ''}
            parse={textOrNone}
            format={textOf}
            onValue={(v) => setPassed('sourceIdentity', v)}
          />
        </>
      )}
    </div>
  );
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
