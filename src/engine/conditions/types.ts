import type { ContextValue } from '../../model';
import type { ContextLookup } from '../policyVariables';

/** One value of a request context key, or of a policy condition as written in JSON. */
export type Scalar = string | number | boolean;

/**
 * A family's policy values after policy-variable substitution, ready to test request values.
 * Families parse what they can at compile time; only values with variables are resolved per call.
 */
export interface ResolvedValues {
  /** Substituted policy values for display; null where a variable had no value. */
  display: (string | null)[];
  /** Why some policy values can never match (unparseable, or a variable with no value). */
  notes: string[];
  /** The usable policy values as reasons name them (`10.0.0.0/8`, `any of a, b`), prepared once. */
  list: string;
  /** The notes as a reason suffix (`; …` each), prepared once. */
  suffix: string;
  /** Variables (as written) that had no value and no default. */
  missingVariables: string[];
  /** Index of the first policy value the request value satisfies; -1 when none does. */
  firstMatch(value: Scalar): number;
  /** Why a request value cannot be compared (e.g. `banana` is not an IP address), or null. */
  requestProblem(value: Scalar): string | null;
}

export interface CompiledValues {
  resolve(lookup: ContextLookup): ResolvedValues;
}

/** How a family's comparison reads in a reason: `198.51.100.7` «is in» / «is not in» 10.0.0.0/8. */
export interface Phrases {
  yes: string;
  no: string;
}

export interface Family {
  phrases: Phrases;
  compile(values: Scalar[], variables: boolean): CompiledValues;
}

export type { ContextLookup, ContextValue };
