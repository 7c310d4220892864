import type { PolicyKind } from './types';

/**
 * A defensive view of a raw policy document: the scenario may be invalid anywhere (it is checked
 * on every keystroke), so every element is read for what it is, and what has the wrong shape is
 * left to the schema's own errors.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Appends JSON pointer segments (RFC 6901) to a pointer. */
export function at(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) {
    const text = String(s);
    out += '/' + (text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text);
  }
  return out;
}

/** One string of a string-or-list element, with its own pointer. */
export interface Entry {
  value: string;
  path: string;
}

/** `Action`, `NotAction`, `Resource` or `NotResource` as written. */
export interface ListElement {
  name: string;
  path: string;
  /** Written as an array (possibly empty) rather than a single string. */
  isArray: boolean;
  /** The string entries; entries of another type are skipped. */
  entries: Entry[];
}

export interface StatementView {
  index: number;
  path: string;
  raw: JsonObject;
  effect: 'Allow' | 'Deny' | undefined;
  action?: ListElement;
  notAction?: ListElement;
  resource?: ListElement;
  notResource?: ListElement;
}

export interface DocumentView {
  raw: JsonObject;
  kind: PolicyKind;
  basePath: string;
  /** `Version` when it is a string. */
  version: string | undefined;
  statements: StatementView[];
}

export function listElement(statement: JsonObject, name: string, statementPath: string): ListElement | undefined {
  if (!Object.hasOwn(statement, name)) return undefined;
  const value = statement[name];
  const path = at(statementPath, name);
  if (typeof value === 'string') return { name, path, isArray: false, entries: [{ value, path }] };
  if (!Array.isArray(value)) return undefined;
  const entries: Entry[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string') entries.push({ value: v, path: at(path, i) });
  });
  return { name, path, isArray: true, entries };
}

/** The statements of a document, whichever form `Statement` takes; non-objects are skipped. */
export function documentView(raw: JsonObject, kind: PolicyKind, basePath: string): DocumentView {
  const statementValue = raw.Statement;
  const list: { value: unknown; path: string }[] = Array.isArray(statementValue)
    ? statementValue.map((value, i) => ({ value, path: at(basePath, 'Statement', i) }))
    : statementValue === undefined
      ? []
      : [{ value: statementValue, path: at(basePath, 'Statement') }];
  const statements: StatementView[] = [];
  list.forEach(({ value, path }, index) => {
    if (!isObject(value)) return;
    const effect = value.Effect === 'Allow' || value.Effect === 'Deny' ? value.Effect : undefined;
    statements.push({
      index,
      path,
      raw: value,
      effect,
      action: listElement(value, 'Action', path),
      notAction: listElement(value, 'NotAction', path),
      resource: listElement(value, 'Resource', path),
      notResource: listElement(value, 'NotResource', path),
    });
  });
  return { raw, kind, basePath, version: typeof raw.Version === 'string' ? raw.Version : undefined, statements };
}

/** A condition block entry: operator → key → values, each with its pointer. */
export interface ConditionEntry {
  operator: string;
  operatorPath: string;
  key: string;
  keyPath: string;
  /** The values as written: scalars, each with its pointer (one, or one per array element). */
  values: { value: unknown; path: string }[];
  /** The values were written as an array. */
  isArray: boolean;
}

/** Every operator/key pair of a statement's `Condition`, skipping what is not an object. */
export function conditionEntries(statement: StatementView): ConditionEntry[] {
  const block = statement.raw.Condition;
  if (!isObject(block)) return [];
  const out: ConditionEntry[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    if (!isObject(keys)) continue;
    const operatorPath = at(statement.path, 'Condition', operator);
    for (const [key, raw] of Object.entries(keys)) {
      const keyPath = at(operatorPath, key);
      const isArray = Array.isArray(raw);
      const values = isArray ? raw.map((value, i) => ({ value: value as unknown, path: at(keyPath, i) })) : [{ value: raw, path: keyPath }];
      out.push({ operator, operatorPath, key, keyPath, values, isArray });
    }
  }
  return out;
}
