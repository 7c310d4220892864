import type { ActionInfo, ServiceCatalog } from '../../catalog';
import type { CompiledScenario } from '../../engine';
import type { CompiledStatement } from '../../engine';
import { variablesEnabled } from '../../engine';
import { matchPrincipal, notPrincipalApplies, type RequestPrincipal } from '../../engine';
import { findRole, resourceEntryFor, type ContextValue, type ResolvedPolicy } from '../../model';
import type { PrincipalView } from './principalView';
import { probeFor, resolveVariables } from './probes';
import { actionTakesArn, actionTakesPattern } from './resourceTypes';
import { coveredActions } from './coveredActions';

/**
 * The prefilter: an action can only be allowed if some Allow statement that can apply to the
 * principal names it. Grants come from the principal's identity-based policies, and from
 * resource-based policies (resource policies, role trust policies) whose `Principal` names it;
 * the root user needs no policy in its own account, so for it every catalog action is a candidate.
 * Boundaries, SCPs, RCPs and session policies never grant, so they add no candidates.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */

export interface AllowSource {
  policy: ResolvedPolicy;
  statement: CompiledStatement;
}

export interface Candidate {
  info: ActionInfo;
  sources: AllowSource[];
  /** Resources the engine is asked about: the chosen ARN, or probes (probes.ts) for `*`. */
  probes: Set<string>;
}

export interface CandidateSet {
  candidates: Map<ActionInfo, Candidate>;
  /** Actions some statement names but no resource type of theirs fits (see resourceTypes.ts). */
  skippedByResourceType: number;
}

export interface CandidateRequest {
  cs: CompiledScenario;
  view: PrincipalView;
  resource: string;
  catalog: ServiceCatalog;
  matchResourceType: boolean;
  /** The principal's request context, for policy variables in probes (only read for `*`). */
  principalContext: () => (key: string) => ContextValue | undefined;
}

/** `sts:GetCallerIdentity` needs no permission: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html */
const NO_PERMISSION_NEEDED = 'sts:GetCallerIdentity';

export function collectCandidates(req: CandidateRequest): CandidateSet {
  const { cs, view, resource, catalog } = req;
  const anywhere = resource === '*';
  const world = cs.world;
  const candidates = new Map<ActionInfo, Candidate>();
  const skipped = new Set<ActionInfo>();
  const fitsArn = new Map<ActionInfo, boolean>();
  const checkTypes = req.matchResourceType && (anywhere || resource.startsWith('arn:'));

  /** Probes of this action that its resource types allow (resource mode: the ARN or nothing). */
  const fitting = (info: ActionInfo, probes: readonly string[]): string[] => {
    if (!checkTypes) return [...probes];
    if (!anywhere) {
      let fits = fitsArn.get(info);
      if (fits === undefined) {
        fits = actionTakesArn(info, resource, catalog);
        fitsArn.set(info, fits);
      }
      return fits ? [resource] : [];
    }
    return probes.filter((p) => actionTakesPattern(info, p, catalog));
  };

  const add = (info: ActionInfo, source: AllowSource | null, probes: readonly string[]) => {
    const keep = fitting(info, probes);
    if (keep.length === 0) {
      if (!candidates.has(info)) skipped.add(info);
      return;
    }
    skipped.delete(info);
    let c = candidates.get(info);
    if (!c) {
      c = { info, sources: [], probes: new Set() };
      candidates.set(info, c);
    }
    if (source) c.sources.push(source);
    for (const p of keep) c.probes.add(p);
  };

  const addStatement = (policy: ResolvedPolicy, st: CompiledStatement, probes: readonly string[]) => {
    const source = { policy, statement: st };
    for (const info of coveredActions(st, catalog)) add(info, source, probes);
  };

  let lookup: ((key: string) => ContextValue | undefined) | undefined;
  const identityProbes = (policy: ResolvedPolicy, st: CompiledStatement): string[] => {
    if (!st.resources || st.notResource) return ['*'];
    const variables = variablesEnabled(policy.document.Version);
    return st.resources.patterns.map((pattern) => {
      let text = pattern;
      if (variables && pattern.includes('${')) text = resolveVariables(pattern, (lookup ??= req.principalContext()));
      return probeFor(text, view.request.account);
    });
  };

  // Identity-based policies: every Allow statement (for an ARN, only those whose Resource covers it).
  for (const policy of view.identity) {
    for (const st of cs.policy(policy).statements) {
      if (st.effect !== 'Allow') continue;
      if (anywhere) addStatement(policy, st, identityProbes(policy, st));
      else if (mayCoverResource(st, resource)) addStatement(policy, st, [resource]);
    }
  }

  // Resource-based policies that name the principal.
  if (anywhere) {
    for (const entry of world.resources.values()) {
      if (!entry.policy) continue;
      for (const st of cs.policy(entry.policy).statements) {
        if (st.effect !== 'Allow' || !namesPrincipal(st, view.request)) continue;
        // The entry's own ARN, and the statement's patterns that stay within this entry (a bucket's objects).
        const own = (st.resources?.patterns ?? []).filter((p) => !st.notResource && resourceEntryFor(world, p) === entry);
        addStatement(entry.policy, st, [entry.arn, ...own]);
      }
    }
    for (const role of world.roles.values()) {
      if (!role.trustPolicy) continue;
      for (const st of cs.policy(role.trustPolicy).statements) {
        if (st.effect === 'Allow' && namesPrincipal(st, view.request)) addStatement(role.trustPolicy, st, [role.arn]);
      }
    }
  } else {
    const governing = [findRole(world, resource)?.trustPolicy, resourceEntryFor(world, resource)?.policy];
    for (const policy of governing) {
      if (!policy) continue;
      for (const st of cs.policy(policy).statements) {
        if (st.effect === 'Allow' && namesPrincipal(st, view.request) && mayCoverResource(st, resource))
          addStatement(policy, st, [resource]);
      }
    }
  }

  // The root user has full access to its own account's resources without any policy.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
  if (view.request.type === 'root') for (const s of catalog.services) for (const info of s.actions) add(info, null, [resource]);
  const isIam = view.request.type === 'user' || view.request.type === 'role' || view.request.type === 'root';
  const free = catalog.action(NO_PERMISSION_NEEDED);
  if (isIam && free) add(free, null, [resource]);

  return { candidates, skippedByResourceType: skipped.size };
}

/** Whether the statement's Resource/NotResource can cover a concrete resource (variables: maybe). */
function mayCoverResource(st: CompiledStatement, resource: string): boolean {
  if (!st.resources) return true;
  if (st.resources.dynamic) return true;
  return st.resources.matches(resource, () => undefined, []) !== st.notResource;
}

function namesPrincipal(st: CompiledStatement, p: RequestPrincipal): boolean {
  if (st.principal === undefined) return false;
  return st.notPrincipal ? notPrincipalApplies(st.principal, p, 'Allow') : matchPrincipal(st.principal, p) !== null;
}
