import { pointer } from '../../model';
import type { ImportError, ReportEntry, ReportEntryKind, SourcePlace } from './importReport';

export type JsonPath = readonly (string | number)[];
export type JsonObject = Record<string, unknown>;

/**
 * How the reader treats each field an AWS output may carry: `read` it maps into the scenario;
 * a string says why it is not modelled (reported once per field name and file, with a count);
 * a field not in the table is unknown and reported where it stands.
 */
export type FieldTable = Readonly<Record<string, 'read' | string>>;

/**
 * Reads one parsed input file and collects what goes wrong, each fault with the file and the JSON
 * pointer of the value. The readers never throw on bad input: they record an error and return
 * undefined, so one pass finds every fault of a file, not just the first.
 */
export class SourceReader {
  readonly errors: ImportError[] = [];
  readonly entries: ReportEntry[] = [];
  private readonly notModelled = new Map<string, { reason: string; count: number; first: string }>();
  private readonly notModelledGroups = new Map<string, { describe: (count: number) => string; count: number; first: string }>();

  constructor(readonly file: string) {}

  place(at: JsonPath): SourcePlace {
    return { file: this.file, path: pointer(at) };
  }

  error(at: JsonPath, message: string): void {
    this.errors.push({ file: this.file, path: pointer(at), message });
  }

  report(kind: ReportEntryKind, at: JsonPath, message: string): void {
    this.entries.push({ kind, file: this.file, path: pointer(at), message });
  }

  /** A report entry at a place found earlier. */
  reportAt(kind: ReportEntryKind, place: SourcePlace, message: string): void {
    this.entries.push({ kind, file: place.file, path: place.path, message });
  }

  object(value: unknown, at: JsonPath, what: string): JsonObject | undefined {
    if (isObject(value)) return value;
    this.error(at, `${what} must be a JSON object, not ${kindOf(value)}`);
    return undefined;
  }

  /** A list field; absent means empty, as AWS leaves empty lists out of some outputs. */
  list(obj: JsonObject, key: string, at: JsonPath): unknown[] {
    const value = obj[key];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.error([...at, key], `\`${key}\` must be a list, not ${kindOf(value)}`);
    return [];
  }

  requiredString(obj: JsonObject, key: string, at: JsonPath): string | undefined {
    const value = obj[key];
    if (typeof value === 'string' && value.length > 0) return value;
    this.error(
      value === undefined ? at : [...at, key],
      value === undefined ? `\`${key}\` is missing` : `\`${key}\` must be a non-empty string, not ${kindOf(value)}`,
    );
    return undefined;
  }

  optionalString(obj: JsonObject, key: string, at: JsonPath): string | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.error([...at, key], `\`${key}\` must be a string, not ${kindOf(value)}`);
    return undefined;
  }

  optionalBoolean(obj: JsonObject, key: string, at: JsonPath): boolean | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    this.error([...at, key], `\`${key}\` must be true or false, not ${kindOf(value)}`);
    return undefined;
  }

  optionalInteger(obj: JsonObject, key: string, at: JsonPath): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    this.error([...at, key], `\`${key}\` must be a whole number, not ${kindOf(value)}`);
    return undefined;
  }

  /** Checks the fields of `obj` against `table`: unknown ones are reported as skipped, where they are. */
  fields(obj: JsonObject, at: JsonPath, table: FieldTable): void {
    for (const key of Object.keys(obj)) {
      const rule = Object.hasOwn(table, key) ? table[key] : undefined;
      if (rule === undefined) this.report('skipped', [...at, key], `unknown field \`${key}\`: not read`);
      else if (rule !== 'read') this.notModelledField(key, at, rule);
    }
  }

  /** A field read past for `reason`: counted, and reported once per name. */
  notModelledField(key: string, parent: JsonPath, reason: string): void {
    const seen = this.notModelled.get(key);
    if (seen) seen.count++;
    else this.notModelled.set(key, { reason, count: 1, first: pointer([...parent, key]) });
  }

  /**
   * A note that repeats for many entities of one account (every role in an instance profile, every
   * policy with old versions): one entry, at the first place, worded by the first occurrence for
   * the count — a real account would otherwise bury the report under a thousand alike lines.
   */
  notModelledEach(group: string, at: JsonPath, describe: (count: number) => string): void {
    const seen = this.notModelledGroups.get(group);
    if (seen) seen.count++;
    else this.notModelledGroups.set(group, { describe, count: 1, first: pointer(at) });
  }

  /** The not-modelled fields, one entry per field name (at its first place), then the rest in order. */
  allEntries(): ReportEntry[] {
    const grouped: ReportEntry[] = [...this.notModelled].map(([key, n]) => ({
      kind: 'not-modelled',
      file: this.file,
      path: n.first,
      message: `\`${key}\`${n.count > 1 ? ` (${n.count} times)` : ''}: ${n.reason}`,
    }));
    const each: ReportEntry[] = [...this.notModelledGroups.values()].map((n) => ({
      kind: 'not-modelled',
      file: this.file,
      path: n.first,
      message: n.describe(n.count),
    }));
    return [...this.entries, ...each, ...grouped];
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${String(value)}`;
}
