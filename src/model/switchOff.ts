import { pointerSegments } from './issues';
import { policyDocumentsOf } from './policyDocuments';

/** What a what-if switches off: one policy document of the scenario, or one statement of it. */
export interface SwitchOff {
  /** The document's JSON pointer in the scenario, as policyDocumentsOf lists it. */
  document: string;
  /** The statement's index in the document's `Statement`; absent: all of them. */
  statement?: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The scenario as it would be with a policy, or one statement of it, switched off: its statements
 * (or that one) taken out, the policy left where it is. Nothing else changes, so what the diff
 * finds is what those statements do; for an SCP or RCP that includes what its level then stops
 * allowing. The input is not modified: only the containers on the way to the document are copied.
 */
export function switchedOff(scenario: unknown, off: SwitchOff): { ok: true; scenario: unknown } | { ok: false; message: string } {
  const found = policyDocumentsOf(scenario).find((d) => d.pointer === off.document);
  if (!found || !isObject(found.document)) return { ok: false, message: `there is no policy document at ${off.document}` };
  const raw = found.document.Statement;
  const statements: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const { statement } = off;
  if (statement !== undefined && !(Number.isInteger(statement) && statement >= 0 && statement < statements.length))
    return { ok: false, message: `the policy at ${off.document} has no statement ${statement}` };
  const Statement = statement === undefined ? [] : statements.filter((_, i) => i !== statement);
  return { ok: true, scenario: replacedAt(scenario, pointerSegments(off.document), { ...found.document, Statement }) };
}

function replacedAt(node: unknown, segments: readonly string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(head)] = replacedAt(node[Number(head)], rest, value);
    return copy;
  }
  const object = node as Json;
  return { ...object, [head]: replacedAt(object[head], rest, value) };
}

/** A JSON pointer to a policy document or to one of its statements (`…/Statement/N`) as a SwitchOff. */
export function switchOffAt(pointer: string): SwitchOff {
  const statement = /^(.*)\/Statement\/(0|[1-9]\d*)$/.exec(pointer);
  return statement ? { document: statement[1]!, statement: Number(statement[2]) } : { document: pointer };
}
