import type { ConditionBlock, OrgLevel, PolicyDocument, PolicyStatement, ResolvedPolicy, World } from '../../model';

/**
 * A copy of the world in which conditions on open request keys (requestKeys.ts) are taken to go
 * the requester's way: such entries are dropped from every Allow statement (the request satisfies
 * them), and a Deny statement that waits on such a key is neutralised (the request avoids it). A
 * decision that flips to "allowed" here is a conditional grant.
 *
 * This is an optimistic reading: each open condition is assumed satisfiable on its own, without
 * solving whether two of them can hold together. Statement indexes and JSON pointers are kept,
 * so the engine's statement references still point into the real scenario.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */

/** Never matches: an empty `Action` list compiles to a matcher that matches nothing. */
const NEUTRAL_DENY = (s: PolicyStatement): PolicyStatement => ({
  ...(s.Sid === undefined ? {} : { Sid: s.Sid }),
  Effect: 'Deny',
  Action: [],
});

function relaxStatement(s: PolicyStatement, open: (key: string) => boolean): PolicyStatement {
  if (!s.Condition) return s;
  const keys = Object.values(s.Condition).flatMap((entries) => Object.keys(entries));
  if (!keys.some(open)) return s;
  if (s.Effect === 'Deny') return NEUTRAL_DENY(s);
  const condition: ConditionBlock = {};
  for (const [operator, entries] of Object.entries(s.Condition)) {
    const kept = Object.entries(entries).filter(([key]) => !open(key));
    if (kept.length > 0) condition[operator] = Object.fromEntries(kept);
  }
  const { Condition: _dropped, ...rest } = s;
  return Object.keys(condition).length > 0 ? { ...rest, Condition: condition } : rest;
}

export function relaxDocument(document: PolicyDocument, open: (key: string) => boolean): PolicyDocument {
  if (Array.isArray(document.Statement)) {
    const statements = document.Statement.map((s) => relaxStatement(s, open));
    return statements.every((s, i) => s === (document.Statement as PolicyStatement[])[i])
      ? document
      : { ...document, Statement: statements };
  }
  const s = relaxStatement(document.Statement, open);
  return s === document.Statement ? document : { ...document, Statement: s };
}

export function relaxWorld(world: World, open: (key: string) => boolean): World {
  const seen = new Map<ResolvedPolicy, ResolvedPolicy>();
  const relax = (p: ResolvedPolicy): ResolvedPolicy => {
    let out = seen.get(p);
    if (!out) {
      const document = relaxDocument(p.document, open);
      out = document === p.document ? p : { ...p, document };
      seen.set(p, out);
    }
    return out;
  };
  const maybe = (p: ResolvedPolicy | null) => (p ? relax(p) : null);
  const levels = (paths: Map<string, OrgLevel[]>) =>
    new Map([...paths].map(([account, list]) => [account, list.map((l) => ({ ...l, policies: l.policies.map(relax) }))]));
  const groups = new Map([...world.groups].map(([arn, g]) => [arn, { ...g, policies: g.policies.map(relax) }]));
  return {
    ...world,
    groups,
    users: new Map(
      [...world.users].map(([arn, u]) => [
        arn,
        { ...u, policies: u.policies.map(relax), boundary: maybe(u.boundary), groups: u.groups.map((g) => groups.get(g.arn) ?? g) },
      ]),
    ),
    roles: new Map(
      [...world.roles].map(([arn, r]) => [
        arn,
        { ...r, policies: r.policies.map(relax), boundary: maybe(r.boundary), trustPolicy: maybe(r.trustPolicy) },
      ]),
    ),
    resources: new Map([...world.resources].map(([arn, r]) => [arn, { ...r, policy: maybe(r.policy) }])),
    managedPolicies: new Map([...world.managedPolicies].map(([arn, p]) => [arn, relax(p)])),
    organization: world.organization
      ? { ...world.organization, scpPaths: levels(world.organization.scpPaths), rcpPaths: levels(world.organization.rcpPaths) }
      : null,
  };
}
