import type { ServiceCatalog } from '../catalog';
import { CompiledScenario, compileScenario, evaluateQuery } from '../engine';
import type { Query, Scenario, World } from '../model';
import { assemble, type Outcome } from './effective/assemble';
import { collectCandidates, type Candidate } from './effective/candidates';
import { resolvePrincipalView, type PrincipalView } from './effective/principalView';
import { ServiceProjection } from './effective/serviceProjection';
import { recordLookup } from './effective/probes';
import { relaxDocument, relaxWorld } from './effective/relaxConditions';
import { requestKeyTest } from './effective/requestKeys';
import { TraceIndex } from './effective/traces';
import { denyStatements, Judge, verdictOf, type ProbeVerdict } from './effective/verdict';
import type { EffectivePermissions, EffectivePermissionsOptions } from './effectivePermissionsTypes';

export type * from './effectivePermissionsTypes';

/**
 * Effective permissions: every action of the service catalog a principal is allowed, grouped by
 * service and access level, each traced to the statements that allow it and, where a grant was
 * removed, to the statements or guardrails that removed it.
 *
 * What "allowed" means:
 *
 * - **A resource ARN.** The engine's own decision for (principal, action, ARN), the whole chain:
 *   explicit denies, RCPs, SCPs, the resource-based policy (bucket policy, trust policy, key
 *   policy), identity-based policies, the permissions boundary, the session policy, and the
 *   cross-account rules. Only actions whose catalog resource types can name the ARN are asked
 *   about (option `matchResourceType`).
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 *
 * - **`*`: what the principal could do somewhere.** An action counts when the engine allows it on
 *   at least one resource that an allowing statement names: each Allow statement's `Resource`
 *   patterns are asked about as resources (probes.ts explains why a pattern works as a probe), as
 *   is `*` for statements on all resources, and a resource-based policy that names the principal
 *   is asked about on its own resource. The engine still applies the guardrails (SCPs, boundary,
 *   session policy) and explicit denies; a deny removes the action only when it covers every
 *   resource it was found allowed on. `resources` lists those patterns, and Deny statements that
 *   name the action without removing it are listed in `limitedBy`. Probes keep to resource types
 *   too: a statement on `arn:aws:s3:::bucket/*` does not grant `ec2:DescribeInstances`.
 *
 * - **Conditional grants.** The engine evaluates with the context the model supplies (plus
 *   `options.context`). When a decision is a deny that waited on a key only the request can supply
 *   (aws:SourceIp, aws:MultiFactorAuthPresent, …: requestKeys.ts), it is asked again in a world
 *   where conditions on those keys go the requester's way (relaxConditions.ts); an allow there is
 *   listed with `conditional: true` and the keys in `missingContextKeys`.
 *
 * Speed: evaluating 22,000 actions with explanations would take about a second, so only
 * candidates are evaluated (an action is a candidate when an Allow statement that can apply to the
 * principal names it: candidates.ts), without explanations, service by service in a world where
 * the principal's policies keep only that service's patterns (serviceProjection.ts: ReadOnlyAccess
 * alone has ~2,900). Traces cost nothing extra: the engine's result names the deciding statements
 * (`explanation.deciding`) even without explanations.
 *
 * Pure and total: an unknown principal gives an empty result with `error`, never an exception.
 */

export type EffectivePermissionsInput = { scenario: Scenario; world: World } | CompiledScenario;

export function effectivePermissions(
  input: EffectivePermissionsInput,
  principal: string,
  resource: string,
  catalog: ServiceCatalog,
  options: EffectivePermissionsOptions = {},
): EffectivePermissions {
  try {
    return compute(input, principal, resource, catalog, options);
  } catch (e) {
    // A bug of ours must not take the worker down with it; the result says what happened.
    const error = `could not compute effective permissions: ${e instanceof Error ? e.message : String(e)}`;
    return assemble({ principal, principalArn: null, resource, error, catalog, outcomes: [], stats: none() });
  }
}

function compute(
  input: EffectivePermissionsInput,
  principal: string,
  resource: string,
  catalog: ServiceCatalog,
  options: EffectivePermissionsOptions,
): EffectivePermissions {
  // A session policy gets a compiled scenario of its own: the engine caches a session policy by
  // query path, and effective permissions has no query path to tell two session policies apart.
  const given = input instanceof CompiledScenario ? input : null;
  const cs = given && !options.sessionPolicy ? given : compileScenario(input.scenario, input.world);
  const anywhere = resource === '*';
  const view = resolvePrincipalView(cs.world, principal, options.sessionName);
  if (typeof view === 'string')
    return assemble({ principal, principalArn: null, resource, error: view, catalog, outcomes: [], stats: none() });

  const base: Omit<Query, 'action' | 'resource'> = {
    principal,
    context: options.context,
    sessionPolicy: options.sessionPolicy ?? undefined,
    sessionName: options.sessionName,
    time: options.time,
  };
  const isOpen = requestKeyTest(!anywhere, Object.keys(options.context ?? {}));
  let evaluations = 0;
  const ask = (on: CompiledScenario, q: Omit<Query, 'action' | 'resource'>, c: Candidate, probe: string): ProbeVerdict => {
    evaluations++;
    return verdictOf(probe, evaluateQuery(on, { ...q, action: c.info.id, resource: probe }), isOpen);
  };

  const { candidates, skippedByResourceType } = collectCandidates({
    cs,
    view,
    resource,
    catalog,
    matchResourceType: options.matchResourceType ?? true,
    principalContext: () =>
      recordLookup(
        evaluateQuery(cs, { ...base, action: 'sts:GetCallerIdentity', resource: '*' }, { explain: true }).explanation.request.context,
      ),
  });

  const judge = new Judge(traceIndex(cs.world, view), anywhere ? denyStatements(cs, view) : []);
  const includeDenied = options.includeDenied ?? true;
  const outcomes: Outcome[] = [];
  const record = (o: Outcome | null) => {
    if (o && (o.kind === 'allowed' || includeDenied)) outcomes.push(o);
  };

  // Pass 1: the engine's decision on every candidate and probe, service by service
  // (serviceProjection.ts). Verdicts are settled as they come, so results are not kept around.
  const waiting: { c: Candidate; verdicts: ProbeVerdict[] }[] = [];
  const openKeys = new Set<string>();
  evaluateByService(cs, view, [...candidates.values()], (on, c) => {
    const verdicts = [...c.probes].map((probe) => ask(on, base, c, probe));
    if (verdicts.some((v) => v.decision === 'allowed')) return record(judge.grant(c, verdicts, null));
    if (verdicts.some((v) => v.open.length > 0)) {
      for (const v of verdicts) for (const k of v.open) openKeys.add(k.toLowerCase());
      waiting.push({ c, verdicts });
      return;
    }
    record(judge.deny(c, verdicts));
  });

  // Pass 2: denials that waited on keys only the request supplies, asked again in a world where
  // conditions on those keys go the requester's way (relaxConditions.ts).
  if (waiting.length > 0) {
    const open = (key: string) => openKeys.has(key.toLowerCase());
    const rcs = compileScenario(cs.scenario, relaxWorld(cs.world, open));
    const rq = { ...base, sessionPolicy: base.sessionPolicy ? relaxDocument(base.sessionPolicy, open) : undefined };
    const firstOf = new Map(waiting.map((w) => [w.c, w.verdicts]));
    evaluateByService(
      rcs,
      view,
      waiting.map((w) => w.c),
      (on, c) => {
        const first = firstOf.get(c)!;
        const again = first.filter((v) => v.open.length > 0).map((v) => ask(on, rq, c, v.probe));
        record(again.some((v) => v.decision === 'allowed') ? judge.grant(c, again, first) : judge.deny(c, first));
      },
    );
  }

  return assemble({
    principal,
    principalArn: view.display,
    resource,
    error: null,
    catalog,
    outcomes,
    stats: { candidates: candidates.size, skippedByResourceType, evaluations },
  });
}

/** Runs `each` over the candidates, grouped by service, each group on its projected world when that pays. */
function evaluateByService(
  cs: CompiledScenario,
  view: PrincipalView,
  candidates: Candidate[],
  each: (on: CompiledScenario, c: Candidate) => void,
): void {
  const projection = ServiceProjection.create(cs.world, view);
  if (!projection) {
    for (const c of candidates) each(cs, c);
    return;
  }
  const byService = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byService.get(c.info.service);
    if (list) list.push(c);
    else byService.set(c.info.service, [c]);
  }
  for (const [service, list] of byService) {
    const on = compileScenario(cs.scenario, projection.worldFor(service));
    for (const c of list) each(on, c);
  }
}

const none = () => ({ candidates: 0, skippedByResourceType: 0, evaluations: 0 });

/** Every policy a trace can name, so that each gets its kind and how it reaches the principal. */
function traceIndex(world: World, view: PrincipalView): TraceIndex {
  const index = new TraceIndex().add(view.identity).add(view.scps);
  if (view.boundary) index.add([view.boundary]);
  for (const r of world.resources.values()) if (r.policy) index.add([r.policy]);
  for (const r of world.roles.values()) if (r.trustPolicy) index.add([r.trustPolicy]);
  for (const levels of world.organization?.rcpPaths.values() ?? []) for (const l of levels) index.add(l.policies);
  return index;
}
