import { formatJson } from './formatJson';
import { parseJsonText, type JsonSyntaxError } from './parseJsonText';

/**
 * The two directions between an editor's text and the store, as pure decisions. The editor keeps,
 * per document, `synced`: the JSON of the value text and store last agreed on. Comparing against it
 * tells our own writes (echoes) from changes made elsewhere (undo, the graph).
 */

/** `synced` for a document that is not in the scenario (yet). */
export const ABSENT = '\u0000absent';

/** Shown for a document that is not there yet; typing into it creates it. */
export const NEW_POLICY_TEXT = formatJson({ Version: '2012-10-17', Statement: [] });

export function documentJson(value: unknown): string {
  return value === undefined ? ABSENT : JSON.stringify(value);
}

export type SyncStep = { kind: 'none' } | { kind: 'adopt'; synced: string } | { kind: 'replace'; synced: string; text: string };

/**
 * The store changed: does the text have to follow? Not when the change was ours, nor when the text
 * already says the same thing (the cursor stays where it is); otherwise the text is rewritten.
 */
export function syncStep(text: string, synced: string, storeValue: unknown, textIsOurPrint = false): SyncStep {
  const json = documentJson(storeValue);
  if (json === synced) return { kind: 'none' };
  // Text we printed from `synced` cannot say what a different value says: skip parsing it (on a
  // large scenario that parse is the costliest part of following the store).
  const parsed = textIsOurPrint ? null : parseJsonText(text);
  if (parsed?.ok && JSON.stringify(parsed.value) === json) return { kind: 'adopt', synced: json };
  return { kind: 'replace', synced: json, text: storeValue === undefined ? NEW_POLICY_TEXT : formatJson(storeValue) };
}

export type CommitStep =
  | { kind: 'syntaxError'; errors: JsonSyntaxError[] }
  | { kind: 'notAScenario' }
  | { kind: 'unchanged' }
  | { kind: 'write'; value: unknown; synced: string };

/**
 * The user paused typing: write the text's value, if it is JSON and says something new. Text that
 * does not parse is never written, so the store keeps the last valid document.
 */
export function commitStep(text: string, synced: string, isScenario: boolean): CommitStep {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { kind: 'syntaxError', errors: parsed.errors };
  const value = parsed.value;
  // The rest of the app reads the scenario as an object; anything else stays in the editor only.
  if (isScenario && (typeof value !== 'object' || value === null || Array.isArray(value))) return { kind: 'notAScenario' };
  const json = JSON.stringify(value);
  return json === synced ? { kind: 'unchanged' } : { kind: 'write', value, synced: json };
}

/** The smallest single replacement turning `before` into `after`, so text outside it (and the cursor there) stays put. */
export function minimalEdit(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}
