import { compileTemplate, type ContextLookup, type Template } from './policyVariables';
import { compileArnParts, type Matcher } from './wildcard';

/**
 * `Resource`/`NotResource`: ARN patterns matched segment by segment, case-sensitive, with policy
 * variables where the policy's Version allows them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 *
 * A wildcard in the resource-type part (`arn:aws:iam::123456789012:u*`) is matched like any other,
 * as a glob over the segment. The ARN page says the type may not hold one
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html) but not how such a pattern
 * is evaluated: an open question (test/differential/openQuestions.ts), and a finding warns of it.
 */
export interface ResourceSet {
  patterns: string[];
  /** Whether any pattern reads the request context (policy variables). */
  dynamic: boolean;
  /** Matches the resource; `missing` collects variables that had no value. */
  matches(resource: string, lookup: ContextLookup, missing: string[]): boolean;
}

export function compileResources(patterns: string[], variables: boolean): ResourceSet {
  const entries = patterns.map((source) => {
    const { template, fixed } = compiledPattern(source, variables);
    // A pattern with variables is compiled per distinct set of values it is resolved with (a few
    // user names, tags…), not per request.
    const byValues = new Map<string, Matcher | null>();
    // By the value itself when the pattern has one variable and it is text (`${aws:username}`):
    // no list of values and no JSON key is made per request.
    const byOneText = new Map<string, Matcher | null>();
    return { template, fixed, byValues, byOneText };
  });
  const dynamic = entries.some((e) => e.fixed === null);
  return {
    patterns,
    dynamic,
    matches(resource, lookup, missing) {
      // A counted loop, not `for…of`: see bulkMatch in evaluatePolicy.ts.
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        if (e.fixed) {
          if (e.fixed(resource)) return true;
          continue;
        }
        // A variable with no value leaves a pattern that matches no resource.
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
        const variables = e.template.variables;
        const one = variables.length === 1 ? lookup(variables[0]!) : undefined;
        const table = typeof one === 'string' ? e.byOneText : e.byValues;
        const key = typeof one === 'string' ? one : JSON.stringify(variables.map(lookup));
        let matcher = table.get(key);
        if (matcher === undefined) {
          const parts = e.template.resolve(lookup);
          matcher = parts === null ? null : compileArnParts(parts);
          // 256 values in all, across both tables.
          if (e.byValues.size + e.byOneText.size >= 256) {
            e.byValues.clear();
            e.byOneText.clear();
          }
          table.set(key, matcher);
        }
        if (matcher === null) {
          for (const v of variables) if (lookup(v) === undefined) missing.push(v);
          continue;
        }
        if (matcher(resource)) return true;
      }
      return false;
    },
  };
}

/**
 * A pattern's template and, without variables, its matcher: both pure, so shared by every statement
 * that writes the same pattern (a scenario's 1,400 resource patterns are a few hundred distinct
 * ones). Bounded, as patterns come from user input.
 */
const compiledPatterns = new Map<string, { template: Template; fixed: Matcher | null }>();

function compiledPattern(source: string, variables: boolean): { template: Template; fixed: Matcher | null } {
  const key = variables ? `v${source}` : `l${source}`;
  let known = compiledPatterns.get(key);
  if (!known) {
    const template = resourceTemplate(source, variables);
    const fixed = template.variables.length === 0 ? compileArnParts(template.resolve(() => undefined)!) : null;
    if (compiledPatterns.size >= 4096) compiledPatterns.clear();
    compiledPatterns.set(key, (known = { template, fixed }));
  }
  return known;
}

/**
 * Policy variables work only in the resource part of an ARN, after the fifth colon; elsewhere
 * `${...}` is literal text. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-resourceelement
 */
function resourceTemplate(source: string, variables: boolean): Template {
  let colon = -1;
  for (let i = 0; i < 5 && (colon = source.indexOf(':', colon + 1)) >= 0; i++);
  if (!variables || colon < 0 || !source.slice(0, colon).includes('${')) return compileTemplate(source, { variables, wildcards: true });
  const head = compileTemplate(source.slice(0, colon + 1), { variables: false, wildcards: true });
  const tail = compileTemplate(source.slice(colon + 1), { variables: true, wildcards: true });
  return {
    source,
    variables: tail.variables,
    resolve(lookup) {
      const rest = tail.resolve(lookup);
      return rest === null ? null : [...head.resolve(lookup)!, ...rest];
    },
    resolveText(lookup) {
      const rest = tail.resolveText(lookup);
      return rest === null ? null : source.slice(0, colon + 1) + rest;
    },
  };
}
