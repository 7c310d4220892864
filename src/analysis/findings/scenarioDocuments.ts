import { policyDocumentsOf } from '../../model';
import { isObject } from './policyView';
import type { DocumentOptions, PolicyKind } from './types';

/** A policy document found in a scenario, with the kind it is read as. */
export interface ScenarioDocument {
  document: unknown;
  kind: PolicyKind;
  path: string;
  options: DocumentOptions;
}

/**
 * Every policy document of a raw scenario that is a JSON object, with the kind it is checked as:
 * managed and inline policies are identity-based, a role's trust policy and a resource's policy
 * resource-based, an organization policy an SCP or RCP by its `type` (one of neither type is
 * left to validation), a query's session policy a session policy. Where documents live is the
 * model's knowledge (`policyDocumentsOf`); this only decides how each is read.
 */
export function scenarioDocuments(input: unknown): ScenarioDocument[] {
  const out: ScenarioDocument[] = [];
  for (const d of policyDocumentsOf(input)) {
    if (!isObject(d.document) || d.role === 'organization') continue;
    const options: DocumentOptions = d.role === 'resource' && d.resourceArn !== undefined ? { resourceArn: d.resourceArn } : {};
    out.push({ document: d.document, kind: d.role, path: d.pointer, options });
  }
  return out;
}
