import type { AnalysisContext } from './analysisContext';
import { hasVariable } from './conditionValues';
import { conditionEntries, type DocumentView } from './policyView';
import type { FindingSink } from './rules';

/**
 * `Version`: policy variables need `2012-10-17`; without it, `${…}` is literal text.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
 */
export function versionChecks(doc: DocumentView, _ctx: AnalysisContext, sink: FindingSink): void {
  if (doc.version === '2012-10-17') return;
  const present = Object.hasOwn(doc.raw, 'Version');
  if (present && doc.version !== '2008-10-17') return; // an invalid version is reported as such
  const variable = firstVariable(doc);
  if (variable) {
    const why = present ? '`"Version": "2008-10-17"`' : 'no `Version`';
    sink.add(
      'variables-without-version',
      variable.path,
      `\`${variable.value}\` is read literally: with ${why}, policy variables are not substituted`,
    );
  } else if (!present) {
    sink.add('missing-version', doc.basePath, 'the policy has no `Version`; add `"Version": "2012-10-17"`');
  }
}

/** The first value using a policy variable, where IAM would substitute it. */
function firstVariable(doc: DocumentView): { value: string; path: string } | undefined {
  for (const s of doc.statements) {
    for (const element of [s.resource, s.notResource]) {
      const found = element?.entries.find((e) => hasVariable(e.value));
      if (found) return found;
    }
    for (const entry of conditionEntries(s)) {
      const found = entry.values.find((v) => typeof v.value === 'string' && hasVariable(v.value));
      if (found) return { value: found.value as string, path: found.path };
    }
  }
  return undefined;
}
