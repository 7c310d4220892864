import { compileParts, wildcardParts, type Matcher } from './wildcard';

/**
 * `Action`/`NotAction`: `service:Action` patterns with `*` and `?`, case-insensitive.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export interface ActionSet {
  patterns: string[];
  matches: Matcher;
  /**
   * The same test on an action already lower-cased (the request lowers it once): the patterns are
   * lowered as `matches` lowers them, so the answers are the same without lowering per statement.
   */
  matchesLower: Matcher;
  /** Lower-case service prefixes the patterns can match, or null when any service (`*`, `*:…`). */
  services: Set<string> | null;
}

export function compileActions(patterns: string[]): ActionSet {
  // Compiled once, on lowered text: an ignore-case matcher lowers the pattern's literal parts and
  // the text it is given, which is what `matches` does here around the lowered matchers.
  // Exact names (most of them) are one set lookup; only wildcard patterns need a matcher each.
  const exact = new Set<string>();
  const lowered: Matcher[] = [];
  for (const p of patterns) {
    const parts = lowerParts(p);
    if (parts.every((x) => 'lit' in x)) exact.add(parts.map((x) => ('lit' in x ? x.lit : '')).join(''));
    else lowered.push(compileParts(parts, false));
  }
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
  const matchesLower: Matcher = (action) => {
    if (exact.has(action)) return true;
    for (const m of lowered) if (m(action)) return true;
    return false;
  };
  return {
    patterns,
    services,
    matches: (action) => matchesLower(action.toLowerCase()),
    matchesLower,
  };
}

/** A pattern's parts with their literal text lowered, exactly as an ignore-case matcher lowers them. */
function lowerParts(pattern: string) {
  return wildcardParts(pattern).map((p) => ('lit' in p ? { lit: p.lit.toLowerCase() } : p));
}

export function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
