import * as z from 'zod';

/**
 * A zod schema read once into plain closures that accept exactly what the schema accepts and build
 * exactly what it outputs, for the inputs that pass. Zod stays the single definition and the only
 * author of error messages: whatever the closures refuse is handed to zod itself, which says what is
 * wrong and where. On a 10 MB scenario this is several times faster than zod's own parse (which
 * does the bookkeeping for issues even when there are none), and costs nothing to build, unlike
 * `z.compile`, whose code generation takes longer than a small file takes to check.
 *
 * Every node is exact (it refuses an input if and only if zod does), so a union picks the same
 * option zod would. A schema feature not modelled here (a refinement, a transform, a check other
 * than a string's minimum length or an integer) is not approximated: that node asks zod.
 */
export type FastParse<T> = (input: unknown) => { ok: true; value: T } | { ok: false };

const INVALID: unique symbol = Symbol('invalid');
type Parser = (value: unknown) => unknown;

type Schema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef;

/** A schema's definition and traits: zod's documented surface for libraries that read schemas. */
function zodOf(schema: Schema): Schema['_zod'] {
  // oxlint-disable-next-line no-underscore-dangle
  return schema._zod;
}

function checkDef(check: z.core.$ZodCheck<never>): z.core.$ZodCheckDef {
  // oxlint-disable-next-line no-underscore-dangle
  return check._zod.def;
}

export function fastParser<T>(schema: z.ZodType<T>): FastParse<T> {
  let parse: Parser | undefined;
  return (input) => {
    // Built on first use: modules that import a schema and never restore pay nothing.
    parse ??= parserOf(schema);
    const value = parse(input);
    return value === INVALID ? { ok: false } : { ok: true, value: value as T };
  };
}

function parserOf(schema: Schema): Parser {
  const internals = zodOf(schema);
  const def = internals.def;
  if (unmodelled(internals.traits, def)) return byZod(schema);
  switch (def.type) {
    case 'string':
      return stringParser(schema, def);
    case 'number':
      return numberParser(schema, def);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID);
    case 'literal': {
      const values = new Set<unknown>((def as z.core.$ZodLiteralDef<z.core.util.Literal>).values);
      return (v) => (values.has(v) ? v : INVALID);
    }
    case 'enum': {
      const values = Object.values((def as z.core.$ZodEnumDef).entries);
      // Numeric entries are TypeScript enums' reverse mappings, which zod filters: let zod do it.
      if (!values.every((v) => typeof v === 'string')) return byZod(schema);
      const set = new Set<unknown>(values);
      return (v) => (set.has(v) ? v : INVALID);
    }
    case 'optional': {
      const inner = (def as z.core.$ZodOptionalDef).innerType;
      if (zodOf(inner).optin === 'defaulted') return byZod(schema);
      const parse = parserOf(inner);
      return (v) => (v === undefined ? undefined : parse(v));
    }
    case 'nullable': {
      const parse = parserOf((def as z.core.$ZodNullableDef).innerType);
      return (v) => (v === null ? null : parse(v));
    }
    case 'default': {
      const d = def as z.core.$ZodDefaultDef;
      const parse = parserOf(d.innerType);
      // `defaultValue` is a getter that hands out a fresh copy each time, as zod's own parse does.
      return (v) => {
        if (v === undefined) return d.defaultValue;
        const out = parse(v);
        return out === undefined ? d.defaultValue : out;
      };
    }
    case 'array':
      return arrayParser(parserOf((def as z.core.$ZodArrayDef).element));
    case 'union': {
      const u = def as z.core.$ZodUnionDef;
      // An exclusive or discriminated union chooses differently from "the first that accepts".
      if (u.inclusive === false || 'discriminator' in u) return byZod(schema);
      return unionParser(u.options.map(parserOf));
    }
    case 'record':
      return recordParser(schema, def as z.core.$ZodRecordDef);
    case 'object':
      return objectParser(schema, def as z.core.$ZodObjectDef);
    default:
      return byZod(schema);
  }
}

/** Traits and settings whose meaning differs from the plain type of the same name. */
function unmodelled(traits: ReadonlySet<string>, def: Def): boolean {
  if ((def as { coerce?: boolean }).coerce) return true;
  if (traits.has('$ZodExactOptional') || traits.has('$ZodStringFormat') || traits.has('$ZodNumberFormat')) return true;
  const checks = def.checks ?? [];
  if (def.type === 'string') return !checks.every((c) => checkDef(c).check === 'min_length');
  if (def.type === 'number') return !checks.every((c) => isSafeIntCheck(checkDef(c)));
  return checks.length > 0;
}

function isSafeIntCheck(check: z.core.$ZodCheckDef): boolean {
  return check.check === 'number_format' && (check as z.core.$ZodCheckNumberFormatDef).format === 'safeint';
}

/** A node that asks zod: exact by definition, and only as slow as zod for that node. */
function byZod(schema: Schema): Parser {
  return (v) => {
    const r = z.safeParse(schema, v);
    return r.success ? r.data : INVALID;
  };
}

function stringParser(_schema: Schema, def: Def): Parser {
  let min = 0;
  for (const c of def.checks ?? []) min = Math.max(min, (checkDef(c) as z.core.$ZodCheckMinLengthDef).minimum);
  return (v) => (typeof v === 'string' && v.length >= min ? v : INVALID);
}

function numberParser(_schema: Schema, def: Def): Parser {
  // zod refuses NaN and the infinities for every number, and `.int()` means a safe integer.
  if ((def.checks ?? []).length > 0) return (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : INVALID);
  return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
}

function arrayParser(element: Parser): Parser {
  return (v) => {
    if (!Array.isArray(v)) return INVALID;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const item = element(v[i]);
      if (item === INVALID) return INVALID;
      out.push(item);
    }
    return out;
  };
}

/** The first option that accepts, as zod's union returns. */
function unionParser(options: Parser[]): Parser {
  return (v) => {
    for (const option of options) {
      const out = option(v);
      if (out !== INVALID) return out;
    }
    return INVALID;
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * `z.record(z.string(), V)`: every own enumerable key, in own-key order, `__proto__` skipped.
 * Objects whose plainness zod would have to judge (another prototype, an own `constructor`, symbol
 * keys) go to zod.
 */
function recordParser(schema: Schema, def: z.core.$ZodRecordDef): Parser {
  const keyZod = zodOf(def.keyType);
  if (keyZod.def.type !== 'string' || unmodelled(keyZod.traits, keyZod.def) || (keyZod.def.checks ?? []).length > 0 || def.mode)
    return byZod(schema);
  const value = parserOf(def.valueType);
  const slow = byZod(schema);
  return (v) => {
    if (!isObject(v)) return INVALID;
    const proto: unknown = Object.getPrototypeOf(v);
    if ((proto !== Object.prototype && proto !== null) || Object.hasOwn(v, 'constructor') || Object.getOwnPropertySymbols(v).length > 0)
      return slow(v);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      const item = value(v[k]);
      if (item === INVALID) return INVALID;
      out[k] = item;
    }
    return out;
  };
}

/**
 * `z.object`: the shape's keys in the shape's order. A key zod treats as optional is copied only
 * when present; a defaulted one always; a required one must be present. Unknown keys are dropped,
 * or refused when the object is strict.
 */
function objectParser(schema: Schema, def: z.core.$ZodObjectDef): Parser {
  const catchall = def.catchall;
  const strict = catchall !== undefined && zodOf(catchall).def.type === 'never';
  if (catchall && !strict) return byZod(schema);
  const fields = Object.keys(def.shape)
    .filter((k) => k !== '__proto__')
    .map((key) => {
      const field = def.shape[key]!;
      const { optin, optout } = zodOf(field);
      const mode = optin === 'optional' && optout === 'optional' ? 'optional' : optin === undefined ? 'required' : 'other';
      return { key, mode, parse: parserOf(field) };
    });
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    if (!isObject(v)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const { key, mode, parse } of fields) {
      const present = key in v;
      if (mode === 'optional' && !present) continue;
      if (mode === 'required' && !present) return INVALID;
      const item = parse(v[key]);
      if (item === INVALID) return INVALID;
      if (mode !== 'other' || item !== undefined || present) out[key] = item;
    }
    if (strict) for (const key in v) if (!known.has(key)) return INVALID;
    return out;
  };
}
