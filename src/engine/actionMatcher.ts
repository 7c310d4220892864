import { compileWildcard, type Matcher } from './wildcard';

/**
 * `Action`/`NotAction`: `service:Action` patterns with `*` and `?`, case-insensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export interface ActionSet {
  patterns: string[];
  matches: Matcher;
  /** Lower-case service prefixes the patterns can match, or null when any service (`*`, `*:…`). */
  services: Set<string> | null;
}

export function compileActions(patterns: string[]): ActionSet {
  const matchers = patterns.map((p) => compileWildcard(p, true));
  let services: Set<string> | null = new Set();
  for (const p of patterns) {
    const colon = p.indexOf(':');
    const prefix = colon < 0 ? p : p.slice(0, colon);
    if (colon < 0 || /[*?]/.test(prefix)) {
      // `*` alone is every action; a prefix with wildcards could be any service.
      services = null;
      break;
    }
    services.add(prefix.toLowerCase());
  }
  return {
    patterns,
    services,
    matches: matchers.length === 1 ? matchers[0]! : (action) => matchers.some((m) => m(action)),
  };
}

export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
