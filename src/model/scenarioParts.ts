import type { ScenarioIssue } from './issues';
import type { z } from 'zod';
import { fastParser, type FastParse } from './fastParse';
import { jsonValueIssues } from './sanitizeJson';
import { pointer } from './issues';
import { querySchema, scenarioSchema, type Query, type Scenario } from './scenarioSchema';
import { fromZodIssues } from './zodIssues';

/**
 * A scenario document in two parts: the world (what IAM evaluates: accounts, identities, policies,
 * resources, the organization) and the rest (queries, title, description, the graph's layout). The
 * world is the expensive part to restore, so the app restores it once per world revision and reads
 * the rest, which changes on every keystroke of a query, on its own.
 */
export const OUTSIDE_WORLD_FIELDS = ['title', 'description', 'queries', 'layout'] as const;
type OutsideWorldField = (typeof OUTSIDE_WORLD_FIELDS)[number];
const OUTSIDE: ReadonlySet<string> = new Set(OUTSIDE_WORLD_FIELDS);

export type OutsideWorld = Pick<Scenario, OutsideWorldField>;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The document without its outside-world fields; anything that is not an object is all world (and invalid). */
export function worldPartOf(document: unknown): unknown {
  if (!isObject(document)) return document;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (!OUTSIDE.has(key)) out[key] = value;
  return out;
}

/** The outside-world fields as the document holds them, by identity (unchanged parts stay the same objects). */
export function outsideWorldOf(document: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObject(document)) return out;
  for (const key of OUTSIDE_WORLD_FIELDS) if (document[key] !== undefined) out[key] = document[key];
  return out;
}

type Read<T> = { ok: true; value: T } | { ok: false; errors: ScenarioIssue[] };

const FIELD_SCHEMAS = {
  title: scenarioSchema.shape.title,
  description: scenarioSchema.shape.description,
  layout: scenarioSchema.shape.layout,
} as const;

/**
 * Every value read before, by identity: the store shares unchanged parts between revisions, so a
 * keystroke in one query re-reads that query alone, not the other 20,000 or the layout.
 */
const readBefore = new WeakMap<object, Read<unknown>>();

function readValue<T>(raw: unknown, path: (string | number)[], schema: z.ZodType<T>): Read<T> {
  const cacheable = typeof raw === 'object' && raw !== null;
  const known = cacheable ? readBefore.get(raw) : undefined;
  // A cached failure carries the path it was read at; a moved query is read again to point right.
  const at = pointer(path);
  if (known && (known.ok || known.errors.every((e) => e.path === at || e.path.startsWith(`${at}/`)))) return known as Read<T>;
  const issues = jsonValueIssues(raw);
  const result: Read<T> =
    issues.length > 0
      ? { ok: false, errors: issues.map((i) => ({ ...i, path: at + i.path })) }
      : (() => {
          const fast = fastOf(schema)(raw);
          if (fast.ok) return fast;
          const parsed = schema.safeParse(raw, { reportInput: true });
          return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fromZodIssues(parsed.error.issues, path) };
        })();
  if (cacheable) readBefore.set(raw, result);
  return result;
}

const fastParsers = new WeakMap<z.ZodType, FastParse<unknown>>();
function fastOf<T>(schema: z.ZodType<T>): FastParse<T> {
  let parse = fastParsers.get(schema);
  if (!parse) fastParsers.set(schema, (parse = fastParser(schema)));
  return parse as FastParse<T>;
}

/** Reads the outside-world fields with the scenario's own schema, so their errors read and point the same. */
export function restoreOutsideWorld(fields: Record<string, unknown>): Read<OutsideWorld> {
  const value: OutsideWorld = {};
  const errors: ScenarioIssue[] = [];
  for (const key of ['title', 'description', 'layout'] as const) {
    if (fields[key] === undefined) continue;
    const read = readValue(fields[key], [key], FIELD_SCHEMAS[key] as z.ZodType<unknown>);
    if (read.ok) (value as Record<string, unknown>)[key] = read.value;
    else errors.push(...read.errors);
  }
  const queries = fields.queries;
  if (queries !== undefined) {
    if (!Array.isArray(queries)) {
      const read = readValue(queries, ['queries'], scenarioSchema.shape.queries);
      if (!read.ok) errors.push(...read.errors);
    } else {
      const list: Query[] = [];
      queries.forEach((q: unknown, i) => {
        const read = readValue(q, ['queries', i], querySchema);
        if (read.ok) list.push(read.value);
        else errors.push(...read.errors);
      });
      value.queries = list;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
