import { pointer } from './issues';

/**
 * Every policy document a scenario holds, found by walking only what has the right shape, so it
 * also works on a half-typed document (the raw scenario tab can hold any JSON). The one place that
 * knows where policies live in the format (scenario-format.md): the editor's tabs, reveal-in-editor
 * and the findings all enumerate documents through it.
 */
/** `organization`: an organization policy whose `type` is neither `scp` nor `rcp` (validation says so). */
export type PolicyDocumentRole = 'identity' | 'trust' | 'resource' | 'scp' | 'rcp' | 'organization' | 'session';

export interface ScenarioPolicyDocument {
  /** JSON pointer of the document inside the scenario. */
  pointer: string;
  role: PolicyDocumentRole;
  /** The document as it is in the scenario (any JSON; not validated here). */
  document: unknown;
  /** The policy's own name, when it has one (managed, inline, organization policies). */
  name: string | undefined;
  /** Who holds it: the user, group or role of an inline or trust policy, the query of a session policy. */
  owner: { collection: 'users' | 'groups' | 'roles' | 'queries'; index: number; name: string | undefined } | undefined;
  /** The resource a resource-based policy is attached to. */
  resourceArn: string | undefined;
  /** Where the entry holding the document sits: `policies`, `users`, `organization/policies`, … and its index. */
  index: number;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function itemsOf(root: unknown, key: string): (Json | null)[] {
  const list = isObject(root) ? root[key] : undefined;
  return Array.isArray(list) ? list.map((item: unknown) => (isObject(item) ? item : null)) : [];
}

function stringOr(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** In the order a reader meets them: managed, inline, trust, resource, organization, session. */
export function policyDocumentsOf(scenario: unknown): ScenarioPolicyDocument[] {
  const out: ScenarioPolicyDocument[] = [];
  // A managed or inline policy entry is listed even before it has a document (typing one creates
  // it); the optional documents (trust, resource, organization, session) only when present.
  const add = (entry: Omit<ScenarioPolicyDocument, 'owner' | 'resourceArn' | 'name'> & Partial<ScenarioPolicyDocument>, always = false) => {
    if (!always && (entry.document === undefined || entry.document === null)) return;
    out.push({ name: undefined, owner: undefined, resourceArn: undefined, ...entry });
  };
  itemsOf(scenario, 'policies').forEach((p, i) => {
    if (p)
      add(
        { pointer: pointer(['policies', i, 'document']), role: 'identity', document: p.document, name: stringOr(p.name), index: i },
        true,
      );
  });
  for (const collection of ['users', 'groups', 'roles'] as const) {
    itemsOf(scenario, collection).forEach((entity, i) => {
      if (!entity) return;
      const owner = { collection, index: i, name: stringOr(entity.name) };
      itemsOf(entity, 'inlinePolicies').forEach((p, j) => {
        if (p) {
          add(
            {
              pointer: pointer([collection, i, 'inlinePolicies', j, 'document']),
              role: 'identity',
              document: p.document,
              name: stringOr(p.name),
              owner,
              index: j,
            },
            true,
          );
        }
      });
    });
  }
  itemsOf(scenario, 'roles').forEach((role, i) => {
    if (role) {
      add({
        pointer: pointer(['roles', i, 'trustPolicy']),
        role: 'trust',
        document: role.trustPolicy,
        owner: { collection: 'roles', index: i, name: stringOr(role.name) },
        index: i,
      });
    }
  });
  itemsOf(scenario, 'resources').forEach((resource, i) => {
    if (resource) {
      add({
        pointer: pointer(['resources', i, 'policy']),
        role: 'resource',
        document: resource.policy,
        resourceArn: stringOr(resource.arn),
        index: i,
      });
    }
  });
  const organization = isObject(scenario) ? scenario.organization : undefined;
  itemsOf(organization, 'policies').forEach((p, i) => {
    if (p) {
      add({
        pointer: pointer(['organization', 'policies', i, 'document']),
        role: p.type === 'rcp' ? 'rcp' : p.type === 'scp' ? 'scp' : 'organization',
        document: p.document,
        name: stringOr(p.name),
        index: i,
      });
    }
  });
  itemsOf(scenario, 'queries').forEach((q, i) => {
    // Most queries have no session policy: no pointer is written for them (there may be 20,000).
    if (q && q.sessionPolicy !== undefined && q.sessionPolicy !== null) {
      add({
        pointer: pointer(['queries', i, 'sessionPolicy']),
        role: 'session',
        document: q.sessionPolicy,
        owner: { collection: 'queries', index: i, name: stringOr(q.name) },
        index: i,
      });
    }
  });
  return out;
}
