import { at, isObject } from './policyView';
import type { DocumentOptions, PolicyKind } from './types';

/** A policy document found in a scenario, with the kind it is read as. */
export interface ScenarioDocument {
  document: unknown;
  kind: PolicyKind;
  path: string;
  options: DocumentOptions;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Every policy document of a raw scenario (see docs/scenario-format.md), walking only what has
 * the right shape: managed policies (also usable as permissions boundaries) and inline policies
 * are identity-based, a role's trust policy and a resource's policy are resource-based, an
 * organization policy is an SCP or RCP by its `type`, a query's session policy is a session policy.
 */
export function scenarioDocuments(input: unknown): ScenarioDocument[] {
  const out: ScenarioDocument[] = [];
  if (!isObject(input)) return out;
  const add = (document: unknown, kind: PolicyKind, path: string, options: DocumentOptions = {}) => {
    if (isObject(document)) out.push({ document, kind, path, options });
  };
  list(input.policies).forEach((p, i) => {
    if (isObject(p)) add(p.document, 'identity', at('', 'policies', i, 'document'));
  });
  for (const entity of ['users', 'groups', 'roles'] as const) {
    list(input[entity]).forEach((e, i) => {
      if (!isObject(e)) return;
      list(e.inlinePolicies).forEach((p, j) => {
        if (isObject(p)) add(p.document, 'identity', at('', entity, i, 'inlinePolicies', j, 'document'));
      });
      if (entity === 'roles') add(e.trustPolicy, 'trust', at('', 'roles', i, 'trustPolicy'));
    });
  }
  list(input.resources).forEach((r, i) => {
    if (isObject(r)) add(r.policy, 'resource', at('', 'resources', i, 'policy'), typeof r.arn === 'string' ? { resourceArn: r.arn } : {});
  });
  if (isObject(input.organization)) {
    list(input.organization.policies).forEach((p, i) => {
      if (isObject(p) && (p.type === 'scp' || p.type === 'rcp')) add(p.document, p.type, at('', 'organization', 'policies', i, 'document'));
    });
  }
  list(input.queries).forEach((q, i) => {
    if (isObject(q)) add(q.sessionPolicy, 'session', at('', 'queries', i, 'sessionPolicy'));
  });
  return out;
}
