import { compileTemplate, type ContextLookup } from '../policyVariables';
import type { PatternPart } from '../wildcard';
import { resolvedValues, type ParsedValue } from './resolved';
import type { CompiledValues, ContextValue, ResolvedValues, Scalar } from './types';

/**
 * Policy values for operators that substitute policy variables (String, ARN, Bool). Values whose
 * template has no variable are compiled once. The others are resolved per evaluation, but only
 * rebuilt when one of their variables' values changed since the previous evaluation, so a
 * benchmark that keeps `aws:username` fixed pays a few lookups per call.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-wheretouse
 */
export interface TemplateSpec<T> {
  /** Whether `*` and `?` written in the policy are wildcards (StringLike, ArnLike). */
  wildcards: boolean;
  /** A test for a resolved value, or the reason it cannot match (completing "`x` …"). */
  makeTest(parts: PatternPart[], text: string): ((request: T) => boolean) | string;
  parseRequest(value: Scalar): T | null;
  badRequest: string;
}

interface Resolution<T> {
  display: string | null;
  test: ((request: T) => boolean) | null;
  note: string | null;
  missing: string[];
}

interface CompiledTemplate<T> {
  constant: boolean;
  resolve: (lookup: ContextLookup) => Resolution<T>;
}

/** What a variable contributes to a resolution: a scalar's text, or nothing (absent or multivalued). */
const variableKey = (value: ContextValue | undefined): string =>
  value === undefined ? '\u0000' : Array.isArray(value) ? (value.length === 1 ? `s${String(value[0])}` : '\u0000') : `s${String(value)}`;

function compileOne<T>(source: string, spec: TemplateSpec<T>, variables: boolean): CompiledTemplate<T> {
  const template = compileTemplate(source, { variables, wildcards: spec.wildcards });
  const build = (parts: PatternPart[], text: string): Resolution<T> => {
    const made = spec.makeTest(parts, text);
    return typeof made === 'string'
      ? { display: text, test: null, note: `policy value \`${text}\` ${made}, so it matches nothing`, missing: [] }
      : { display: text, test: made, note: null, missing: [] };
  };
  const fresh = (lookup: ContextLookup): Resolution<T> => {
    const parts = template.resolve(lookup);
    if (parts !== null) return build(parts, template.resolveText(lookup)!);
    // "Policy variables with no value": the value is effectively null, so nothing equals or is like
    // it; negated operators (StringNotEquals, …) therefore match it. Here it simply matches nothing,
    // and the NOR of a negated operator is not blocked by it.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
    const missing = template.variables.filter((v) => variableKey(lookup(v)) === '\u0000');
    return {
      display: null,
      test: null,
      note: `\`${source}\` has no value (${missing.join(', ')} missing), so it matches nothing`,
      missing,
    };
  };
  const names = template.variables;
  if (names.length === 0) {
    const fixed = fresh(() => undefined);
    return { constant: true, resolve: () => fixed };
  }
  let lastKey: string | null = null;
  let last: Resolution<T> | null = null;
  return {
    constant: false,
    resolve(lookup) {
      let key = variableKey(lookup(names[0]!));
      for (let i = 1; i < names.length; i++) key += `\u0001${variableKey(lookup(names[i]!))}`;
      if (key !== lastKey || last === null) {
        last = fresh(lookup);
        lastKey = key;
      }
      return last;
    },
  };
}

export function compileTemplates<T>(spec: TemplateSpec<T>, values: Scalar[], variables: boolean): CompiledValues {
  const compiled = values.map((v) => compileOne(String(v), spec, variables));
  const badRequest = (v: Scalar) => `\`${String(v)}\` ${spec.badRequest}`;
  const assemble = (resolutions: Resolution<T>[]): ResolvedValues => {
    const parsed: ParsedValue<T>[] = [];
    const notes: string[] = [];
    const missing: string[] = [];
    resolutions.forEach((r, index) => {
      if (r.test) parsed.push({ index, test: r.test });
      if (r.note) notes.push(r.note);
      for (const m of r.missing) if (!missing.includes(m)) missing.push(m);
    });
    return resolvedValues(
      resolutions.map((r) => r.display),
      parsed,
      notes,
      missing,
      spec.parseRequest,
      badRequest,
    );
  };
  if (compiled.every((c) => c.constant)) {
    const fixed = assemble(compiled.map((c) => c.resolve(() => undefined)));
    return { resolve: () => fixed };
  }
  // Reassemble only when some value's resolution changed.
  let last: Resolution<T>[] = [];
  let assembled: ResolvedValues | null = null;
  return {
    resolve(lookup) {
      let changed = assembled === null;
      for (let i = 0; i < compiled.length; i++) {
        const r = compiled[i]!.resolve(lookup);
        if (r !== last[i]) {
          if (!changed) last = last.slice();
          changed = true;
          last[i] = r;
        }
      }
      if (changed || assembled === null) assembled = assemble(last);
      return assembled;
    },
  };
}
