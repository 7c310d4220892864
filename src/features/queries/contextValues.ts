import type { ContextValue } from '../../model';

/** The context editor's typed values, converted to and from the scenario's JSON values. */
export type ContextValueType = 'string' | 'number' | 'boolean' | 'list';

export function typeOfValue(v: ContextValue): ContextValueType {
  if (Array.isArray(v)) return 'list';
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string';
}

export function valueToText(v: ContextValue): string {
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** Parses what the user typed for a type; returns an error message instead of guessing. */
export function textToValue(text: string, type: ContextValueType): { ok: true; value: ContextValue } | { ok: false; message: string } {
  switch (type) {
    case 'string':
      return { ok: true, value: text };
    case 'number': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `\`${text}\` is not a number` };
    }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      return t === 'true' || t === 'false' ? { ok: true, value: t === 'true' } : { ok: false, message: 'use true or false' };
    }
    case 'list':
      return {
        ok: true,
        value: text
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
  }
}
