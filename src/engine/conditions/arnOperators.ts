import { compileParts, splitArn, type Matcher, type PatternPart } from '../wildcard';
import { compileTemplates, type TemplateSpec } from './templateValues';
import type { Family } from './types';

/**
 * ARN operators: ArnEquals and ArnLike behave identically (as do ArnNotEquals and ArnNotLike):
 * case-sensitive; "each of the six colon-delimited components of the ARN is checked separately and
 * each can include multi-character match wildcards (*) or single-character match wildcards (?)".
 * Policy variables are supported.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 *
 * The doc's example: `arn:aws:someservice:*:111122223333:finance/*` does not match
 * `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt` with
 * ArnLike (the first `*` matches only `us-east-2`), though it does with StringLike. So a wildcard
 * never crosses the first five colons here, unlike the Resource element, where a `*` ending a
 * segment may (`compileArnParts`). We split pattern and value into their six fields (the last, the
 * resource, keeps its colons) and match field by field. A pattern with fewer than six fields (such
 * as `*`) is matched against the whole value.
 */
function splitPattern(parts: PatternPart[]): PatternPart[][] {
  const fields: PatternPart[][] = [[]];
  const current = () => fields[fields.length - 1]!;
  for (const p of parts) {
    if (!('lit' in p) || fields.length === 6) {
      current().push(p);
      continue;
    }
    let text = p.lit;
    for (let colon = text.indexOf(':'); colon >= 0 && fields.length < 6; colon = text.indexOf(':')) {
      if (colon > 0) current().push({ lit: text.slice(0, colon) });
      fields.push([]);
      text = text.slice(colon + 1);
    }
    if (text) current().push({ lit: text });
  }
  return fields;
}

export function compileArnCondition(parts: PatternPart[]): Matcher {
  const fields = splitPattern(parts);
  if (fields.length < 6) return compileParts(parts, false);
  const matchers = fields.map((f) => compileParts(f, false));
  return (text) => {
    const values = splitArn(text);
    if (values === null) return false;
    for (let i = 0; i < 6; i++) if (!matchers[i]!(values[i]!)) return false;
    return true;
  };
}

const arnSpec: TemplateSpec<string> = {
  wildcards: true,
  makeTest: (parts) => compileArnCondition(parts),
  parseRequest: String,
  badRequest: 'is not an ARN',
};

export const arnLike: Family = {
  phrases: { yes: 'matches', no: 'does not match' },
  compile: (values, variables) => compileTemplates(arnSpec, values, variables),
};
