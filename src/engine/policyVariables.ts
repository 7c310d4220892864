import type { ContextValue } from '../model';
import { literalParts, wildcardParts, type PatternPart } from './wildcard';

/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, the default-value form
 * `${aws:username, 'nobody'}`, and the escapes `${*}`, `${?}`, `${$}` for literal characters.
 * Only policies with `"Version": "2012-10-17"` substitute; otherwise the text is literal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */

export type ContextLookup = (key: string) => ContextValue | undefined;

type Token = { text: string; wildcards: boolean } | { variable: string; fallback: string | null } | { char: string };

export interface Template {
  /** The value as written in the policy. */
  source: string;
  /** Context keys the template reads. */
  variables: string[];
  /** Resolves to pattern parts, or null when a variable has no value and no default. */
  resolve(lookup: ContextLookup): PatternPart[] | null;
  /** The resolved value as display text, or null. */
  resolveText(lookup: ContextLookup): string | null;
}

const VARIABLE = /\$\{([^}]*)\}/g;
const NAMED = /^\s*([A-Za-z0-9:/._@+=,-]+?)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

function tokenize(source: string, wildcards: boolean): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of source.matchAll(VARIABLE)) {
    if (m.index > last) tokens.push({ text: source.slice(last, m.index), wildcards });
    const inner = m[1]!.trim();
    if (inner === '*' || inner === '?' || inner === '$') tokens.push({ char: inner });
    else {
      const named = NAMED.exec(m[1]!);
      if (named && !named[1]!.includes(','))
        tokens.push({ variable: named[1]!, fallback: named[2] === undefined ? null : named[2].replace(/''/g, "'") });
      else tokens.push({ text: m[0], wildcards }); // not a variable: literal text, as AWS treats it
    }
    last = m.index + m[0].length;
  }
  if (last < source.length) tokens.push({ text: source.slice(last), wildcards });
  return tokens;
}

/** A variable takes one value: a multivalued key cannot be substituted. */
function scalarValue(value: ContextValue | undefined): string | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]) : null;
  return String(value);
}

/**
 * Compiles a policy value. `wildcards` says whether `*`/`?` in the written text are wildcards
 * (Resource, StringLike, ArnLike) or literal (StringEquals). Substituted values are always literal.
 */
export function compileTemplate(source: string, options: { variables: boolean; wildcards: boolean }): Template {
  // Only text with `${` can hold a variable or an escape: the rest need no scan for them.
  const tokens =
    options.variables && source.includes('${') ? tokenize(source, options.wildcards) : [{ text: source, wildcards: options.wildcards }];
  const variables = tokens.flatMap((t) => ('variable' in t ? [t.variable] : []));
  if (variables.length === 0 && !tokens.some((t) => 'char' in t)) {
    const parts = options.wildcards ? wildcardParts(source) : literalParts(source);
    return { source, variables, resolve: () => parts, resolveText: () => source };
  }
  const resolveTokens = (lookup: ContextLookup): (PatternPart[] | null)[] =>
    tokens.map((t) => {
      if ('char' in t) return literalParts(t.char);
      if ('text' in t) return t.wildcards ? wildcardParts(t.text) : literalParts(t.text);
      const value = scalarValue(lookup(t.variable)) ?? t.fallback;
      return value === null ? null : literalParts(value);
    });
  return {
    source,
    variables,
    resolve(lookup) {
      const resolved = resolveTokens(lookup);
      if (resolved.some((r) => r === null)) return null;
      return (resolved as PatternPart[][]).flat();
    },
    resolveText(lookup) {
      const parts = this.resolve(lookup);
      if (parts === null) return null;
      return parts.map((p) => ('lit' in p ? p.lit : 'star' in p ? '*' : '?')).join('');
    },
  };
}

/** Whether substitution is on for a document: only `Version: 2012-10-17` enables it. */
export function variablesEnabled(version: string | undefined): boolean {
  return version === '2012-10-17';
}
