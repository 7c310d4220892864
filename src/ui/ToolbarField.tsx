import { useId } from 'react';
import { FIELD_CLASS } from './controls';

/**
 * A labelled text field of a panel's toolbar, with suggestions (a datalist) when `options` is given:
 * the action, resource and filter fields of the analysis panels.
 */
export function ToolbarField({
  label,
  value,
  onChange,
  placeholder,
  options,
  testId,
  width,
  mono = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  options?: readonly string[];
  testId: string;
  /** A Tailwind width class: `w-56`. */
  width: string;
  mono?: boolean;
}) {
  const listId = useId();
  return (
    <label className="flex flex-col text-xs text-slate-600 dark:text-slate-400">
      {label}
      <input
        data-testid={testId}
        list={options ? listId : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        className={`${FIELD_CLASS} ${width} px-1.5 py-1 text-xs ${mono ? 'font-mono' : ''}`}
      />
      {options && (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
    </label>
  );
}

/** A labelled choice of a panel's toolbar: the principal pickers of the analysis panels. */
export function ToolbarSelect({
  label,
  value,
  onChange,
  options,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Each a value that is its own label, or a value with the words that show it. */
  options: readonly (string | { value: string; label: string })[];
  testId: string;
}) {
  return (
    <label className="flex flex-col text-xs text-slate-600 dark:text-slate-400">
      {label}
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${FIELD_CLASS} max-w-80 px-1.5 py-1 font-mono text-xs`}
      >
        {options.map((o) => {
          const { value: v, label: text } = typeof o === 'string' ? { value: o, label: o } : o;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
